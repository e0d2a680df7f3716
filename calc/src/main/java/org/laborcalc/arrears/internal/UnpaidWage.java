package org.laborcalc.arrears.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.arrears.WageArrearsCase.MonthPay;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.law.Citation;
import org.laborcalc.pay.internal.PayDays;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * A month's unpaid wage. 劳动法 art. 50: "不得克扣或者无故拖欠劳动者的工资"; 劳动合同法 art. 30 ¶1: "及时足额支付劳动报酬". The
 * arrears are the wage payable less what was paid, exact to the fen (no rounding: both are amounts
 * in fen); a month paid in full has no line. Stateless.
 */
final class UnpaidWage {
  private UnpaidWage() {}

  /** The month's line, or null when nothing is unpaid. */
  static WageArrearsLine line(MonthPay m, PayDays.Due due) {
    if (!m.payable().isGreaterThan(m.paid())) {
      return null;
    }
    Formula f = Formula.of(Expr.minus(Expr.money(m.payable()), Expr.money(m.paid())));
    List<Citation> cites =
        new ArrayList<>(List.of(ArrearsLaw.MONTHLY_IN_MONEY, ArrearsLaw.IN_TIME_IN_FULL));
    if (due != null) {
      cites.add(due.atTermination() ? ArrearsLaw.AT_TERMINATION : ArrearsLaw.PAY_DAY);
    }
    return new WageArrearsLine(
        WageArrearsLine.WAGE_ARREARS,
        m.month().toString(),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(ArrearsLaw.IN_TIME_IN_FULL))),
        f,
        List.of(),
        cites,
        m.month(),
        due == null ? null : due.date(),
        null,
        null);
  }
}
