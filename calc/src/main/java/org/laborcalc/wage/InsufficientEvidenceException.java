package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.io.Serial;
import java.time.YearMonth;
import org.laborcalc.error.LaborCalcException;

/**
 * No month of the window has evidence a wage can be fixed on, and there is no contract wage to fall
 * back to. The message says what evidence would suffice. Code {@code INSUFFICIENT_EVIDENCE}.
 */
public final class InsufficientEvidenceException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  /** The stable code. */
  public static final String CODE = "INSUFFICIENT_EVIDENCE";

  private final YearMonth firstMonth;
  private final YearMonth lastMonth;

  InsufficientEvidenceException(
      YearMonth firstMonth, YearMonth lastMonth, String messageZh, String messageEn) {
    super(CODE, messageZh, messageEn);
    this.firstMonth = requireNonNull(firstMonth, "firstMonth");
    this.lastMonth = requireNonNull(lastMonth, "lastMonth");
  }

  /** The first month in which evidence was looked for. */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /**
   * The last month in which evidence was looked for; before {@link #firstMonth()} when the worker
   * started in the month of the injury and there was no complete month to look in.
   */
  public YearMonth lastMonth() {
    return lastMonth;
  }
}
