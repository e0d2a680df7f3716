package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

import org.laborcalc.money.Money;

/**
 * One step of a {@link Formula}: an amount as given, an expression rounded at a named point, or the
 * raising of the previous step's amount to a floor. Its {@code result} is the amount the step
 * arrives at; {@link Formula#evaluate()} recomputes it from the expression.
 *
 * @param kind what the step does
 * @param expr the expression (for {@link Kind#FLOOR}, the floor figure)
 * @param rounding the named rounding point ({@link Kind#COMPUTE}), or null
 * @param label the step's lead-in, written as is before the expression (e.g. {@code 按比例核减：}), or
 *     null for the first step
 * @param result the amount the step arrives at
 */
public record Step(Kind kind, Expr expr, Rounding rounding, Note label, Money result) {
  /** What a step does. */
  public enum Kind {
    /** An amount as given by the evidence (a receipt): written without a computation. */
    GIVEN,
    /** An expression, rounded to the fen at a named point. */
    COMPUTE,
    /** The previous amount raised to a floor it fell below (a named adjustment). */
    FLOOR
  }

  public Step {
    requireNonNull(kind, "kind");
    requireNonNull(expr, "expr");
    requireNonNull(result, "result");
    if ((kind == Kind.COMPUTE) != (rounding != null)) {
      throw new IllegalArgumentException("only a computed step has a rounding point");
    }
    if (kind == Kind.FLOOR && label == null) {
      throw new IllegalArgumentException("a floor step names its floor");
    }
  }

  /** An amount as the evidence gives it. */
  public static Step given(Money amount) {
    return new Step(Kind.GIVEN, Expr.money(amount), null, null, amount);
  }

  /** {@code expr}, rounded at {@code rounding}. */
  public static Step compute(Expr expr, Rounding rounding) {
    return new Step(Kind.COMPUTE, expr, rounding, null, evaluate(expr, rounding));
  }

  /** {@code expr}, rounded half-up to the fen. */
  public static Step compute(Expr expr) {
    return compute(expr, Rounding.HALF_UP_TO_FEN);
  }

  /** This step with a lead-in, written as is before its expression. */
  public Step labelled(Note lead) {
    return new Step(kind, expr, rounding, requireNonNull(lead, "lead"), result);
  }

  /** The raising of {@code previous} to {@code floor}, named {@code name} (e.g. 最低工资标准). */
  static Step floor(Money previous, Money floor, Note name) {
    return new Step(Kind.FLOOR, Expr.money(floor), null, name, previous.max(floor));
  }

  /** The amount recomputed from the expression (for a floor step, from {@code previous}). */
  Money evaluate(Money previous) {
    return switch (kind) {
      case GIVEN -> Money.of(expr.value(Money.DEFAULT_ROUNDING));
      case COMPUTE -> evaluate(expr, rounding);
      case FLOOR -> previous.max(Money.of(expr.value(Money.DEFAULT_ROUNDING)));
    };
  }

  private static Money evaluate(Expr expr, Rounding rounding) {
    return rounding.apply(expr.value(rounding.mode()));
  }
}
