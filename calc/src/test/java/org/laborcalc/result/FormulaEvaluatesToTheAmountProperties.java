package org.laborcalc.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.testkit.GeneratedCases;

/**
 * Every line's formula, evaluated afresh from its figures and operations, gives the line's amount
 * (or monthly amount) to the fen, and its accrual gives what has fallen due; the English rendering
 * carries no Chinese — over generated cases of every grade, region and insurance status, with and
 * without an as-of date, under both ways of counting the part month of the suspension.
 */
class FormulaEvaluatesToTheAmountProperties {
  private static final WorkInjuryCalculator CALC = GeneratedCases.calculator();

  @Provide
  Arbitrary<WorkInjuryCase> cases() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 10),
            Arbitraries.of(GeneratedCases.REGIONS),
            Arbitraries.of(InsuranceStatus.class))
        .as(
            (seed, grade, region, status) ->
                GeneratedCases.generate(seed, grade, region, status, true));
  }

  @Provide
  Arbitrary<CalculationOptions> options() {
    // As-of dates after every generated injury (the latest is 2024-06-23); 0 for none.
    return Combinators.combine(
            Arbitraries.of(CalculationOptions.SuspensionDays.class),
            Arbitraries.integers().between(0, 2000))
        .as(
            (days, asOf) ->
                CalculationOptions.defaults()
                    .withSuspensionDays(days)
                    .withAsOf(asOf == 0 ? null : LocalDate.of(2024, 7, 1).plusDays(asOf)));
  }

  @Property(tries = 300)
  void evaluatingALinesFormulaGivesItsAmount(
      @ForAll("cases") WorkInjuryCase c, @ForAll("options") CalculationOptions options) {
    WorkInjuryResult r;
    try {
      r = CALC.calculate(c, options);
    } catch (LaborCalcException refused) {
      Statistics.label("computed").collect(false);
      return; // a case the engine refuses has no lines to check
    }
    Statistics.label("computed").collect(true);
    Statistics.label("computed").coverage(k -> k.check(true).percentage(p -> p > 60));
    for (BenefitLine l : r.lines()) {
      assertThat(l.formula().evaluate())
          .as("%s: %s", l.item(), l.formulaText())
          .isEqualTo(l.isMonthly() ? l.monthlyAmount() : l.amount());
      if (l.accrual() != null) {
        assertThat(l.accrual().evaluate()).as("%s accrued", l.item()).isEqualTo(l.accrued());
      }
      assertThat(l.formulaText(Language.EN))
          .as("%s in English", l.item())
          .doesNotContainPattern("\\p{IsHan}");
    }
  }
}
