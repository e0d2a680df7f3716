package org.laborcalc.noncompete.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.noncompete.NonCompeteCase;
import org.laborcalc.noncompete.NonCompeteOptions;
import org.laborcalc.noncompete.NonCompeteResult.Average;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;

/**
 * The monthly compensation of one month of the term. Agreed: as agreed (解释（一） art. 37). Not agreed:
 * 30% of the average wage of the twelve months before the end of the contract (art. 36 ¶1), rounded
 * half-up to the fen, raised to the minimum wage of the place of performance in force on the
 * month's first day where it falls below it (art. 36 ¶2 — which day's standard is not said [U]).
 * Under option {@code NOT_BELOW_ART36} an agreed amount below that is raised to it. Stateless.
 */
final class MonthlyAmount {
  private MonthlyAmount() {}

  /** Art. 36 ¶1's rate. */
  static final BigDecimal RATE = new BigDecimal("30");

  private static final Note MINIMUM =
      new Note("劳动合同履行地最低工资标准", "minimum wage of the place of performance");
  private static final Note ART36 = new Note("解释（一）第三十六条的数额", "amount of 解释（一） art. 36");

  /**
   * A month's amount.
   *
   * @param formula how it was arrived at
   * @param amount the amount
   * @param parameters the figures used
   * @param citations the articles applied
   */
  record Monthly(
      Formula formula, Money amount, List<ParameterUse> parameters, List<Citation> citations) {}

  /** The average of the months given, half-up to the fen (art. 36 ¶1). */
  static Average average(List<NonCompeteCase.MonthWage> wages) {
    List<Expr> terms = new ArrayList<>();
    for (NonCompeteCase.MonthWage w : wages) {
      terms.add(Expr.money(w.wage()));
    }
    Expr sum = terms.size() == 1 ? terms.get(0) : Expr.sum(terms);
    Formula f = Formula.of(Expr.times(sum).dividedBy(Expr.number(wages.size())));
    return new Average(
        wages.size(),
        f.result(),
        f,
        wages.size() < CaseChecks.AVERAGE_MONTHS
            ? NonCompeteLaw.FEWER_MONTHS
            : NonCompeteLaw.THIRTY_PERCENT);
  }

  /**
   * The month's amount.
   *
   * @param average the average (null when the case agreed an amount and the option keeps it)
   * @param minimum the minimum wage in force on the month's first day (null when not needed)
   */
  static Monthly of(
      NonCompeteCase c, NonCompeteOptions o, Average average, ResolvedParameter<Money> minimum) {
    Formula art36 = null;
    List<Citation> art36Cites = new ArrayList<>();
    List<ParameterUse> params = new ArrayList<>();
    if (CaseChecks.needsArt36(c, o)) {
      art36 = Formula.of(Expr.times(Expr.percent(RATE), Expr.money(average.amount())));
      art36Cites.add(NonCompeteLaw.THIRTY_PERCENT);
      Formula floored = art36.atLeast(minimum.value(), MINIMUM);
      params.add(ParameterUse.of(minimum, minimum.value().toString()));
      if (floored != art36) {
        art36Cites.add(NonCompeteLaw.FLOOR);
      }
      art36 = floored;
    }
    if (c.agreedMonthly() == null) {
      List<Citation> cites = new ArrayList<>(List.of(NonCompeteLaw.MONTHLY));
      cites.addAll(art36Cites);
      return new Monthly(art36, art36.result(), params, cites);
    }
    Formula agreed = Formula.given(c.agreedMonthly());
    List<Citation> cites = new ArrayList<>(List.of(NonCompeteLaw.MONTHLY, NonCompeteLaw.AGREED));
    if (art36 == null) {
      return new Monthly(agreed, agreed.result(), List.of(), cites);
    }
    Formula raised = agreed.atLeast(art36.result(), ART36);
    if (raised == agreed) {
      return new Monthly(agreed, agreed.result(), List.of(), cites);
    }
    cites.addAll(art36Cites);
    return new Monthly(raised, raised.result(), params, cites);
  }
}
