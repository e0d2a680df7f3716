package org.laborcalc.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A count of whole months plus remaining days, e.g. a 停工留薪期 of 6 months and 12 days.
 *
 * <p>Immutable; both parts are non-negative and {@code days} is less than 31.
 *
 * @param months whole months
 * @param days remaining days after the whole months
 */
public record MonthsAndDays(int months, int days) {

  public MonthsAndDays {
    if (months < 0) {
      throw new IllegalArgumentException("months (" + months + ") must not be negative");
    }
    if (days < 0 || days > 30) {
      throw new IllegalArgumentException("days (" + days + ") must be between 0 and 30");
    }
  }

  /**
   * Whole months from {@code startInclusive} while the next month still ends on or before {@code
   * endExclusive}, then the days left over.
   */
  public static MonthsAndDays between(
      LocalDate startInclusive, LocalDate endExclusive, MonthEndPolicy policy) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    requireNonNull(policy, "policy");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive ("
              + endExclusive
              + ") must not be before startInclusive ("
              + startInclusive
              + ")");
    }
    long estimate =
        Math.max(
            0,
            (endExclusive.getYear() - startInclusive.getYear()) * 12L
                + endExclusive.getMonthValue()
                - startInclusive.getMonthValue()
                - 1);
    long months = estimate;
    while (!policy.plusMonths(startInclusive, months + 1).isAfter(endExclusive)) {
      months++;
    }
    LocalDate afterMonths = policy.plusMonths(startInclusive, months);
    long days = java.time.temporal.ChronoUnit.DAYS.between(afterMonths, endExclusive);
    return new MonthsAndDays(Math.toIntExact(months), Math.toIntExact(days));
  }

  @Override
  public String toString() {
    return months + " months " + days + " days";
  }

  /** {@code "6个月12天"}. */
  public String toChinese() {
    return days == 0 ? months + "个月" : months + "个月" + days + "天";
  }
}
