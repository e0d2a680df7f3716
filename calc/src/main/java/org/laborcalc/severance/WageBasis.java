package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.wage.WageFindings;

/**
 * The monthly wage of 劳动合同法第四十七条: the average of the 12 months before the termination found from
 * the evidence ({@link WageFindings}, the month table), raised to the local minimum wage
 * (实施条例第二十七条), and the cap of art. 47 ¶2: a wage above {@code capMultiple} times the local average
 * monthly wage of the year before is paid at that figure, for at most {@code capYears} years.
 * Immutable.
 *
 * @param findings the month table and the average, from the evidence weighing
 * @param overtimeExcluded the 加班工资 taken off each month averaged under {@link
 *     SeveranceOptions.OvertimeInAverage#EXCLUDE}, in month order; empty when overtime counts
 * @param average the average to the fen (rounding point "average"), of the months' wages less any
 *     overtime excluded
 * @param base the average, or the minimum wage when it is higher
 * @param minimumApplied true when the minimum wage raised the average
 * @param cap {@code capMultiple} × the local average
 * @param aboveCap true when {@code base} is strictly above the cap ("高于")
 * @param capYears the years paid at most above the cap
 * @param parameters the figures used: minimum wage, local average, multiple, years
 * @param citations the articles the wage rests on
 * @param registrationPlaceStandard true when a higher standard of the agreed registration place
 *     stands in for the place of performance's and sets the wage (实施条例第十四条): its minimum wage
 *     raised the average, or its average capped it
 */
public record WageBasis(
    WageFindings findings,
    List<Overtime> overtimeExcluded,
    Money average,
    Money base,
    boolean minimumApplied,
    Money localAverage,
    BigDecimal capMultiple,
    Money cap,
    boolean aboveCap,
    BigDecimal capYears,
    List<ParameterUse> parameters,
    List<Citation> citations,
    boolean registrationPlaceStandard) {

  /**
   * The overtime pay taken off one month's wage.
   *
   * @param month the month
   * @param amount the overtime pay
   */
  public record Overtime(java.time.YearMonth month, Money amount) {
    public Overtime {
      requireNonNull(month, "month");
      requireNonNull(amount, "amount");
    }
  }

  public WageBasis {
    requireNonNull(findings, "findings");
    overtimeExcluded = List.copyOf(overtimeExcluded);
    requireNonNull(average, "average");
    requireNonNull(base, "base");
    requireNonNull(localAverage, "localAverage");
    requireNonNull(capMultiple, "capMultiple");
    requireNonNull(cap, "cap");
    requireNonNull(capYears, "capYears");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
  }

  /** The overtime pay taken off the months averaged; zero when overtime counts. */
  public Money overtimeTotal() {
    return overtimeExcluded.stream().map(Overtime::amount).reduce(Money.ZERO, Money::plus);
  }

  /** The sum the average is taken of: the months' wages less the overtime excluded. */
  public Money averagedTotal() {
    return findings.total().minus(overtimeTotal());
  }

  /** The monthly wage art. 47 pays: the cap when above it, else {@link #base()}. */
  public Money compensationWage() {
    return aboveCap ? cap : base;
  }
}
