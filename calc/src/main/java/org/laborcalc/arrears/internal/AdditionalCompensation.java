package org.laborcalc.arrears.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.arrears.WageArrearsCase.Order;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsOptions.Art85Base;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * 加付赔偿金. 劳动合同法 art. 85:
 * "由劳动行政部门责令限期支付劳动报酬、加班费或者经济补偿；……逾期不支付的，责令用人单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金". Due only when the
 * case states the order, its deadline, the amount ordered and what was paid by the deadline, and
 * that was less than ordered; otherwise a 0.00 line names what is missing or why it is not due. The
 * base is option {@code arrears.art85Base}; the amount is base × rate, rounded half-up to the fen;
 * the rate (50–100%) is the tribunal's, never defaulted. Stateless.
 */
final class AdditionalCompensation {
  private AdditionalCompensation() {}

  /** The line of art. 85 for {@code order}, checked by {@link CaseChecks} (rate within 50–100). */
  static WageArrearsLine line(Order order, Art85Base base) {
    List<String> missingZh = new ArrayList<>();
    List<String> missingEn = new ArrayList<>();
    if (order.orderedOn() == null) {
      missingZh.add("责令限期支付的日期（orderedOn）");
      missingEn.add("the day of the order (orderedOn)");
    }
    if (order.deadline() == null) {
      missingZh.add("限期的最后一日（deadline）");
      missingEn.add("the deadline (deadline)");
    }
    if (order.amountOrdered() == null) {
      missingZh.add("责令支付的金额（amountOrdered）");
      missingEn.add("the amount ordered (amountOrdered)");
    }
    if (order.paidByDeadline() == null) {
      missingZh.add("限期内已支付的金额（paidByDeadline）");
      missingEn.add("what was paid by the deadline (paidByDeadline)");
    }
    if (!missingZh.isEmpty()) {
      return notDue(
          "加付赔偿金以劳动行政部门责令限期支付而逾期不支付为前提，案件未写明：" + String.join("、", missingZh),
          "art. 85 requires an order of the labour administration to pay within a period and"
              + " non-payment by its deadline; the case does not state "
              + String.join(", ", missingEn));
    }
    Money unpaid = order.amountOrdered().minus(order.paidByDeadline());
    if (!unpaid.isPositive()) {
      return notDue(
          "用人单位已在限期内支付责令支付的金额，不存在逾期不支付",
          "the employer paid the amount ordered by the deadline: nothing was left unpaid");
    }
    Expr baseExpr =
        base == Art85Base.UNPAID_AT_DEADLINE && order.paidByDeadline().isPositive()
            ? Expr.minus(Expr.money(order.amountOrdered()), Expr.money(order.paidByDeadline()))
            : Expr.money(base == Art85Base.AMOUNT_ORDERED ? order.amountOrdered() : unpaid);
    Formula f = Formula.of(Expr.times(baseExpr, Expr.percent(order.ratePercent())));
    return new WageArrearsLine(
        WageArrearsLine.ADDITIONAL_COMPENSATION,
        null,
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(ArrearsLaw.ADDITIONAL))),
        f,
        List.of(),
        List.of(ArrearsLaw.ADDITIONAL),
        null,
        null,
        null,
        null);
  }

  private static WageArrearsLine notDue(String zh, String en) {
    return new WageArrearsLine(
        WageArrearsLine.ADDITIONAL_COMPENSATION_NOT_DUE,
        null,
        new LineValue.OneTime(Money.ZERO),
        List.of(),
        Formula.given(Money.ZERO),
        List.of(),
        List.of(ArrearsLaw.ADDITIONAL),
        null,
        null,
        zh,
        en);
  }
}
