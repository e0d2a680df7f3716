package org.laborcalc.injury.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * A line as a rule makes it, before liability: the amount (one-time or monthly), who pays the item
 * when the worker is insured under the article the rule applies ({@code insuredPayer}), the day the
 * cost arises (for the liability rules that depend on it), the formula, the parameters and the
 * rule's own citations. {@link Liability} turns it into a payer and the citations that justify that
 * payer. Immutable.
 *
 * @param stop the day a monthly item stops (retirement), or null
 * @param deduction true for an amount already paid: it is the employer's and no liability rule
 *     applies to it
 */
public record Draft(
    BenefitItem item,
    Money amount,
    Money monthlyAmount,
    LocalDate startDate,
    LocalDate stop,
    Party insuredPayer,
    LocalDate arises,
    Formula formula,
    String explanationZh,
    List<ParameterUse> parameters,
    List<Citation> citations,
    String label,
    boolean deduction) {

  public Draft {
    requireNonNull(item, "item");
    requireNonNull(formula, "formula");
    Money stated = amount != null ? amount : monthlyAmount;
    if (!formula.result().equals(stated)) {
      throw new IllegalArgumentException(
          "the formula of " + item + " arrives at " + formula.result() + ", not " + stated);
    }
    requireNonNull(insuredPayer, "insuredPayer");
    requireNonNull(arises, "arises");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
  }

  /** A one-time amount. */
  public static Draft oneTime(
      BenefitItem item,
      Money amount,
      Party insuredPayer,
      LocalDate arises,
      Formula formula,
      String explanationZh,
      List<ParameterUse> parameters,
      List<Citation> citations,
      String label) {
    return new Draft(
        item,
        amount,
        null,
        null,
        null,
        insuredPayer,
        arises,
        formula,
        explanationZh,
        parameters,
        citations,
        label,
        false);
  }

  /** A monthly amount due from {@code start} (the day it arises) until {@code stop}, if any. */
  public static Draft monthly(
      BenefitItem item,
      Money monthly,
      LocalDate start,
      LocalDate stop,
      Party insuredPayer,
      Formula formula,
      String explanationZh,
      List<ParameterUse> parameters,
      List<Citation> citations,
      String label) {
    return new Draft(
        item,
        null,
        monthly,
        start,
        stop,
        insuredPayer,
        start,
        formula,
        explanationZh,
        parameters,
        citations,
        label,
        false);
  }

  /** An amount the employer has already paid, deducted on its own line. */
  public static Draft deduction(
      Money negative,
      LocalDate arises,
      Formula formula,
      String explanationZh,
      List<Citation> citations,
      String label) {
    return new Draft(
        BenefitItem.ALREADY_PAID,
        negative,
        null,
        null,
        null,
        Party.EMPLOYER,
        arises,
        formula,
        explanationZh,
        List.of(),
        citations,
        label,
        true);
  }

  public boolean isMonthly() {
    return monthlyAmount != null;
  }

  /** The same draft citing {@code more} after its own articles (each once). */
  public Draft citing(List<Citation> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Citation> all = new java.util.ArrayList<>(citations);
    all.addAll(more);
    return new Draft(
        item,
        amount,
        monthlyAmount,
        startDate,
        stop,
        insuredPayer,
        arises,
        formula,
        explanationZh,
        parameters,
        all,
        label,
        deduction);
  }
}
