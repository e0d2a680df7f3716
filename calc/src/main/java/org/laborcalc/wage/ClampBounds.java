package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.laborcalc.money.Money;

/**
 * The floor and ceiling of 本人工资 (《工伤保险条例》第六十四条第二款): below the floor counts as the floor, above the
 * ceiling as the ceiling, and a wage exactly at a bound is unchanged. Immutable and thread-safe.
 *
 * @param lower the floor, to the fen
 * @param upper the ceiling, to the fen; not below the floor
 */
public record ClampBounds(Money lower, Money upper) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ClampBounds {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (lower.isNegative() || upper.isLessThan(lower)) {
      throw new IllegalArgumentException(
          "bounds (" + lower + ", " + upper + ") must satisfy 0 <= lower <= upper");
    }
  }

  /**
   * The bounds from the regional average and the two percentages, each rounded half-up to the fen
   * (a named rounding point: the bounds are amounts of money the award states).
   */
  public static ClampBounds of(StatutoryFigures figures) {
    requireNonNull(figures, "figures");
    Money average = figures.regionalAverage();
    return new ClampBounds(
        percentOf(average, figures.lowerBoundPercent().value()),
        percentOf(average, figures.upperBoundPercent().value()));
  }

  private static Money percentOf(Money average, BigDecimal percent) {
    return Money.rounded(
        average.amount().multiply(percent).divide(HUNDRED), Money.DEFAULT_ROUNDING);
  }

  /**
   * The wage held against the bounds; idempotent: applying it to its own result changes nothing.
   */
  public ClampResult apply(Money value) {
    requireNonNull(value, "value");
    if (value.isLessThan(lower)) {
      return new ClampResult(
          value, lower, upper, lower, ClampResult.Direction.RAISED_TO_LOWER_BOUND);
    }
    if (value.isGreaterThan(upper)) {
      return new ClampResult(
          value, lower, upper, upper, ClampResult.Direction.LOWERED_TO_UPPER_BOUND);
    }
    return new ClampResult(value, lower, upper, value, ClampResult.Direction.NONE);
  }
}
