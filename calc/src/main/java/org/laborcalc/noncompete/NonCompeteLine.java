package org.laborcalc.noncompete;

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
 * One line of a non-compete result, a {@link Line} of the claim-neutral model: compensation for a
 * run of months of the term at one monthly amount ({@link #COMPENSATION}), the three further months
 * on a release ({@link #RELEASE_EXTRA}), the compensation already paid ({@link #PAID}, negative),
 * or what the worker owes on a breach ({@link #LIQUIDATED_DAMAGES}, {@link
 * #RETURN_OF_COMPENSATION}). Immutable.
 *
 * @param code the item
 * @param label the months of the term the line covers ({@code 1–6}), else null
 * @param value the amount
 * @param shares who owes it
 * @param formula how the amount was arrived at
 * @param parameters the statutory figures used
 * @param citations the articles the line applied
 * @param from the first day of the term the line covers, or null
 * @param to the last day of the term the line covers, or null
 */
public record NonCompeteLine(
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
  /** 竞业限制经济补偿 for months of the term. */
  public static final String COMPENSATION = "NON_COMPETE_COMPENSATION";

  /** 额外支付的三个月竞业限制经济补偿 (解释（一） art. 39 ¶2). */
  public static final String RELEASE_EXTRA = "RELEASE_EXTRA_THREE_MONTHS";

  /** Compensation already paid, deducted. */
  public static final String PAID = "COMPENSATION_ALREADY_PAID";

  /** 违约金 the worker owes (劳动合同法 art. 23 ¶2). */
  public static final String LIQUIDATED_DAMAGES = "LIQUIDATED_DAMAGES";

  /** Compensation paid that the worker returns (解释（二） art. 15). */
  public static final String RETURN_OF_COMPENSATION = "RETURN_OF_COMPENSATION";

  public NonCompeteLine {
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

  /** Whether the worker owes the line (to the employer) rather than the employer. */
  public boolean owedByWorker() {
    return code.equals(LIQUIDATED_DAMAGES) || code.equals(RETURN_OF_COMPENSATION);
  }

  @Override
  public Note name() {
    return switch (code) {
      case COMPENSATION -> new Note("竞业限制经济补偿", "non-compete compensation");
      case RELEASE_EXTRA ->
          new Note("解除竞业限制协议时额外支付的三个月经济补偿", "three further months on the release");
      case PAID -> new Note("已支付的经济补偿", "compensation already paid");
      case LIQUIDATED_DAMAGES -> new Note("违反竞业限制的违约金", "liquidated damages for the breach");
      default -> new Note("返还已支付的经济补偿", "return of compensation paid");
    };
  }
}
