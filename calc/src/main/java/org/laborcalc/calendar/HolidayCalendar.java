package org.laborcalc.calendar;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.laborcalc.calendar.CalendarFile.Adjusted;
import org.laborcalc.calendar.CalendarFile.Notice;
import org.laborcalc.calendar.CalendarFile.Statute;
import org.laborcalc.calendar.CalendarFile.Statutory;
import org.laborcalc.calendar.CalendarFile.YearEntry;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.time.DateRange;

/**
 * The national holiday calendar: the statutory holidays of 《全国年节及纪念日放假办法》 art. 2 in the version in
 * force each year (11 days 2008–2024, 13 from 2025), and the rest days and working days each year's
 * 国务院办公厅 notice moves, every day citing what makes it so. Immutable and thread-safe.
 *
 * <p>A day of year Y is placed when the notice for Y is held; a day from 25 December of Y on needs
 * the notice for Y + 1 as well, because that notice places the 元旦 break and has reached back into
 * December (2007-12-29, 2011-12-31, 2018-12-29, 2022-12-31). Any other day is a {@link
 * CalendarGapException} naming the missing year.
 *
 * <p>Ordinary days: Monday to Friday are working days and Saturday and Sunday rest days, the
 * uniform working week of 国务院关于职工工作时间的规定 art. 7 (an employer's own rest days under its ¶2 are a
 * fact of the case, not of this calendar).
 */
public final class HolidayCalendar {
  private static final String RESOURCE = "cn-national-calendar.json";
  private static final MonthDay NEXT_NOTICE_FROM = MonthDay.of(12, 25);
  private static final Citation WEEK =
      Citation.of(Instruments.get("zhigong-gongzuo-shijian-guiding"), 7)
          .withQuote("国家机关、事业单位实行统一的工作时间，星期六和星期日为周休息日。");

  private static final class Bundled {
    static final HolidayCalendar NATIONAL = load();

    private static HolidayCalendar load() {
      try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled calendar " + RESOURCE + " is missing");
        }
        return read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final NavigableMap<Integer, Verification> years;
  private final Map<LocalDate, CalendarDay> placed;
  private final Map<Integer, List<Citation>> notices;

  private HolidayCalendar(
      NavigableMap<Integer, Verification> years,
      Map<LocalDate, CalendarDay> placed,
      Map<Integer, List<Citation>> notices) {
    this.years = years;
    this.placed = placed;
    this.notices = notices;
  }

  /** The bundled national calendar (2008 to the last notice held). */
  public static HolidayCalendar national() {
    return Bundled.NATIONAL;
  }

  /**
   * A calendar read from a data file in the format of the bundled one.
   *
   * @throws IllegalArgumentException naming the first inconsistency (a count of statutory days that
   *     is not the 放假办法's, a 补班 on a weekday, a day in two lists, an unknown instrument …)
   */
  static HolidayCalendar read(InputStream in, String source) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    CalendarFile file = mapper.readValue(in, CalendarFile.class);
    return new Builder(source, file).build();
  }

  /**
   * The day as the law makes it.
   *
   * @throws CalendarGapException when the notice that places it is not held
   */
  public CalendarDay day(LocalDate date) {
    requireNonNull(date, "date");
    int gap = missingYear(date);
    if (gap != 0) {
      throw new CalendarGapException(date, gap, years.firstKey(), years.lastKey());
    }
    CalendarDay d = placed.get(date);
    if (d != null) {
      return d;
    }
    DayOfWeek w = date.getDayOfWeek();
    boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    return new CalendarDay(
        date,
        weekend ? DayKind.REST_DAY : DayKind.WORKDAY,
        false,
        null,
        Verification.PRIMARY,
        List.of(WEEK));
  }

  /** True when {@link #day} places {@code date} without a gap. */
  public boolean covers(LocalDate date) {
    return missingYear(requireNonNull(date, "date")) == 0;
  }

