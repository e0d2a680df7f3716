package org.laborcalc.sickleave.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sickleave.SickLeaveCase;
import org.laborcalc.sickleave.SickLeaveCase.SickPeriod;
import org.laborcalc.sickleave.SickLeaveKeys;
import org.laborcalc.sickleave.SickLeaveOptions.Boundary;
import org.laborcalc.sickleave.SickLeaveResult.Cycle;

/**
 * The medical period and its counting. 479号 art. 3: 3 to 24 months "根据本人实际参加工作年限和在本单位工作年限"; art. 4:
 * counted as the sick leave within 6 to 30 months. 236号 [S]: "医疗期计算应从病休第一天开始，累计计算", its example
 * ("从1995年3月5日起第一次病休……医疗期应在3月5日至9月5日之间确定") giving a window that ends on the same day six months
 * later, and "病休期间，公休、假日和法定节日包括在内". The period's months become days as the calendar months from the
 * first sick day ([U]: never 30-day months). A cycle starts on a first sick day; the next starts on
 * the first sick day after its window. Service is counted on the cycle's first sick day in
 * completed years ({@link Period#between}). Stateless.
 */
final class MedicalPeriod {
  private MedicalPeriod() {}

  /** The cycles of the sick periods (checked, any order). */
  static List<Cycle> cycles(
      SickLeaveCase c, Boundary boundary, Parameters parameters, List<Violation> missing) {
    List<SickPeriod> sorted = new ArrayList<>(c.sickLeave());
    sorted.sort((a, b) -> a.from().compareTo(b.from()));
    List<Cycle> out = new ArrayList<>();
    LocalDate cursor = sorted.get(0).from();
    while (true) {
      LocalDate first = firstSickDayFrom(sorted, cursor);
      if (first == null) {
        return out;
      }
      Period actual = Period.between(c.workStarted(), first);
      Period current = Period.between(c.employmentStart(), first);
      String tier = tier(actual, current, boundary);
      ResolvedParameter<Table> months;
      ResolvedParameter<Table> windows;
      try {
        months = parameters.get(SickLeaveKeys.MEDICAL_PERIOD_MONTHS, c.region(), first);
        windows = parameters.get(SickLeaveKeys.COUNTING_WINDOW_MONTHS, c.region(), first);
      } catch (org.laborcalc.parameters.MissingParameterException e) {
        missing.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
        return out;
      }
      int m = months.value().get(tier).intValueExact();
      String mKey = String.valueOf(m);
      if (!windows.value().has(mKey)) {
        throw InvalidInputException.of(
            "parameters",
            "MISSING_PARAMETER",
            "sickLeave.countingWindowMonths 未列出 " + m + " 个月医疗期的计算期间",
            "sickLeave.countingWindowMonths has no window for a medical period of "
                + m
                + " months");
      }
      int w = windows.value().get(mKey).intValueExact();
      LocalDate windowEnd = first.plusMonths(w);
      long periodDays = ChronoUnit.DAYS.between(first, first.plusMonths(m));
      long counted = 0;
      LocalDate usedUpOn = null;
      for (SickPeriod p : sorted) {
        LocalDate from = p.from().isBefore(first) ? first : p.from();
        LocalDate to = p.to().isAfter(windowEnd) ? windowEnd : p.to();
        if (to.isBefore(from)) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (usedUpOn == null && counted + days >= periodDays) {
          usedUpOn = from.plusDays(periodDays - counted - 1);
        }
        counted += days;
      }
      out.add(
          new Cycle(
              first,
              actual,
              current,
              tier,
              m,
              w,
              windowEnd,
              periodDays,
              counted,
              usedUpOn,
              List.of(
                  ParameterUse.of(months, tier + "=" + m),
                  ParameterUse.of(windows, mKey + "=" + w)),
              List.of(
                  tier.startsWith("ACTUAL_UNDER_10")
                      ? SickLeaveLaw.TABLE_UNDER_10
                      : SickLeaveLaw.TABLE_FROM_10,
                  SickLeaveLaw.WINDOW,
                  SickLeaveLaw.COUNTING)));
      cursor = windowEnd.plusDays(1);
    }
  }

  /** The first sick day on or after {@code cursor}, or null. */
  private static LocalDate firstSickDayFrom(List<SickPeriod> sorted, LocalDate cursor) {
    for (SickPeriod p : sorted) {
      if (!p.to().isBefore(cursor)) {
        return p.from().isBefore(cursor) ? cursor : p.from();
      }
    }
    return null;
  }

  /** The tier of art. 3 (a key of {@link SickLeaveKeys#TIERS}). */
  static String tier(Period actual, Period current, Boundary b) {
    if (!reaches(actual, 10, b)) {
      return reaches(current, 5, b)
          ? "ACTUAL_UNDER_10_SERVICE_FROM_5"
          : "ACTUAL_UNDER_10_SERVICE_UNDER_5";
    }
    for (int years : new int[] {20, 15, 10, 5}) {
      if (reaches(current, years, b)) {
        return "ACTUAL_FROM_10_SERVICE_FROM_" + years;
      }
    }
    return "ACTUAL_FROM_10_SERVICE_UNDER_5";
  }

  /**
   * Whether a service is "N年以上": at least N completed years, or under {@code
   * BOUNDARY_TAKES_LOWER_TIER} more than exactly N years.
   */
  static boolean reaches(Period service, int years, Boundary b) {
    if (service.getYears() != years) {
      return service.getYears() > years;
    }
    boolean exactly = service.getMonths() == 0 && service.getDays() == 0;
    return b == Boundary.BOUNDARY_TAKES_HIGHER_TIER || !exactly;
  }
}
