package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import org.laborcalc.money.Money;

/**
 * Sums of the one-time lines by payer (deductions included), and of the monthly lines.
 *
 * @param employer one-time amounts the employer pays
 * @param fund one-time amounts the fund pays
 * @param total employer + fund
 * @param monthlyEmployer monthly amounts the employer pays each month
 * @param monthlyFund monthly amounts the fund pays each month
 */
public record Totals(
    Money employer, Money fund, Money total, Money monthlyEmployer, Money monthlyFund) {
  public Totals {
    requireNonNull(employer, "employer");
    requireNonNull(fund, "fund");
    requireNonNull(total, "total");
    requireNonNull(monthlyEmployer, "monthlyEmployer");
    requireNonNull(monthlyFund, "monthlyFund");
    if (!employer.plus(fund).equals(total)) {
      throw new IllegalArgumentException(
          "total (" + total + ") must equal employer (" + employer + ") + fund (" + fund + ")");
    }
  }
}
