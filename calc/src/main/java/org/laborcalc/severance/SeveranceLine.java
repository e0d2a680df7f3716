package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * One line of termination money: an amount the employer owes, or 0.00 with the article that makes
 * it not due. Immutable; its amount is its formula's result.
 *
 * @param item what it is
 * @param due false for a line that records why nothing is owed
 * @param explanation how the line follows from the facts, in both languages
 * @param formula how the amount is arrived at
 * @param parameters the figures used
 * @param citations the articles the line rests on
 */
public record SeveranceLine(
    SeveranceItem item,
    boolean due,
    Note explanation,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations)
    implements Line {

  public SeveranceLine {
    requireNonNull(item, "item");
    requireNonNull(explanation, "explanation");
    requireNonNull(formula, "formula");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
    if (!due && !formula.result().isZero()) {
      throw new IllegalArgumentException("a line not due is 0.00: " + formula.result());
    }
  }

  /** The amount. */
  public Money amount() {
    return formula.result();
  }

  @Override
  public String code() {
    return item.name();
  }

  @Override
  public Note name() {
    return item.displayName();
  }

  @Override
  public String label() {
    return null;
  }

  @Override
  public LineValue value() {
    return new LineValue.OneTime(amount());
  }

  /** The employer owes every item (劳动合同法第四十六、八十七条). */
  @Override
  public List<Share> shares() {
    return due ? List.of(Share.whole(Party.EMPLOYER, List.of())) : List.of();
  }
}
