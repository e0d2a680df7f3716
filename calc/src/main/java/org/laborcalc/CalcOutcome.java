package org.laborcalc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryResult;

/**
 * What a calculation from a case file came to: either the result, or every reason it could not be
 * computed, each a {@link Violation} with the JSON path of the problem ({@code case.injury.date},
 * {@code parameters.entries[0].value}, {@code parameters} for a figure no pack supplies).
 * Immutable.
 *
 * <pre>{@code
 * CalcOutcome o = laborCalc.workInjuryJson(json);
 * if (o.isValid()) {
 *   show(o.result().totals());
 * } else {
 *   o.violations().forEach(v -> System.err.println(v.path() + ": " + v.messageZh()));
 * }
 * }</pre>
 */
public sealed interface CalcOutcome permits CalcOutcome.Computed, CalcOutcome.Invalid {

  /** An outcome with a result. */
  static CalcOutcome of(WorkInjuryResult result) {
    return new Computed(result);
  }

  /** An outcome without a result; {@code violations} must not be empty. */
  static CalcOutcome invalid(List<Violation> violations) {
    return new Invalid(violations);
  }

  /**
   * True when there is a result, complete or not: check {@link #isComplete()} before taking its
   * totals as what the case is owed.
   */
  boolean isValid();

  /**
   * True when there is a result and no figure it needs is missing ({@link
   * WorkInjuryResult#isComplete()}).
   */
  default boolean isComplete() {
    return isValid() && result().isComplete();
  }

  /**
   * The result.
   *
   * @throws IllegalStateException when the input was invalid
   */
  WorkInjuryResult result();

  /** Every problem found; empty when there is a result. */
  List<Violation> violations();

  /** The case was computed. */
  record Computed(WorkInjuryResult result) implements CalcOutcome {
    public Computed {
      requireNonNull(result, "result");
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public List<Violation> violations() {
      return List.of();
    }
  }

  /** The case could not be computed. */
  record Invalid(List<Violation> violations) implements CalcOutcome {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("violations must not be empty");
      }
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public WorkInjuryResult result() {
      throw new IllegalStateException(
          "no result: the input has "
              + violations.size()
              + " problem(s), the first being "
              + violations.get(0));
    }
  }
}
