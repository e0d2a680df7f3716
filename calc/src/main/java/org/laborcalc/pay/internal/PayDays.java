package org.laborcalc.pay.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import org.laborcalc.calendar.CalendarGapException;
import org.laborcalc.calendar.HolidayCalendar;

/**
 * The day a month's pay fell due. 工资支付暂行规定 art. 7: "工资必须在用人单位与劳动者约定的日期支付。如遇节假日或休息日，则应提前在最近的工作日支付";
 * art. 9: "劳动关系双方依法解除或终止劳动合同时，用人单位应在解除或终止劳动合同时一次付清劳动者工资". Stateless.
 */
public final class PayDays {
  private PayDays() {}

  /**
   * The day a month's pay fell due.
   *
   * @param date the day
   * @param atTermination whether it is the last day of the employment (art. 9) rather than the pay
   *     day (art. 7)
   */
  public record Due(LocalDate date, boolean atTermination) {}

  /**
   * The pay day {@code payDay} of the month after {@code month} (the month's last day when it is
   * shorter), brought forward to the nearest working day before a rest day or holiday; the last day
   * of the employment when that comes first (art. 9). Without a pay day, or when the calendar
   * cannot place the day: the last day of the employment for the month it ends in, else null.
   */
  public static Due due(
      YearMonth month, Integer payDay, LocalDate employmentEnd, HolidayCalendar calendar) {
    LocalDate d = null;
    if (payDay != null) {
      YearMonth next = month.plusMonths(1);
      d = next.atDay(Math.min(payDay, next.lengthOfMonth()));
      try {
        for (int i = 0; i < 31 && !calendar.day(d).isWorkday(); i++) {
          d = d.minusDays(1);
        }
      } catch (CalendarGapException e) {
        d = null;
      }
    }
    if (employmentEnd != null && !employmentEnd.isBefore(month.atDay(1))) {
      boolean first =
          d == null ? YearMonth.from(employmentEnd).equals(month) : employmentEnd.isBefore(d);
      if (first) {
        return new Due(employmentEnd, true);
      }
    }
    return d == null ? null : new Due(d, false);
  }
}
