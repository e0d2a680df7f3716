package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.laborcalc.money.Money;

/** What a line is worth: a one-time amount, an amount a month from a day, or a date. */
public sealed interface LineValue {
  /**
   * A one-time amount (negative for an amount already paid and deducted).
   *
   * @param amount the amount
   */
  record OneTime(Money amount) implements LineValue {
    public OneTime {
      requireNonNull(amount, "amount");
    }
  }

  /**
   * An amount due every month from {@code from}.
   *
   * @param perMonth the monthly amount
   * @param from the first day it is due
   * @param until the last day it is due, or null while it runs on
   * @param accrued what has fallen due up to the result's as-of date, or null when none was asked
   */
  record Monthly(Money perMonth, LocalDate from, LocalDate until, Money accrued)
      implements LineValue {
    public Monthly {
      requireNonNull(perMonth, "perMonth");
      requireNonNull(from, "from");
    }
  }

  /**
   * A date the calculation arrives at (the last day to apply for arbitration, a period's end).
   *
   * @param date the date
   */
  record OnDate(LocalDate date) implements LineValue {
    public OnDate {
      requireNonNull(date, "date");
    }
  }
}
