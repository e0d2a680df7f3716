package org.laborcalc.injury.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.laborcalc.money.Money;

/** How figures are written into formulas and explanations. */
public final class Formats {
  /** The rounding of every amount to the fen: half-up. */
  public static final RoundingMode FEN = Money.DEFAULT_ROUNDING;

  private Formats() {}

  /** A percentage as a factor: 60 → 0.60. */
  public static BigDecimal percent(BigDecimal p) {
    return p.movePointLeft(2);
  }

  /** A number without trailing zeros or exponent: 12, 0.5. */
  public static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /** Money grouped for readers: 58,500.00. */
  public static String g(Money m) {
    return m.toGroupedString();
  }
}
