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
 * @param average the average to the fen (rounding point "average")
 * @param base the average, or the minimum wage when it is higher
 * @param minimumApplied true when the minimum wage raised the average
 * @param cap {@code capMultiple} × the local average
 * @param aboveCap true when {@code base} is strictly above the cap ("高于")
 * @param capYears the years paid at most above the cap
 * @param parameters the figures used: minimum wage, local average, multiple, years
 * @param citations the articles the wage rests on
 */
public record WageBasis(
    WageFindings findings,
    Money average,
    Money base,
    boolean minimumApplied,
    Money localAverage,
    BigDecimal capMultiple,
    Money cap,
    boolean aboveCap,
    BigDecimal capYears,
    List<ParameterUse> parameters,
    List<Citation> citations) {

  public WageBasis {
    requireNonNull(findings, "findings");
    requireNonNull(average, "average");
    requireNonNull(base, "base");
    requireNonNull(localAverage, "localAverage");
    requireNonNull(capMultiple, "capMultiple");
    requireNonNull(cap, "cap");
    requireNonNull(capYears, "capYears");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
  }

  /** The monthly wage art. 47 pays: the cap when above it, else {@link #base()}. */
  public Money compensationWage() {
    return aboveCap ? cap : base;
  }
}
