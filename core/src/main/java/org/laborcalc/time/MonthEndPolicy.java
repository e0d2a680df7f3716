package org.laborcalc.time;

import java.time.LocalDate;

/**
 * What "one month after" a day means when the target month is shorter, e.g. one month after January
 * 31. There is no statutory rule; a calculation names the policy it uses.
 */
public enum MonthEndPolicy {
  /** January 31 + 1 month = February 28 (or 29): the day is clamped to the month's last day. */
  CLAMP_TO_MONTH_END,
  /**
   * January 31 + 1 month = March 1: a month ends only when the same day-of-month is reached, and
   * when that day does not exist the month ends the day after the shorter month's last day.
   */
  ROLL_TO_NEXT_MONTH;

  /** {@code date} plus {@code months} under this policy. */
  public LocalDate plusMonths(LocalDate date, long months) {
    LocalDate clamped = date.plusMonths(months);
    if (this == CLAMP_TO_MONTH_END || clamped.getDayOfMonth() == date.getDayOfMonth()) {
      return clamped;
    }
    return clamped.plusDays(1);
  }
}
