package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

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
 * One line of the compensation: every item is one-time and the unit's (art. 2 ¶2). Immutable.
 *
 * @param item the item
 * @param amount the amount; its formula arrives at it
 * @param share the unit, with the article that makes it pay
 * @param formula how it is computed
 * @param explanationZh why it is due, in Chinese
 * @param parameters the figures used
 * @param citations the articles (at least one)
 * @param label a description telling apart several costs, or null
 */
public record IllegalEmploymentLine(
    IllegalItem item,
    Money amount,
    Share share,
    Formula formula,
    String explanationZh,
    List<ParameterUse> parameters,
    List<Citation> citations,
    String label)
    implements Line {

  public IllegalEmploymentLine {
    requireNonNull(item, "item");
    requireNonNull(amount, "amount");
    requireNonNull(share, "share");
    requireNonNull(formula, "formula");
    requireNonNull(explanationZh, "explanationZh");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("line (" + item + ") must cite at least one article");
    }
    if (!formula.result().equals(amount)) {
      throw new IllegalArgumentException("line (" + item + "): its formula arrives elsewhere");
    }
  }

  @Override
  public String code() {
    return item.name();
  }

  @Override
  public Note name() {
    return new Note(item.nameZh(), item.nameEn());
  }

  @Override
  public LineValue value() {
    return new LineValue.OneTime(amount);
  }

  @Override
  public List<Share> shares() {
    return List.of(share);
  }
}
