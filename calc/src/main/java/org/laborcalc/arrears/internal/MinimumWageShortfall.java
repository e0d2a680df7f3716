package org.laborcalc.arrears.internal;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.arrears.WageArrearsCase.MonthPay;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * A month's shortfall below the minimum wage. 劳动合同法 art. 85: "劳动报酬低于当地最低工资标准的，应当支付其差额部分"; 最低工资规定
 * art. 12 ¶1: "在劳动者提供正常劳动的情况下，用人单位应支付给劳动者的工资在剔除下列各项以后，不得低于当地最低工资标准" — overtime pay, the
 * special-conditions allowances and statutory welfare. The wage compared is the wage
 * <em>payable</em> less those items, so that the unpaid part is the arrears line's and is not
 * counted twice: shortfall = minimum − (payable − excluded), when positive. A month without normal
 * work is not compared (art. 12 ¶1, art. 3 ¶1). Stateless.
 */
final class MinimumWageShortfall {
  private MinimumWageShortfall() {}

  private static final Note EXCLUDED = new Note("剔除项", "excluded items");

  /** The line of a month without normal work: 0.00, with the reason. */
  static WageArrearsLine notCompared(MonthPay m, LocalDate due) {
    return new WageArrearsLine(
        WageArrearsLine.MINIMUM_WAGE_NOT_COMPARED,
        m.month().toString(),
        new LineValue.OneTime(Money.ZERO),
        List.of(),
        Formula.given(Money.ZERO),
        List.of(),
        List.of(ArrearsLaw.EXCLUSIONS, ArrearsLaw.NORMAL_WORK),
        m.month(),
        due,
        "该月未提供正常劳动，不与最低工资标准比较",
        "no normal work that month: not compared with the minimum wage");
  }

  /** The month's line, or null when the wage after the exclusions is not below the minimum. */
  static WageArrearsLine line(MonthPay m, ResolvedParameter<Money> minimum, LocalDate due) {
    Money min = minimum.value();
    Expr compared =
        m.excluded().isZero()
            ? Expr.money(m.payable())
            : Expr.minus(Expr.money(m.payable()), Expr.money(m.excluded()).as(EXCLUDED));
    Formula f = Formula.of(Expr.minus(Expr.money(min), compared));
    if (!f.result().isPositive()) {
      return null;
    }
    return new WageArrearsLine(
        WageArrearsLine.MINIMUM_WAGE_SHORTFALL,
        m.month().toString(),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(ArrearsLaw.DIFFERENCE))),
        f,
        List.of(ParameterUse.of(minimum, min.toString())),
        List.of(ArrearsLaw.DIFFERENCE, ArrearsLaw.NOT_BELOW_MINIMUM, ArrearsLaw.EXCLUSIONS),
        m.month(),
        due,
        null,
        null);
  }
}
