package org.laborcalc.severance.internal;

import java.math.BigDecimal;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Note;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.WageBasis;

/**
 * The factors a compensation formula multiplies the months by: the cap written as its multiple and
 * the local average, the minimum wage named, or the average (as the total over the months under
 * {@link SeveranceOptions.AverageRounding#ROUND_AT_END}).
 */
final class Amounts {
  private Amounts() {}

  static final Note MINIMUM_WAGE = new Note("当地最低工资标准", "local minimum wage");
  static final Note LOCAL_AVERAGE =
      new Note("本地区上年度职工月平均工资", "local average monthly wage of the year before");
  static final Note YEARS_CAPPED = new Note("年限最高不超过十二年", "years capped");

  /** {@code factors × the art. 47 monthly wage}, the chain ready for a rounding point. */
  static Expr.Chain wage(Expr.Chain factors, WageBasis w, SeveranceOptions o, boolean capped) {
    if (capped) {
      return factors
          .times(Expr.number(w.capMultiple()))
          .times(Expr.money(w.localAverage()).as(LOCAL_AVERAGE));
    }
    if (w.minimumApplied()) {
      return factors.times(Expr.money(w.base()).as(MINIMUM_WAGE));
    }
    if (o.averageRounding() == SeveranceOptions.AverageRounding.ROUND_AT_END
        && w.findings().monthsAveraged() > 0) {
      return factors
          .times(Expr.money(w.averagedTotal()))
          .dividedBy(Expr.number(w.findings().monthsAveraged()));
    }
    return factors.times(Expr.money(w.average()));
  }

  /** {@code months}, named when the 12-year cap shortened it. */
  static Expr.Figure months(BigDecimal months, boolean shortened) {
    Expr.Figure f = Expr.number(months);
    return shortened ? f.as(YEARS_CAPPED) : f;
  }
}
