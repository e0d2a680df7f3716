package org.laborcalc.leave.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveCase;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.leave.AnnualLeaveKeys;
import org.laborcalc.leave.AnnualLeaveOptions;
import org.laborcalc.leave.AnnualLeaveOptions.BandChange;
import org.laborcalc.leave.AnnualLeaveOptions.Truncation;
import org.laborcalc.leave.LeaveDays;
import org.laborcalc.leave.LeaveDays.Kind;
import org.laborcalc.leave.LeaveDays.Segment;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.Table;

/**
 * The days of leave owed for one year.
 *
 * <p>《职工带薪年休假条例》第三条: "职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。" 《企业职工带薪年休假实施办法》第四条
 * counts work "在同一或者不同用人单位"; 第五条 pro-rates a joiner's year:
 * "（当年度在本单位剩余日历天数÷365天）×职工本人全年应当享受的年休假天数", "折算后不足1整天的部分不享受年休假"; 第十二条 a leaver's:
 * "（当年度在本单位已过日历天数÷365天）×职工本人全年应当享受的年休假天数－当年度已安排年休假天数", "折算后不足1整天的部分不支付", and leave taken beyond it
 * "不再扣回".
 *
 * <p>Eligibility (条例 art. 2, 实施办法 art. 3 "连续工作满12个月以上") is read, with 人社厅函〔2009〕149号 [S], as one
 * year of cumulative work with any employer: before it the band is 0 days. A band crossed during
 * the year follows {@link BandChange}; a joiner's or leaver's days and any split year are pro-rated
 * by days ÷ 365 (also in leap years) and truncated as the articles say. Stateless.
 */
public final class Entitlement {
  private static final int[] THRESHOLDS = {1, 10, 20};

  private Entitlement() {}

  /** The days owed for {@code y} under the case, the options and the figures. */
  public static LeaveDays of(
      AnnualLeaveCase c, LeaveYear y, AnnualLeaveOptions options, Parameters p) {
    LocalDate jan1 = LocalDate.of(y.year(), 1, 1);
    LocalDate dec31 = LocalDate.of(y.year(), 12, 31);
    boolean joiner = c.employmentStart().isAfter(jan1);
    boolean leaver = c.employmentEnd() != null && c.employmentEnd().isBefore(dec31);
    LocalDate from = joiner ? c.employmentStart() : jan1;
    LocalDate to = leaver ? c.employmentEnd() : dec31;
    Kind kind =
        joiner && leaver
            ? Kind.JOINER_AND_LEAVER
            : joiner ? Kind.JOINER : leaver ? Kind.LEAVER : Kind.FULL_YEAR;
    Table days = p.get(AnnualLeaveKeys.DAYS_BY_BAND, c.region(), to).value();
    BigDecimal denominator = p.get(AnnualLeaveKeys.PRORATION_DAYS, c.region(), to).value();

    List<Segment> segments = segments(c, from, to, options.bandChange(), days);
    boolean prorated = kind != Kind.FULL_YEAR || segments.size() > 1;
    BigDecimal exact;
    if (prorated) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Segment s : segments) {
        sum = sum.add(BigDecimal.valueOf(s.days() * s.bandDays()));
      }
      exact = sum.divide(denominator, 10, RoundingMode.HALF_UP);
    } else {
      exact = BigDecimal.valueOf(segments.get(0).bandDays());
    }

    List<Citation> cites = new ArrayList<>(List.of(LeaveLaw.BANDS, LeaveLaw.CUMULATIVE));
    if (kind == Kind.JOINER || kind == Kind.JOINER_AND_LEAVER) {
      cites.add(LeaveLaw.JOINER);
    }
    if (leaver) {
      cites.add(LeaveLaw.LEAVER);
    }
    BigDecimal taken = y.daysTaken();
    Optional<Citation> bar = Disqualification.of(c, y, segments.get(segments.size() - 1), p, to);
    BigDecimal unused;
    if (bar.isPresent()) {
      unused = BigDecimal.ZERO;
    } else if (leaver) {
      BigDecimal before =
          options.truncation() == Truncation.TRUNCATE_ENTITLEMENT_FIRST ? whole(exact) : exact;
      unused = whole(before.subtract(taken));
    } else {
      BigDecimal entitled = prorated ? whole(exact) : exact;
      unused = entitled.subtract(taken);
    }
    if (unused.signum() < 0) {
      unused = BigDecimal.ZERO;
    }
    return new LeaveDays(
        y.year(),
        from,
        to,
        kind,
        segments,
        exact,
        taken,
        unused.stripTrailingZeros().scale() < 0 ? unused.setScale(0) : unused.stripTrailingZeros(),
        bar.orElse(null),
        cites);
  }

  /** The band held on {@code day}: 0 before one year of cumulative work. */
  static int bandIndex(AnnualLeaveCase c, LocalDate day) {
    int band = -1;
    for (int i = 0; i < THRESHOLDS.length; i++) {
      if (!day.isBefore(c.cumulativeWork().reaches(THRESHOLDS[i]))) {
        band = i;
      }
    }
    return band;
  }

  private static List<Segment> segments(
      AnnualLeaveCase c, LocalDate from, LocalDate to, BandChange rule, Table days) {
    List<Segment> out = new ArrayList<>();
    if (rule != BandChange.SPLIT_AT_THRESHOLD) {
      int band = bandIndex(c, rule == BandChange.BAND_AT_YEAR_END ? to : from);
      out.add(segment(from, to, band, days));
      return out;
    }
    LocalDate start = from;
    for (int n : THRESHOLDS) {
      LocalDate t = c.cumulativeWork().reaches(n);
      if (t.isAfter(start) && !t.isAfter(to)) {
        out.add(segment(start, t.minusDays(1), bandIndex(c, start), days));
        start = t;
      }
    }
    out.add(segment(start, to, bandIndex(c, start), days));
    return out;
  }

  private static Segment segment(LocalDate from, LocalDate to, int band, Table days) {
    int d = band < 0 ? 0 : days.get(AnnualLeaveKeys.BANDS.get(band)).intValueExact();
    return new Segment(from, to, ChronoUnit.DAYS.between(from, to) + 1, d);
  }

  private static BigDecimal whole(BigDecimal v) {
    return v.setScale(0, RoundingMode.FLOOR);
  }
}
