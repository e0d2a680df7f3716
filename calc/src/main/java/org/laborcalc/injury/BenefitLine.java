package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * One line of a work-injury result: an item, its amount (or monthly amount), the party who pays it,
 * the formula with its figures, the parameters used and the law. Immutable.
 *
 * @param item the benefit item
 * @param amount the one-time amount; null for a monthly item
 * @param monthlyAmount the monthly amount; null for a one-time item
 * @param startDate the first day a monthly item is due; null for a one-time item
 * @param until the last day a monthly item is due (the day before retirement, the day of the
 *     worker's death; before {@code startDate} when the worker retired before it began), or null
 *     while it runs on or for a one-time item
 * @param accrued the sum of a monthly item due up to the result's as-of date, or null
 * @param share who pays it, with the liability articles that make it theirs (a work-injury line is
 *     owed whole by one party)
 * @param formula how the amount (or the monthly amount) is computed; it evaluates to it
 * @param accrual how {@code accrued} is computed, or null where the line shows none
 * @param explanationZh why this item is due and how, in Chinese
 * @param parameters the statutory figures used
 * @param citations the articles the line rests on, its liability articles included (at least one)
 * @param label a distinguishing label where an item has several lines (a dependant's name, an
 *     expense description), or null
 */
public record BenefitLine(
    BenefitItem item,
    Money amount,
    Money monthlyAmount,
    LocalDate startDate,
    LocalDate until,
    Money accrued,
    Share share,
    Formula formula,
    Formula accrual,
    String explanationZh,
    List<ParameterUse> parameters,
    List<Citation> citations,
    String label)
    implements Line {

  public BenefitLine {
    requireNonNull(item, "item");
    requireNonNull(share, "share");
    requireNonNull(formula, "formula");
    requireNonNull(explanationZh, "explanationZh");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("line (" + item + ") must cite at least one article");
    }
    if ((amount == null) == (monthlyAmount == null)) {
      throw new IllegalArgumentException(
          "line (" + item + ") must have exactly one of amount and monthlyAmount");
    }
    if (monthlyAmount != null && startDate == null) {
      throw new IllegalArgumentException("monthly line (" + item + ") must have a start date");
    }
    if (until != null && monthlyAmount == null) {
      throw new IllegalArgumentException("line (" + item + "): only a monthly item ends");
    }
    if (!formula.result().equals(amount != null ? amount : monthlyAmount)) {
      throw new IllegalArgumentException(
          "line (" + item + "): its formula arrives at " + formula.result() + ", not its amount");
    }
    if (accrual != null && !accrual.result().equals(accrued)) {
      throw new IllegalArgumentException(
          "line (" + item + "): its accrual arrives at " + accrual.result() + ", not " + accrued);
    }
    if (share.fraction().compareTo(java.math.BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException("line (" + item + ") is owed whole by one party");
    }
  }

  /** A line that runs on (or a one-time line): no last day. */
  public BenefitLine(
      BenefitItem item,
      Money amount,
      Money monthlyAmount,
      LocalDate startDate,
      Money accrued,
      Share share,
      Formula formula,
      Formula accrual,
      String explanationZh,
      List<ParameterUse> parameters,
      List<Citation> citations,
      String label) {
    this(
        item,
        amount,
        monthlyAmount,
        startDate,
        null,
        accrued,
        share,
        formula,
        accrual,
        explanationZh,
        parameters,
        citations,
        label);
  }

  /** Who pays the line. */
  public Party payer() {
    return share.party();
  }

  public boolean isMonthly() {
    return monthlyAmount != null;
  }

  public String nameZh() {
    return item.nameZh();
  }

  public String nameEn() {
    return item.nameEn();
  }

  /**
   * The formula in {@code language}: the amount's formula followed, for a monthly item, by how much
   * has fallen due.
   */
  @Override
  public String formulaText(Language language) {
    String text = FormulaRenderer.render(formula, language);
    return accrual == null ? text : text + FormulaRenderer.render(accrual, language);
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
    return isMonthly()
        ? new LineValue.Monthly(monthlyAmount, startDate, until, accrued)
        : new LineValue.OneTime(amount);
  }

  @Override
  public List<Share> shares() {
    return List.of(share);
  }
}
