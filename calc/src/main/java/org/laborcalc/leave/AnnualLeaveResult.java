package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.money.Money;

/**
 * The result of an annual-leave claim: for each year the days found and the line of pay, the total,
 * the monthly wage used and the options applied. Immutable.
 *
 * @param years one entry per year claimed, in order
 * @param monthlyWage the 月工资 of 实施办法 art. 11 the lines use
 * @param total the sum of the lines
 * @param options the options applied (the defaults when the case named none)
 */
public record AnnualLeaveResult(
    List<YearResult> years, Money monthlyWage, Money total, AnnualLeaveOptions options) {
  public AnnualLeaveResult {
    years = List.copyOf(years);
    requireNonNull(monthlyWage, "monthlyWage");
    requireNonNull(total, "total");
    requireNonNull(options, "options");
  }

  /** One year: how many days, and what they are worth. */
  public record YearResult(LeaveDays days, LeaveLine line) {
    public YearResult {
      requireNonNull(days, "days");
      requireNonNull(line, "line");
    }
  }
}
