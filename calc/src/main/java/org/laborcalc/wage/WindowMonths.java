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
    return !(m.equals(YearMonth.from(employmentStart)) && employmentStart.getDayOfMonth() > 1);
  }

  int daysWorked(YearMonth m) {
    return complete(m)
        ? m.lengthOfMonth()
        : m.lengthOfMonth() - employmentStart.getDayOfMonth() + 1;
  }
}
