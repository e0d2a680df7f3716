package org.laborcalc.sheet;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one date style of every sheet (issue 20): a day as {@code 2019-01-01}, a month as {@code
 * 2019-01}, a period by its first and last days, both included: {@code 2019-01-01 至 2019-12-31}
 * ({@code 2019-01-01 to 2019-12-31} in English). Stateless.
 */
public final class Dates {
  private Dates() {}

  /** {@code 2019-01-01}; {@code -} for none. */
  public static String day(LocalDate date) {
    return date == null ? SheetBuilder.NONE : date.toString();
  }

  /** {@code 2019-01}. */
  public static String month(YearMonth month) {
    return month.toString();
  }

  /** {@code 2019-01-01 至 2019-12-31}, both days included; an open end reads {@code 起} / from. */
  public static Text period(LocalDate first, LocalDate last) {
    if (last == null) {
      return Text.of(day(first) + " 起", "from " + day(first));
    }
    return Text.of(day(first) + " 至 " + day(last), day(first) + " to " + day(last));
  }

  /** {@code 2019-03 至 2019-11（9个月）}, both months included; one month as itself. */
  public static Text months(YearMonth first, YearMonth last) {
    if (first.equals(last)) {
      return Text.of(month(first));
    }
    long n = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    return Text.of(
        month(first) + " 至 " + month(last) + "（" + n + "个月）",
        month(first) + " to " + month(last) + " (" + n + " months)");
  }
}
