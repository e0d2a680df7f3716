package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;

/**
 * One line of a result: an item, its amount (or monthly amount), who pays it, the formula with its
 * figures, the parameters used and the law. Immutable.
 *
 * @param item the benefit item
 * @param amount the one-time amount; null for a monthly item
 * @param monthlyAmount the monthly amount; null for a one-time item
 * @param startDate the first day a monthly item is due; null for a one-time item
 * @param accrued the sum of a monthly item due up to the result's as-of date, or null
 * @param payer who pays it
 * @param formula the computation with its figures, e.g. {@code 9 × 6,500.00 = 58,500.00}
 * @param explanationZh why this item is due and how, in Chinese
 * @param parameters the statutory figures used
 * @param citations the articles the line rests on (at least one)
 * @param label a distinguishing label where an item has several lines (a dependant's name, an
 *     expense description), or null
 */
public record BenefitLine(
    BenefitItem item,
    Money amount,
    Money monthlyAmount,
    LocalDate startDate,
    Money accrued,
    Payer payer,
    String formula,
    String explanationZh,
    List<ParameterUse> parameters,
    List<Citation> citations,
    String label) {

  public BenefitLine {
    requireNonNull(item, "item");
    requireNonNull(payer, "payer");
    requireNonNull(formula, "formula");
    requireNonNull(explanationZh, "explanationZh");
    parameters = List.copyOf(parameters);
    citations = List.copyOf(citations);
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
}
