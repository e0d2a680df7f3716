package org.laborcalc.severance.internal;

import static org.laborcalc.severance.internal.EconomicCompensation.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.Step;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.WageBasis;

/**
 * 赔偿金, 劳动合同法第八十七条: "用人单位违反本法规定解除或者终止劳动合同的，应当依照本法第四十七条规定的经济补偿标准的二倍向劳动者支付赔偿金", when the worker does
 * not ask for continued performance or it is impossible (第四十八条; 解释（二）第十六条);
 * "支付了赔偿金的，不再支付经济补偿。赔偿金的计算年限自用工之日起计算" (实施条例第二十五条): the whole service, not cut at 2008, with the
 * art. 47 ¶2 cap over that whole span when the wage is above it (ARBITRATION.md §2.2).
 */
final class WrongfulTerminationDamages {
  private WrongfulTerminationDamages() {}

  /** "二倍". */
  static final BigDecimal TIMES = BigDecimal.valueOf(2);

  private static final Note TWICE =
      new Note("按经济补偿标准的二倍支付赔偿金：", "damages, twice the compensation standard: ");

  static SeveranceLine line(Context x) {
    WageBasis w = x.wage();
    ServiceSegment whole = x.service().whole();
    BigDecimal months = whole.statutoryMonths();
    BigDecimal paid = w.aboveCap() ? months.min(w.capYears()) : months;
    Expr.Chain factors = Expr.times(Amounts.months(paid, paid.compareTo(months) < 0));
    Formula standard = Formula.of(Amounts.wage(factors, w, x.options(), w.aboveCap()));
    Formula f =
        standard.then(
            Step.compute(Expr.times(Expr.number(TIMES), Expr.money(standard.result())))
                .labelled(TWICE));
    List<Citation> cites = new ArrayList<>();
    cites.add(Law.UNLAWFUL);
    cites.add(Law.DAMAGES);
    if (x.c().contractCannotContinue()) {
      cites.add(Law.CANNOT_CONTINUE);
    }
    cites.add(Law.MONTHS_PER_YEAR);
    if (x.c().priorServiceCombined()) {
      cites.add(Law.PRIOR_SERVICE);
    }
    cites.addAll(x.suspensions().citations());
    if (w.aboveCap()) {
      cites.add(Law.CAP);
    }
    cites.add(Law.TWELVE_MONTHS);
    cites.add(Law.DAMAGES_YEARS);
    cites.add(Law.WAGE_BASIS);
    if (w.registrationPlaceStandard()) {
      cites.add(Law.PLACE_OF_PERFORMANCE);
    }
    return new SeveranceLine(
        SeveranceItem.WRONGFUL_TERMINATION_DAMAGES,
        true,
        new Note(
            "自用工之日起工作"
                + whole.lengthZh()
                + Suspensions.lengthNoteZh(x.service())
                + "，经济补偿标准"
                + plain(paid)
                + "个月工资，按二倍支付赔偿金，不再支付经济补偿",
            "service from the start of work "
                + whole.lengthEn()
                + Suspensions.lengthNoteEn(x.service())
                + ": the compensation standard of "
                + plain(paid)
                + " months, paid twice, with no compensation beside it"),
        f,
        Suspensions.withRules(w.parameters(), x.suspensions()),
        cites);
  }
}
