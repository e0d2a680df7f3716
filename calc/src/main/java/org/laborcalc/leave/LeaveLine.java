package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;

/**
 * The pay owed for one year's unused leave, a {@link Line} of the claim-neutral result model.
 * Immutable.
 */
public record LeaveLine(
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations)
    implements Line {
  /** The line's code. */
  public static final String CODE = "UNUSED_ANNUAL_LEAVE_PAY";

  private static final Note NAME = new Note("未休年休假工资报酬", "pay for unused annual leave");

  public LeaveLine {
    requireNonNull(label, "label");
    requireNonNull(value, "value");
    shares = List.copyOf(shares);
    requireNonNull(formula, "formula");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public Note name() {
    return NAME;
  }
}
