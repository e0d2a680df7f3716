package org.laborcalc.injury.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.Share;
import org.laborcalc.result.Step;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/** A draft with its liability share as a result line, a monthly item accrued to the as-of date. */
final class Lines {
  private Lines() {}

  static BenefitLine of(Draft d, Liability.Share share, LocalDate asOf) {
    Share owed = Share.whole(share.payer(), share.citations());
    if (!d.isMonthly()) {
      return new BenefitLine(
          d.item(),
          d.amount(),
          null,
          null,
          null,
          owed,
          d.formula(),
          null,
          d.explanationZh(),
          Liability.withShareParameters(d.parameters(), share),
          Liability.withShare(d.citations(), share),
          d.label());
    }
    Money monthly = d.monthlyAmount();
    LocalDate start = d.startDate();
    LocalDate stop = d.stop();
    Formula accrual = null;
    Money accrued = null;
    if (asOf != null) {
      LocalDate end = stop != null && stop.isBefore(asOf) ? stop : asOf;
      if (end.isAfter(start)) {
        accrual = accrual(monthly, start, end);
        accrued = accrual.result();
      } else {
        accrued = Money.ZERO;
      }
    }
    return new BenefitLine(
        d.item(),
        null,
        monthly,
        start,
        stop == null ? null : stop.minusDays(1),
        accrued,
        owed,
        d.formula(),
        accrual,
        d.explanationZh(),
        Liability.withShareParameters(d.parameters(), share),
        Liability.withShare(d.citations(), share),
        d.label());
  }

  /**
   * What has fallen due from {@code start} to {@code end} (exclusive): whole months, then the part
   * month as a fraction of the calendar month it falls in.
   */
  private static Formula accrual(Money monthly, LocalDate start, LocalDate end) {
    MonthsAndDays md = MonthsAndDays.between(start, end, MonthEndPolicy.CLAMP_TO_MONTH_END);
    LocalDate partStart = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, md.months());
    int monthDays = YearMonth.from(partStart).lengthOfMonth();
    List<Expr> terms = new ArrayList<>(2);
    terms.add(Expr.times(Expr.money(monthly), Expr.number(md.months())));
    if (md.days() > 0) {
      terms.add(
          Expr.times(Expr.money(monthly), Expr.number(md.days()))
              .dividedBy(Expr.number(monthDays)));
    }
    Expr sum = terms.size() == 1 ? terms.get(0) : Expr.sum(terms);
    return Formula.of(
        Step.compute(sum)
            .labelled(
                new Note(
                    start + " 至 " + end + "（不含）共" + md.toChinese() + "，累计 ",
                    "due from " + start + " to " + end + " (exclusive), " + md + ": ")));
  }
}
