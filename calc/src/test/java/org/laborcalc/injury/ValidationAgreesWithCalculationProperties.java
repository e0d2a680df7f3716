package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.GeneratedCases;

/**
 * One validation pipeline: {@code validate} is empty exactly when {@code calculate} succeeds, its
 * missing figures are exactly those of the partial result ({@code calculatePartial}), and when the
 * calculation fails, {@code validate} reports what {@code calculate} refused with — over generated
 * cases that a rule may refuse mid-way (a province's near-retirement rule without a birth date, a
 * suspension beyond 24 months, a figure no pack has).
 */
class ValidationAgreesWithCalculationProperties {

  /** Regions with and without their local figures, so that some cases lack a figure. */
  private static final List<String> REGIONS =
      List.of("410100", "330100", "370800", "440100", "130100", "320100");

  /** Local figures for half of the regions only (Zhengzhou, Hangzhou, Jining). */
  private static final WorkInjuryCalculator CALC = WorkInjuryCalculator.of(someFigures());

  private static org.laborcalc.parameters.Parameters someFigures() {
    CallerFigures f = CallerFigures.create();
    for (String code : List.of("410100", "330100", "370800")) {
      String province = code.substring(0, 2) + "0000";
      for (int year = 2017; year <= 2025; year++) {
        f.year("wage.regionalAverageMonthly", code, year, "6000.00");
        f.year("wage.provincialAverageMonthly", province, year, "6500.00");
      }
      f.money("wage.minimumMonthly", code, "2015-01-01", null, "2100.00");
      f.money("injury.hospitalFood.dailyStandard", code, "2015-01-01", null, "50.00");
      // Where the province pays a share of the minimum wage instead (Zhejiang art. 24), the days a
      // month's wage is divided by, which no text gives.
      f.number("injury.hospitalFood.minimumWageDayDivisor", code, "2015-01-01", null, "30");
    }
    return f.overBundled();
  }

  @Provide
  Arbitrary<WorkInjuryCase> cases() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 10),
            Arbitraries.of(REGIONS),
            Arbitraries.of(InsuranceStatus.class))
        .as(
            (seed, grade, region, status) ->
                perturbed(GeneratedCases.generate(seed, grade, region, status, true), seed));
  }

  /** One in three cases loses the worker's birth date; one in five gets a 30-month suspension. */
  private static WorkInjuryCase perturbed(WorkInjuryCase c, long seed) {
    Random r = new Random(seed ^ 0x5DEECE66DL);
    Worker worker = r.nextInt(3) == 0 ? new Worker(null, null, null) : c.worker();
    Suspension suspension =
        r.nextInt(5) == 0 && c.suspension() != null
            ? new Suspension(
                c.suspension().start(),
                c.suspension().start().plusMonths(30),
                c.suspension().extensionConfirmed())
            : c.suspension();
    return new WorkInjuryCase(
        c.region(),
        worker,
        c.employment(),
        c.injury(),
        c.appraisal(),
        suspension,
        c.hospitalStays(),
        c.expenses(),
        c.insurance(),
        c.death(),
        c.alreadyPaid(),
        c.wage());
  }

  @Property(tries = 400)
  void validateIsEmptyExactlyWhenTheCalculationSucceeds(@ForAll("cases") WorkInjuryCase c) {
    CalculationOptions options = CalculationOptions.defaults();
    List<Violation> problems = CALC.validate(c, options);
    String outcome;
    try {
      WorkInjuryResult partial = CALC.calculatePartial(c, options);
      // validate lists exactly the figures the result lacks, in the same order, with their fields.
      assertThat(problems)
          .isEqualTo(partial.missing().stream().map(MissingFigure::toViolation).toList());
      // An item left out for a missing figure is never also computed.
      Set<BenefitItem> left =
          partial.missing().stream().flatMap(m -> m.items().stream()).collect(Collectors.toSet());
      assertThat(partial.lines()).noneMatch(l -> left.contains(l.item()));
      try {
        WorkInjuryResult strict = CALC.calculate(c, options);
        outcome = "computed";
        assertThat(problems).isEmpty();
        assertThat(strict.totals()).isEqualTo(partial.totals());
      } catch (MissingParameterException e) {
        outcome = e.code();
        // The strict call refuses with the first figure validate lists.
        Violation first = problems.get(0);
        Violation located = WorkInjuryCalculator.located(e);
        assertThat(first.messageEn()).isEqualTo(located.messageEn());
        assertThat(first.fields()).containsAllEntriesOf(located.fields());
        if (!partial.lines().isEmpty()) {
          Statistics.label("incomplete").collect("with lines");
        }
      }
    } catch (InvalidInputException e) {
      outcome = "invalid input";
      assertThat(problems).isNotEmpty().isEqualTo(e.violations());
    } catch (LaborCalcException e) {
      outcome = e.code();
      assertThat(problems).containsExactly(WorkInjuryCalculator.located(e));
    }
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome")
        .coverage(
            cov -> {
              cov.check("computed").percentage(p -> p > 10);
              cov.check("invalid input").percentage(p -> p > 2);
              cov.check("MISSING_PARAMETER").percentage(p -> p > 10);
            });
  }
}
