package org.laborcalc.wage;

/**
 * What to do with an incomplete month in the twelve before the injury: the month the worker
 * started, when they started after its first day. (The injury month itself is never in the window:
 * the twelve months are the complete calendar months before it.)
 */
public enum PartialMonthPolicy {
  /**
   * Leave incomplete months out of the average when at least one complete month has usable evidence
   * (default); when none has, use the incomplete months pro-rated to a full month, and say so.
   */
  EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS,
  /**
   * Keep incomplete months, with an amount actually paid for the month scaled to a full month by
   * calendar days: amount × days in the month ÷ days worked in it. A stated monthly rate (contract,
   * admission, statement, witness) is used as it is.
   */
  PRO_RATE
}
