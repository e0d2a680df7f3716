package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import org.laborcalc.money.Money;

/**
 * A wage held against the bounds of 《工伤保险条例》第六十四条第二款. Immutable and thread-safe.
 *
 * @param value the wage before the clamp
 * @param lower the floor (60 % of the regional average, to the fen)
 * @param upper the ceiling (300 %, to the fen)
 * @param result the wage after the clamp
 * @param direction whether and which way it moved
 */
public record ClampResult(
    Money value, Money lower, Money upper, Money result, Direction direction) {

  /** Which way the clamp moved the wage. */
  public enum Direction {
    /** Within the bounds, bounds included: unchanged. */
    NONE,
    /** Below the floor: raised to it. */
    RAISED_TO_LOWER_BOUND,
    /** Above the ceiling: lowered to it. */
    LOWERED_TO_UPPER_BOUND
  }

  public ClampResult {
    requireNonNull(value, "value");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    requireNonNull(result, "result");
    requireNonNull(direction, "direction");
  }

  public boolean clamped() {
    return direction != Direction.NONE;
  }
}
