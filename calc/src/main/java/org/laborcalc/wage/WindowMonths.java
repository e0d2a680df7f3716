package org.laborcalc.wage;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A {@link WageWindow} laid over one worker's employment: its first and last month and which of its
 * months the worker worked in full.
 */
record WindowMonths(WageWindow window, LocalDate employmentStart, YearMonth first, YearMonth last) {

  static WindowMonths of(WageWindow window, LocalDate employmentStart) {
    return new WindowMonths(
        window, employmentStart, window.firstMonth(employmentStart), window.lastMonth());
  }

  /** True when the worker started in the anchor month: no month before it. */
  boolean empty() {
    return first.isAfter(last);
  }

  boolean complete(YearMonth m) {
    return daysWorked(m) == m.lengthOfMonth();
  }

  /**
   * Calendar days worked in the month: from the start of work (or the 1st) to the month's end, or
   * to the anchor day in the anchor month of a window that runs through it.
   */
  int daysWorked(YearMonth m) {
    int from = m.equals(YearMonth.from(employmentStart)) ? employmentStart.getDayOfMonth() : 1;
    int to =
        window.throughAnchorMonth() && m.equals(window.anchorMonth())
            ? window.anchorDate().getDayOfMonth()
            : m.lengthOfMonth();
    return to - from + 1;
  }
}