  /**
   * Every day of a bounded range, in order.
   *
   * @throws CalendarGapException at the first day not placed
   */
  public List<CalendarDay> days(DateRange range) {
    LocalDate end =
        range
            .endExclusive()
            .orElseThrow(
                () -> new IllegalArgumentException("range (" + range + ") must be bounded"));
    List<CalendarDay> out = new ArrayList<>();
    for (LocalDate d = range.start(); d.isBefore(end); d = d.plusDays(1)) {
      out.add(day(d));
    }
    return out;
  }

  /** The working days of a bounded range. */
  public int workingDays(DateRange range) {
    int n = 0;
    for (CalendarDay d : days(range)) {
      if (d.isWorkday()) {
        n++;
      }
    }
    return n;
  }

  /** The working days of a month (解释（二） art. 6: "该月实际工作日"). */
  public int workingDays(YearMonth month) {
    return workingDays(DateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)));
  }

  /** The first year the calendar holds a notice for. */
  public int firstYear() {
    return years.firstKey();
  }

  /** The last year the calendar holds a notice for. */
  public int lastYear() {
    return years.lastKey();
  }

  /** The verification label of a year's placements. */
  public Verification verification(int year) {
    Verification v = years.get(year);
    if (v == null) {
      throw new IllegalArgumentException("year (" + year + ") must be one the calendar holds");
    }
    return v;
  }

  /** The notices (with their quoted items) that place the days of a year. */
  public List<Citation> notices(int year) {
    verification(year);
    return notices.get(year);
  }

  private int missingYear(LocalDate date) {
    int y = date.getYear();
    if (!years.containsKey(y)) {
      return y;
    }
    if (!MonthDay.from(date).isBefore(NEXT_NOTICE_FROM) && !years.containsKey(y + 1)) {
      return y + 1;
    }
    return 0;
  }

  /** Reads and checks one data file. */
  private static final class Builder {
    private final String source;
    private final CalendarFile file;
    private final NavigableMap<Integer, Verification> years = new TreeMap<>();
    private final Map<LocalDate, CalendarDay> placed = new HashMap<>();
    private final Map<Integer, List<Citation>> notices = new HashMap<>();

    Builder(String source, CalendarFile file) {
      this.source = source;
      this.file = file;
    }

    HolidayCalendar build() {
      check(file.statutes() != null && !file.statutes().isEmpty(), "statutes", "are listed");
      check(file.years() != null && !file.years().isEmpty(), "years", "are listed");
      for (YearEntry y : file.years()) {
        year(y);
      }
      for (int y = years.firstKey(); y <= years.lastKey(); y++) {
        check(years.containsKey(y), "year " + y, "is listed (the years held are consecutive)");
      }
      return new HolidayCalendar(
          Collections.unmodifiableNavigableMap(years), Map.copyOf(placed), Map.copyOf(notices));
    }

    private void year(YearEntry y) {
      String where = "year " + y.year();
      check(!years.containsKey(y.year()), where, "is listed once");
      Verification label = Verification.valueOf(y.verification());
      check(label != Verification.USER_SUPPLIED, where, "is PRIMARY or SECONDARY");
      years.put(y.year(), label);
      check(y.notices() != null && !y.notices().isEmpty(), where, "cites its notice");
      Map<String, Citation> byId = new HashMap<>();
      List<Citation> cites = new ArrayList<>();
      for (Notice n : y.notices()) {
        check(
            n.quote() != null && !n.quote().isBlank(),
            where,
            "quotes its notice " + n.instrument());
        Citation c = Citation.of(instrument(n.instrument(), where)).withQuote(n.quote());
        byId.put(n.instrument(), c);
        cites.add(c);
      }
      notices.put(y.year(), List.copyOf(cites));
      Statute statute = statuteFor(y.year(), where);
      Citation art2 =
          Citation.of(instrument(statute.instrument(), where), 2).withQuote(statute.quote());
      Verification statuteLabel = Verification.valueOf(statute.verification());
      Citation main = cites.get(0);
      int festivalDays = 0;
      for (Statutory s : y.statutoryHolidays()) {
        String at = where + " statutory " + s.date();
        check(s.date().getYear() == y.year(), at, "is in its year");
        check(s.festivals() != null && !s.festivals().isEmpty(), at, "names its festival");
        List<Citation> c = new ArrayList<>(List.of(art2, main));
        Verification v = weaker(statuteLabel, label);
        if (s.instrument() != null) {
          Instrument ruling = instrument(s.instrument(), at);
          c.add(0, Citation.of(ruling).withQuote(s.note()));
          v = ruling.verification();
        } else {
          festivalDays += s.festivals().size();
        }
        put(
            at,
            new CalendarDay(
                s.date(), DayKind.STATUTORY_HOLIDAY, false, String.join("、", s.festivals()), v, c));
      }
      check(
          festivalDays == statute.days(),
          where,
          "has the "
              + statute.days()
              + " statutory days of "
              + statute.instrument()
              + " (found "
              + festivalDays
              + ")");
      fixedDays(y, statute, where);
      for (Adjusted a : y.restDaysByAdjustment()) {
        String at = where + " rest day " + a.date();
        check(!weekend(a.date()), at, "is a weekday (a weekend day is a rest day already)");
        adjusted(y, a, at, DayKind.REST_DAY, byId, label);
      }
      for (Adjusted a : y.workdaysByAdjustment()) {
        String at = where + " working day " + a.date();
        check(weekend(a.date()), at, "is a Saturday or Sunday (补班)");
        adjusted(y, a, at, DayKind.WORKDAY, byId, label);
      }
    }

    private void adjusted(
        YearEntry y,
        Adjusted a,
        String at,
        DayKind kind,
        Map<String, Citation> byId,
        Verification label) {
      boolean inYear = a.date().getYear() == y.year();
      boolean newYearBreak =
          a.date().getYear() == y.year() - 1
              && !MonthDay.from(a.date()).isBefore(NEXT_NOTICE_FROM)
              && "元旦".equals(a.festival());
      check(inYear || newYearBreak, at, "is in its year or in the 元旦 break before it");
      Citation notice = byId.get(a.instrument());
      check(notice != null, at, "cites one of its year's notices (" + a.instrument() + ")");
      put(at, new CalendarDay(a.date(), kind, true, a.festival(), label, List.of(notice)));
    }

    private void fixedDays(YearEntry y, Statute statute, String where) {
      List<MonthDay> fixed =
          new ArrayList<>(
              List.of(
                  MonthDay.of(1, 1),
                  MonthDay.of(5, 1),
                  MonthDay.of(10, 1),
                  MonthDay.of(10, 2),
                  MonthDay.of(10, 3)));
      if (statute.labourDayDays() == 2) {
        fixed.add(MonthDay.of(5, 2));
      }
      for (MonthDay md : fixed) {
        CalendarDay d = placed.get(md.atYear(y.year()));
        check(
            d != null && d.kind() == DayKind.STATUTORY_HOLIDAY,
            where,
            "lists " + md + " as a statutory holiday (放假办法 art. 2)");
      }
    }

    private Statute statuteFor(int year, String where) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      Statute found = null;
      for (Statute s : file.statutes()) {
        boolean in = !jan1.isBefore(s.from()) && (s.until() == null || jan1.isBefore(s.until()));
        if (in) {
          check(found == null, where, "falls under one version of the 放假办法");
          found = s;
        }
      }
      check(found != null, where, "falls under a version of the 放假办法 the file lists");
      return found;
    }

    private Instrument instrument(String id, String where) {
      check(
          id != null && Instruments.find(id).isPresent(),
          where,
          "cites a known instrument (" + id + ")");
      return Instruments.get(id);
    }

    private void put(String at, CalendarDay d) {
      check(
          !placed.containsKey(d.date()),
          at,
          "is placed once (it is also " + placed.get(d.date()) + ")");
      placed.put(d.date(), d);
    }

    private static Verification weaker(Verification a, Verification b) {
      return a == Verification.PRIMARY ? b : a;
    }

    private static boolean weekend(LocalDate d) {
      return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private void check(boolean ok, String where, String what) {
      if (!ok) {
        throw new IllegalArgumentException(
            "calendar data (" + source + "): " + where + " must be such that it " + what);
      }
    }
  }
}
