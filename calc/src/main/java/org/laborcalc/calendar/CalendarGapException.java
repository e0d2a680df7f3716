package org.laborcalc.calendar;

import java.io.Serial;
import java.time.LocalDate;

/**
 * A day the holiday calendar cannot place: the State Council notice of its year (or, for the last
 * days of December, of the next year, which places the 元旦 break) is not in the calendar. The kind
 * of such a day is never inferred from its weekday.
 */
public final class CalendarGapException extends org.laborcalc.error.LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final int missingYear;

  CalendarGapException(LocalDate date, int missingYear, int firstYear, int lastYear) {
    super(
        "CALENDAR_YEAR_MISSING",
        "节假日日历缺少"
            + missingYear
            + "年的国务院办公厅部分节假日安排通知，无法确定"
            + date
            + "是工作日、休息日还是法定休假日（不按星期推断）。日历收录"
            + firstYear
            + "年至"
            + lastYear
            + "年。",
        "the holiday calendar has no State Council notice for "
            + missingYear
            + ", so whether "
            + date
            + " is a working day, a rest day or a statutory holiday is unknown (it is never"
            + " inferred from the weekday); the calendar holds "
            + firstYear
            + " to "
            + lastYear
            + ".");
    this.date = date;
    this.missingYear = missingYear;
  }

  /** The day asked about. */
  public LocalDate date() {
    return date;
  }

  /** The year whose notice is missing. */
  public int missingYear() {
    return missingYear;
  }
}
