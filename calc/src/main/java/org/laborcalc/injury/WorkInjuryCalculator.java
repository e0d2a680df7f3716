package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.BeanValidation;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.internal.InjuryEngine;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageDeterminer;
import org.laborcalc.wage.WageOptions;

/**
 * Computes every benefit of a work-injury case under 《工伤保险条例》 chapter 5 with who pays it. Immutable
 * and thread-safe: build one and share it.
 *
 * <pre>{@code
 * WorkInjuryCalculator calc = WorkInjuryCalculator.of(BundledPacks.parameters().with(cityFigures));
 * WorkInjuryResult r = calc.calculate(workInjuryCase);
 * r.totals().employer();   // e.g. 250800.00
 * }</pre>
 *
 * <p>Bad input is an {@link InvalidInputException} listing every problem with its field path; a
 * figure no pack supplies is a {@link org.laborcalc.parameters.MissingParameterException}.
 */
public final class WorkInjuryCalculator {
  private final Parameters parameters;

  private WorkInjuryCalculator(Parameters parameters) {
    this.parameters = parameters;
  }

  /** A calculator over the given parameters (usually the bundled packs plus a caller's). */
  public static WorkInjuryCalculator of(Parameters parameters) {
    return new WorkInjuryCalculator(requireNonNull(parameters, "parameters"));
  }

  /** A calculator over the bundled packs only. */
  public static WorkInjuryCalculator withBundledParameters() {
    return of(BundledPacks.parameters());
  }

  public Parameters parameters() {
    return parameters;
  }

  /** Every problem with the case, empty when it can be computed. */
  public List<Violation> validate(WorkInjuryCase c, CalculationOptions options) {
    requireNonNull(c, "case");
    requireNonNull(options, "options");
    // Missing and malformed fields first (Bean Validation); the cross-field rules need them.
    List<Violation> fields = new ArrayList<>(BeanValidation.validate(c));
    if (c.wage() != null) {
      fields.addAll(CaseChecks.wageBasis(c.wage()));
    }
    if (!fields.isEmpty()) {
      return List.copyOf(fields);
    }
    List<Violation> facts = new ArrayList<>(CaseChecks.check(c, options));
    if (c.wage().monthlyWage() == null) {
      // The evidence's own rules, located under "wage." in the case.
      WageDeterminer.validate(
              new WageCase(
                  c.injury().date(),
                  c.employment().start(),
                  c.wage().evidence(),
                  c.wage().procedure() != null ? c.wage().procedure() : ProceduralFacts.none(),
                  c.wage().options() != null ? c.wage().options() : WageOptions.defaults()))
          .forEach(
              v ->
                  facts.add(
                      Violation.of("wage." + v.path(), v.code(), v.messageZh(), v.messageEn())));
    }
    return List.copyOf(facts);
  }

  /** The result under the default options. */
  public WorkInjuryResult calculate(WorkInjuryCase c) {
    return calculate(c, CalculationOptions.defaults());
  }

  /** The result under {@code options}. */
  public WorkInjuryResult calculate(WorkInjuryCase c, CalculationOptions options) {
    List<Violation> problems = validate(c, options);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return InjuryEngine.run(c, options, parameters);
  }
}
