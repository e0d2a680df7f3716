package org.laborcalc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each year's placements checked against the notices' own words, stored beside them in the data
 * file: the weekdays the quoted items give off ("1月24日至30日放假调休", "4月7日（星期一）补休") are exactly the
 * year's statutory weekdays and rest days by adjustment, and the days the items name before "上班"
 * are exactly its working days by adjustment. The quotes are read here with a parser of the
 * notices' sentence forms, independently of how the data was entered; a change notice replaces the
 * item of the festival it names (2019 劳动节) or extends it (2020 春节).
 */
class NoticeQuoteTest {
  private static final Pattern SPAN =
      Pattern.compile(
          "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:（[^）]*）)?至(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（[^）]*）)?(?:调休)?放假");
  private static final Pattern SINGLE =
      Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:（[^）]*）)?放假");
  private static final Pattern MAKE_UP = Pattern.compile("(\\d{1,2})月(\\d{1,2})日（[^）]*）补休");
  private static final Pattern DAY = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
  private static final Pattern EXTEND =
      Pattern.compile("延长(\\d{4})年(\\S{2,3}?)假期至(\\d{1,2})月(\\d{1,2})日");
  private static final List<String> FESTIVALS = List.of("元旦", "春节", "清明", "劳动节", "端午", "中秋", "国庆");

  /** What a quoted item places. */
  record Item(String festival, Set<LocalDate> off, Set<LocalDate> work) {}

  static Stream<JsonNode> years() throws IOException {
    try (InputStream in = HolidayCalendar.class.getResourceAsStream("cn-national-calendar.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<JsonNode> ys = new ArrayList<>();
      root.get("years").forEach(ys::add);
      return ys.stream();
    }
  }

  @ParameterizedTest(name = "{index}: the placements of year {0} are those its notices quote")
  @MethodSource("years")
  void placementsAreWhatTheQuotedNoticesSay(JsonNode year) {
    int y = year.get("year").asInt();
    List<Item> items = new ArrayList<>();
    for (JsonNode n : year.get("notices")) {
      String quote = n.get("quote").asText();
      if (quote.startsWith("延长")) {
        extend(items, quote);
        continue;
      }
      for (String line : items(quote)) {
        Item item = parse(y, line);
        if (item == null) {
          continue;
        }
        items.removeIf(i -> i.festival() != null && i.festival().equals(item.festival()));
        items.add(item);
      }
    }
    Set<LocalDate> quotedOff = new TreeSet<>();
    Set<LocalDate> quotedWork = new TreeSet<>();
    for (Item i : items) {
      i.off().stream().filter(d -> !weekend(d)).forEach(quotedOff::add);
      quotedWork.addAll(i.work());
    }
    Set<LocalDate> dataOff = new TreeSet<>();
    year.get("statutoryHolidays").forEach(s -> add(dataOff, s));
    year.get("restDaysByAdjustment").forEach(s -> add(dataOff, s));
    dataOff.removeIf(NoticeQuoteTest::weekend);
    Set<LocalDate> dataWork = new TreeSet<>();
    year.get("workdaysByAdjustment").forEach(s -> add(dataWork, s));

    assertThat(dataOff).as("weekdays off in %s", y).containsExactlyElementsOf(quotedOff);
    assertThat(dataWork).as("working weekend days in %s", y).containsExactlyElementsOf(quotedWork);
  }

  private static void add(Set<LocalDate> set, JsonNode entry) {
    set.add(LocalDate.parse(entry.get("date").asText()));
  }

  /**
   * The items of a quote: a line opening with a festival's heading ("二、春节：") starts one, and the
   * lines after it ("其中，…", "1月4日（星期日）上班。") belong to it.
   */
  static List<String> items(String quote) {
    List<String> out = new ArrayList<>();
    for (String line : quote.split("\n")) {
      int colon = line.indexOf('：');
      boolean heading = colon >= 0 && colon < 14;
      if (heading || out.isEmpty()) {
        out.add(line);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + line);
      }
    }
    return out;
  }

  /** One item of a notice: "二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。" */
  static Item parse(int year, String raw) {
    String line = raw.replace('—', '至').replace('－', '至').replace('～', '至').replace(" ", "");
    String festival = null;
    int colon = line.indexOf('：');
    String head = colon >= 0 && colon < 14 ? line.substring(0, colon) : line.split("。")[0];
    for (String f : FESTIVALS) {
      if (head.contains(f)) {
        festival = f;
        break;
      }
    }
    boolean newYear = "元旦".equals(festival);
    Set<LocalDate> off = new TreeSet<>();
    Set<LocalDate> work = new TreeSet<>();
    String first =
        Stream.of(line.split("。"))
            .filter(t -> SPAN.matcher(t).find() || SINGLE.matcher(t).find())
            .findFirst()
            .orElse("");
    Matcher span = SPAN.matcher(first);
    if (span.find()) {
      LocalDate a = date(year, span.group(1), span.group(2), span.group(3), newYear);
      String endMonth = span.group(5) != null ? span.group(5) : span.group(2);
      String endYear =
          span.group(4) != null
              ? span.group(4)
              : span.group(5) == null ? String.valueOf(a.getYear()) : null;
      LocalDate b = date(year, endYear, endMonth, span.group(6), newYear && span.group(5) == null);
      for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
        off.add(d);
      }
    } else {
      Matcher single = SINGLE.matcher(first);
      if (!single.find()) {
        return null;
      }
      off.add(date(year, single.group(1), single.group(2), single.group(3), newYear));
    }
    Matcher makeUp = MAKE_UP.matcher(line);
    while (makeUp.find()) {
      off.add(
          LocalDate.of(year, Integer.parseInt(makeUp.group(1)), Integer.parseInt(makeUp.group(2))));
    }
    int at = line.indexOf("上班");
    while (at >= 0) {
      if (!line.startsWith("起正常", Math.max(0, at - 3))) {
        String before = line.substring(0, at);
        int cut =
            Math.max(
                Math.max(before.lastIndexOf('，'), before.lastIndexOf('。')),
                before.lastIndexOf('；'));
        String clause = before.substring(cut + 1);
        Matcher m = DAY.matcher(clause);
        String month = null;
        String yr = null;
        while (m.find()) {
          if (m.group(1) != null) {
            yr = m.group(1);
          }
          if (m.group(2) != null) {
            month = m.group(2);
          }
          work.add(date(year, yr, month, m.group(3), newYear));
        }
      }
      at = line.indexOf("上班", at + 2);
    }
    return new Item(festival, off, work);
  }

  /**
   * "延长2020年春节假期至2月2日…": the festival's span runs on to that day, its working days inside it fall.
   */
  private static void extend(List<Item> items, String quote) {
    Matcher m = EXTEND.matcher(quote);
    assertThat(m.find()).as("extension notice %s", quote).isTrue();
    int year = Integer.parseInt(m.group(1));
    String festival = m.group(2);
    LocalDate to = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    Item old = items.stream().filter(i -> festival.equals(i.festival())).findFirst().orElseThrow();
    Set<LocalDate> off = new TreeSet<>(old.off());
    LocalDate last = ((TreeSet<LocalDate>) off).last();
    for (LocalDate d = last.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      off.add(d);
    }
    Set<LocalDate> work = new TreeSet<>(old.work());
    work.removeIf(d -> !d.isAfter(to) && d.isAfter(last));
    items.remove(old);
    items.add(new Item(festival, off, work));
  }

  private static LocalDate date(
      int noticeYear, String year, String month, String day, boolean newYear) {
    int m = Integer.parseInt(month);
    int y =
        year != null ? Integer.parseInt(year) : newYear && m == 12 ? noticeYear - 1 : noticeYear;
    return LocalDate.of(y, m, Integer.parseInt(day));
  }

  private static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
