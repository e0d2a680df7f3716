package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.BeanValidation;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.internal.InjuryEngine;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.UnknownRegionException;
import org.laborcalc.wage.InsufficientEvidenceException;

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
 * <p>Bad input is an {@link InvalidInputException} listing every problem with its field path. A
 * figure no pack supplies is a {@link MissingParameterException} from {@link #calculate}, the
 * strict call; {@link #calculatePartial} returns the lines that can be computed and lists every
 * missing figure instead.
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

  /**
   * Every problem with the case, empty exactly when {@link #calculate(WorkInjuryCase,
   * CalculationOptions)} succeeds: the shape and field constraints, the cross-field rules, then the
   * facts and figures the applicable rules require (the rules are run to find them, so a figure no
   * pack supplies or a fact only a provincial rule needs is reported here too). Paths are relative
   * to the case, except {@code options…} and {@code parameters} (a figure the parameters lack).
   *
   * <p>The figures no pack supplies are every one at once, exactly the {@link
   * WorkInjuryResult#missing()} of {@link #calculatePartial}, each a {@code MISSING_PARAMETER}
   * violation at {@code parameters} ({@link MissingFigure#toViolation()}: fields {@code key},
   * {@code region}, {@code year} or {@code date}, {@code items}).
   */
  public List<Violation> validate(WorkInjuryCase c, CalculationOptions options) {
    List<Violation> problems = checks(c, options);
    if (!problems.isEmpty()) {
      return problems;
    }
    try {
      return InjuryEngine.run(c, options, parameters).missing().stream()
          .map(MissingFigure::toViolation)
          .toList();
    } catch (InvalidInputException e) {
      return e.violations();
    } catch (LaborCalcException e) {
      return List.of(located(e));
    }
  }

  /** The checks that need no rule run: fields, then the cross-field rules and the evidence's. */
  private static List<Violation> checks(WorkInjuryCase c, CalculationOptions options) {
    requireNonNull(c, "case (null) must be given: build one with WorkInjuryCase.builder()");
    requireNonNull(options, "options (null) must be given: use CalculationOptions.defaults()");
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
      OwnWageBase.validate(c.wageCase())
          .forEach(
              v ->
                  facts.add(
                      Violation.of("wage." + v.path(), v.code(), v.messageZh(), v.messageEn())));
    }
    return List.copyOf(facts);
  }

  /**
   * A domain failure located where the caller can act on it: a missing figure or a bad pack in the
   * parameters, an unknown region, an unsupported case as a whole, evidence that fixes no wage.
   */
  public static Violation located(LaborCalcException e) {
    String path;
    if (e instanceof MissingParameterException m) {
      return new Violation("parameters", e.code(), e.messageZh(), e.messageEn(), m.fields());
    } else if (e instanceof InvalidPackException p) {
      path = p.path().isEmpty() ? "parameters" : "parameters." + p.path();
    } else if (e instanceof UnknownRegionException) {
      path = "region";
    } else if (e instanceof InsufficientEvidenceException) {
      // No month of the evidence can fix the wage (e.g. only the worker's own account): the remedy
      // is better evidence, or the wage as found (wage.monthlyWage).
      path = "wage.evidence";
    } else {
      // UnsupportedCaseException and any other: the case as a whole.
      path = "";
    }
    return Violation.of(path, e.code(), e.messageZh(), e.messageEn());
  }

  /**
   * Every problem with the case under the default options; see {@link #validate(WorkInjuryCase,
   * CalculationOptions)}.
   */
  public List<Violation> validate(WorkInjuryCase c) {
    return validate(c, CalculationOptions.defaults());
  }

  /** The result under the default options. */
  public WorkInjuryResult calculate(WorkInjuryCase c) {
    return calculate(c, CalculationOptions.defaults());
  }

  /**
   * The result under {@code options}, complete: a figure no pack supplies is an exception, so that
   * a caller cannot take a partial result for the whole.
   *
   * @throws MissingParameterException for the first figure missing (every one: {@link
   *     #validate(WorkInjuryCase, CalculationOptions)} or {@link #calculatePartial})
   */
  public WorkInjuryResult calculate(WorkInjuryCase c, CalculationOptions options) {
    WorkInjuryResult r = calculatePartial(c, options);
    if (!r.isComplete()) {
      throw r.missing().get(0).exception();
    }
    return r;
  }

  /**
   * The result under {@code options}, with every line that can be computed when figures are
   * missing: {@link WorkInjuryResult#missing()} lists each figure no pack supplies with the items
   * it keeps out, and {@link WorkInjuryResult#isComplete()} is false. Check it before using the
   * totals.
   *
   * @throws InvalidInputException when the case has problems (paths relative to the case)
   */
  public WorkInjuryResult calculatePartial(WorkInjuryCase c, CalculationOptions options) {
    List<Violation> problems = checks(c, options);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return InjuryEngine.run(c, options, parameters);
  }
}
