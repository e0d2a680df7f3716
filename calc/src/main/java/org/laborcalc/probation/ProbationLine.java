package org.laborcalc.probation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;

/**
 * A line of 试用期赔偿金 ({@link #PROBATION_DAMAGES}) for the whole months of the excess, or for its last
 * part month, a {@link Line} of the claim-neutral model. Immutable.
 *
 * @param code the item
 * @param label the months of the excess it covers ({@code 1–4}) or the part month
 * @param value the amount
 * @param shares who owes it (the employer)
 * @param formula how the amount was arrived at
 * @param parameters the figures used
 * @param citations the articles the line applied
 * @param from the first day it covers
 * @param to the last day it covers
 */
public record ProbationLine(
    String code,
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations,
    LocalDate from,
    LocalDate to)
    implements Line {
  /** 违法约定试用期的赔偿金 (劳动合同法 art. 83). */
  public static final String PROBATION_DAMAGES = "PROBATION_DAMAGES";

  public ProbationLine {
    requireNonNull(code, "code");
    requireNonNull(value, "value");
    requireNonNull(formula, "formula");
    shares = List.copyOf(shares);
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
  }

  /** The amount. */
  public Money amount() {
    return ((LineValue.OneTime) value).amount();
  }

  @Override
  public Note name() {
    return new Note("违法约定试用期的赔偿金", "damages for an unlawful probation");
  }
}
