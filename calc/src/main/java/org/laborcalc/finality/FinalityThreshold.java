package org.laborcalc.finality;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;

/**
 * "当地月最低工资标准十二个月金额" (劳动争议调解仲裁法 art. 47 (一)): 12 × the monthly minimum wage of the locality, in
 * force on the date {@link MinimumWageDate} names. Exact: a minimum wage is stated to the fen, so
 * twelve of them need no rounding. Immutable.
 *
 * @param minimumMonthlyWage the figure of {@code wage.minimumMonthly}
 * @param date the date it is in force on
 * @param dateRule which date that is
 * @param parameter where the figure came from (pack, region, label, citations)
 * @param formula {@code 12 × minimum}
 * @param amount the threshold: an item of art. 47 (一) is final when its amount is not above it
 */
public record FinalityThreshold(
    Money minimumMonthlyWage,
    LocalDate date,
    MinimumWageDate dateRule,
    ParameterUse parameter,
    Formula formula,
    Money amount) {

  /** The parameter key of the monthly minimum wage, shared with the other calculations. */
  public static final ParameterKey<Money> MINIMUM_MONTHLY_WAGE =
      WorkInjuryKeys.MINIMUM_MONTHLY_WAGE;

  /** The months of art. 47 (一): "十二个月". */
  public static final int MONTHS = 12;

  public FinalityThreshold {
    requireNonNull(minimumMonthlyWage, "minimumMonthlyWage");
    requireNonNull(date, "date");
    requireNonNull(dateRule, "dateRule");
    requireNonNull(parameter, "parameter");
    requireNonNull(formula, "formula");
    requireNonNull(amount, "amount");
    if (!formula.result().equals(amount)) {
      throw new IllegalArgumentException(
          "amount (" + amount + ") must be the formula's result (" + formula.result() + ")");
    }
  }

  /** The threshold from a resolved minimum wage. */
  public static FinalityThreshold of(
      ResolvedParameter<Money> minimumWage, LocalDate date, MinimumWageDate dateRule) {
    requireNonNull(minimumWage, "minimumWage");
    Money min = minimumWage.value();
    Formula f = Formula.of(Expr.times(Expr.number(MONTHS), Expr.money(min)));
    return new FinalityThreshold(
        min, date, dateRule, ParameterUse.of(minimumWage, min.toString()), f, f.result());
  }

  /**
   * The threshold for {@code region} on {@code date}, or empty when no pack holds a monthly minimum
   * wage for them (the caller reports it missing; it is never taken as zero).
   */
  public static Optional<FinalityThreshold> find(
      Parameters parameters, Region region, LocalDate date, MinimumWageDate dateRule) {
    requireNonNull(parameters, "parameters");
    requireNonNull(region, "region");
    requireNonNull(date, "date");
    requireNonNull(dateRule, "dateRule");
    return parameters.find(MINIMUM_MONTHLY_WAGE, region, date).map(p -> of(p, date, dateRule));
  }
}
