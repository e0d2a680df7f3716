package org.laborcalc.retirement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * The time from a day (typically the termination of the labour relation) until retirement, in whole
 * years, months and days — what provincial rules mean by "距法定退休年龄不足N年" when they reduce the
 * 一次性伤残就业补助金.
 *
 * <p>The retirement date is usually {@link RetirementAge#retirementDate()}; when the worker chose
 * flexible early or late retirement (办法第三条) or retires early under a special rule (办法第八条), the
 * caller passes that actual date instead.
 *
 * <p>Immutable and thread-safe.
 *
 * @param years whole years remaining
 * @param months further whole months, 0 to 11
 * @param days further days, 0 to 30
 */
public record RemainingTime(int years, int months, int days) {

  /** Nothing remains: the retirement date has been reached. */
  public static final RemainingTime ZERO = new RemainingTime(0, 0, 0);

  public RemainingTime {
    if (years < 0) {
      throw new IllegalArgumentException("years (" + years + ") must not be negative");
    }
    if (months < 0 || months > 11) {
      throw new IllegalArgumentException("months (" + months + ") must be between 0 and 11");
    }
    if (days < 0 || days > 30) {
      throw new IllegalArgumentException("days (" + days + ") must be between 0 and 30");
    }
  }

  /**
   * The time from {@code from} until {@code retirementDate}, months counted from {@code from} with
   * a missing day clamped to the month's end; {@link #ZERO} when {@code from} is on or after the
   * retirement date (the worker has reached it).
   */
  public static RemainingTime until(LocalDate from, LocalDate retirementDate) {
    return until(from, retirementDate, MonthEndPolicy.CLAMP_TO_MONTH_END);
  }

  /** As {@link #until(LocalDate, LocalDate)}, months counted under {@code policy}. */
  public static RemainingTime until(
      LocalDate from, LocalDate retirementDate, MonthEndPolicy policy) {
    requireNonNull(from, "from");
    requireNonNull(retirementDate, "retirementDate");
    requireNonNull(policy, "policy");
    if (!from.isBefore(retirementDate)) {
      return ZERO;
    }
    MonthsAndDays md = MonthsAndDays.between(from, retirementDate, policy);
    return new RemainingTime(md.months() / 12, md.months() % 12, md.days());
  }

  /** True when the retirement date has been reached. */
  public boolean isZero() {
    return years == 0 && months == 0 && days == 0;
  }

  /** True when less than {@code n} whole years remain ("不足n年"). */
  public boolean isLessThanYears(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n (" + n + ") must not be negative");
    }
    return years < n;
  }

  /** Whole months remaining, the days dropped. */
  public int totalMonths() {
    return years * 12 + months;
  }

  /** {@code 4年11个月3天}. */
  public String toChinese() {
    return years + "年" + months + "个月" + days + "天";
  }

  @Override
  public String toString() {
    return years + " years " + months + " months " + days + " days";
  }
}
