package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.severance.internal.SeveranceEngine;

/**
 * Computes termination money over a set of parameters, with the bundled national figures of
 * severance ({@link SeveranceKeys}) beneath them. Immutable and thread-safe.
 *
 * <pre>{@code
 * SeveranceResult r = SeveranceCalculator.of(parameters).calculate(c, SeveranceOptions.defaults());
 * }</pre>
 */
public final class SeveranceCalculator {
  private final Parameters parameters;

  private SeveranceCalculator(Parameters parameters) {
    this.parameters = parameters;
  }

  /**
   * A calculator over {@code parameters} (a caller's packs over laborcalc's bundled ones), with the
   * severance pack beneath them all: a caller's figure for the same key and region wins.
   */
  public static SeveranceCalculator of(Parameters parameters) {
    requireNonNull(parameters, "parameters");
    // The severance pack's index is built once and shared, as is the caller's.
    return new SeveranceCalculator(parameters.withBeneath(SeverancePack.parameters()));
  }

  /** The parameters the rules read, the severance pack first. */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * Every problem of the case, located from the case file's root ({@code case.termination.date},
   * {@code parameters} for a missing figure); empty exactly when {@link #calculate} succeeds.
   */
  public List<Violation> validate(SeveranceCase c, SeveranceOptions options) {
    try {
      calculate(c, options);
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each located
   */
  public SeveranceResult calculate(SeveranceCase c, SeveranceOptions options) {
    requireNonNull(c, "case");
    requireNonNull(options, "options");
    try {
      return SeveranceEngine.compute(c, options, parameters);
    } catch (InvalidInputException e) {
      throw e;
    } catch (LaborCalcException e) {
      throw InvalidInputException.of("", e.code(), e.messageZh(), e.messageEn());
    }
  }
}
