package org.laborcalc.calendar;

/** What the law makes of a day for working time and overtime pay. */
public enum DayKind {
  /** A working day: a weekday, or a weekend day a notice makes a working day (补班). */
  WORKDAY,
  /**
   * A rest day (休息日, 劳动法 art. 44 (二)): a Saturday or Sunday, or a weekday a notice gives off
   * (调休放假日, 补假) without making it a statutory holiday.
   */
  REST_DAY,
  /** A statutory holiday (法定休假日, 劳动法 art. 44 (三)): a day of 放假办法 art. 2. */
  STATUTORY_HOLIDAY
}
