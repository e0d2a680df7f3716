package org.laborcalc.result;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;

/**
 * How a line's amount is arrived at, as a value: steps of figures, operations and named rounding
 * points, from which the amount is computed and which {@link FormulaRenderer} writes out in
 * Chinese, English or Markdown. Immutable; a rule builds its formula first and takes its {@link
 * #result()} as the amount, so that what the sheet shows and what is owed cannot differ.
 *
 * @param steps the steps, the first without a lead-in
 */
public record Formula(List<Step> steps) {
  public Formula {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a formula has at least one step");
    }
    if (steps.get(0).kind() == Step.Kind.FLOOR) {
      throw new IllegalArgumentException("a formula cannot start by raising an amount");
    }
  }

  /** A formula of one step. */
  public static Formula of(Step step) {
    return new Formula(List.of(step));
  }

  /** {@code expr} rounded half-up to the fen. */
  public static Formula of(Expr expr) {
    return of(Step.compute(expr));
  }

  /** An amount as the evidence gives it. */
  public static Formula given(Money amount) {
    return of(Step.given(amount));
  }

  /** This formula followed by {@code next}. */
  public Formula then(Step next) {
    List<Step> all = new ArrayList<>(steps);
    all.add(next);
    return new Formula(all);
  }

  /**
   * This formula with its amount raised to {@code floor}, named {@code name}, when it falls below
   * it; unchanged otherwise (the adjustment is recorded only where it applies).
   */
  public Formula atLeast(Money floor, Note name) {
    return result().isLessThan(floor) ? then(Step.floor(result(), floor, name)) : this;
  }

  /** The amount the last step states. */
  public Money result() {
    return steps.get(steps.size() - 1).result();
  }

  /** The amount recomputed from the figures and operations alone, step by step. */
  public Money evaluate() {
    Money v = null;
    for (Step s : steps) {
      v = s.evaluate(v);
    }
    return v;
  }
}
