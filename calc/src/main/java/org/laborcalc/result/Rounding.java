package org.laborcalc.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.laborcalc.money.Money;

/**
 * A named rounding point: where an exact intermediate becomes an amount in fen, and how. Quotients
 * inside an expression are carried to {@link Expr#QUOTIENT_SCALE} places before it.
 */
public enum Rounding {
  /** 四舍五入到分: half-up to the fen, the default. */
  HALF_UP_TO_FEN(RoundingMode.HALF_UP, null),
  /** 舍去分以下: fractions of a fen dropped, so that a sum of cut amounts never exceeds a cap. */
  DOWN_TO_FEN(RoundingMode.DOWN, new Note("舍去分以下", "fractions of a fen dropped"));

  private final RoundingMode mode;
  private final Note note;

  Rounding(RoundingMode mode, Note note) {
    this.mode = mode;
    this.note = note;
  }

  /** How a quotient inside the step is carried, and how the step's value becomes fen. */
  public RoundingMode mode() {
    return mode;
  }

  /** The amount in fen. */
  public Money apply(BigDecimal exact) {
    return Money.rounded(exact, mode);
  }

  /** What the sheet says of this rounding point, or null for the default one (not written). */
  public Note note() {
    return note;
  }
}
