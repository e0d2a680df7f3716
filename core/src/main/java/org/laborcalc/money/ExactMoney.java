package org.laborcalc.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An intermediate amount of yuan with any scale, for computations that must not round before a
 * named rounding point (a daily wage, a pro-rated month, a percentage of a percentage).
 *
 * <p>Immutable and thread-safe. Multiplication, addition and subtraction are exact; division takes
 * an explicit scale and rounding. {@link #equals(Object)} is numeric ({@code 1.5} equals {@code
 * 1.50}), unlike {@link BigDecimal#equals(Object)}.
 */
public final class ExactMoney implements Comparable<ExactMoney> {

  /**
   * Intermediate values may exceed {@link Money#MAX_ABS} (a sum of many items before it is split),
   * but not by more than a factor of 1000: beyond that the input is absurd or hostile.
   */
  private static final BigDecimal MAX_ABS = Money.MAX_ABS.multiply(BigDecimal.valueOf(1000));

  private final BigDecimal amount;

  private ExactMoney(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * The exact amount given, at its own scale.
   *
   * @throws IllegalArgumentException if the magnitude exceeds 10^15 yuan
   */
  public static ExactMoney of(BigDecimal amount) {
    requireNonNull(amount, "amount");
    if (amount.abs().compareTo(MAX_ABS) > 0) {
      throw new IllegalArgumentException(
          "amount (" + Money.describe(amount) + ") must not exceed 10^15 yuan in magnitude");
    }
    return new ExactMoney(amount);
  }

  public BigDecimal amount() {
    return amount;
  }

  public ExactMoney plus(ExactMoney other) {
    requireNonNull(other, "other");
    return of(amount.add(other.amount));
  }

  public ExactMoney minus(ExactMoney other) {
    requireNonNull(other, "other");
    return of(amount.subtract(other.amount));
  }

  public ExactMoney times(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return of(amount.multiply(factor));
  }

  /** Division with an explicit scale for the quotient and rounding mode. */
  public ExactMoney dividedBy(BigDecimal divisor, int scale, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    return of(Money.divide(amount, divisor, scale, rounding, MAX_ABS));
  }

  /** Rounds to the fen with the given mode: a named rounding point. */
  public Money rounded(RoundingMode rounding) {
    return Money.rounded(amount, rounding);
  }

  /** Rounds to the fen half-up (四舍五入), the default rounding point. */
  public Money roundToFen() {
    return rounded(Money.DEFAULT_ROUNDING);
  }

  @Override
  public int compareTo(ExactMoney other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactMoney e && amount.compareTo(e.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
