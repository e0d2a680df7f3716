package org.laborcalc.wage;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.money.Money;

/**
 * The amount a candidate puts forward for a month: net amounts grossed up when the options say so
 * ({@link GrossUpPolicy#DIVIDE_BY_NET_SHARE}), and an amount paid for an incomplete month scaled to
 * a full month by calendar days (the {@link PartialMonthPolicy}). One division, so one rounding:
 * the named point "month amount", half-up to the fen. Immutable and thread-safe.
 */
final class MonthAmount {
  private final ProceduralFacts procedure;
  private final BigDecimal grossUpRate;
  private final WindowMonths months;

  MonthAmount(WageOptions options, ProceduralFacts procedure, WindowMonths months) {
    this.procedure = procedure;
    this.months = months;
    this.grossUpRate =
        options.grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE
            ? options.grossUpDeductionRate().value()
            : BigDecimal.ZERO;
  }

  /** The candidate of a group of items (one item, or a month's deposits from one payer). */
  Candidate candidate(List<EvidenceItem> group, YearMonth m) {
    EvidenceItem head = group.get(0);
    Assessment assessment = Assessment.of(head, procedure);
    Money netSum = Money.ZERO;
    Money grossSum = Money.ZERO;
    for (EvidenceItem i : group) {
      if (i.netOfDeductions()) {
        netSum = netSum.plus(i.amount());
      } else {
        grossSum = grossSum.plus(i.amount());
      }
    }
    Money recorded = netSum.plus(grossSum);
    boolean net = netSum.isPositive();
    boolean grossUp =
        net
            && grossUpRate.signum() > 0
            && !head.nonWage()
            && head.kind() != EvidenceKind.SOCIAL_INSURANCE_BASE;
    boolean proRate =
        !months.complete(m) && head.kind().recordsPaymentForTheMonth() && !head.nonWage();
    if (!grossUp && !proRate) {
      return new Candidate(group, head.kind(), recorded, recorded, "", "", assessment);
    }
    BigDecimal share = BigDecimal.ONE.subtract(grossUpRate);
    BigDecimal numerator = netSum.amount().add(grossSum.amount().multiply(share));
    BigDecimal denominator = share;
    int dim = m.lengthOfMonth();
    int worked = months.daysWorked(m);
    if (proRate) {
      numerator = numerator.multiply(BigDecimal.valueOf(dim));
      denominator = denominator.multiply(BigDecimal.valueOf(worked));
    }
    Money amount = Money.of(numerator.divide(denominator, Money.SCALE, Money.DEFAULT_ROUNDING));
    String rate = grossUpRate.toPlainString();
    String grossExpr;
    if (grossUp) {
      grossExpr = netSum.toGroupedString() + " ÷ (1 − " + rate + ")";
      if (grossSum.isPositive()) {
        grossExpr = "(" + grossExpr + " + " + grossSum.toGroupedString() + ")";
      }
    } else {
      grossExpr = recorded.toGroupedString();
    }
    String zh;
    String en;
    if (proRate) {
      String expr = grossExpr + " × " + dim + " ÷ " + worked + " = " + amount.toGroupedString();
      zh =
          (grossUp ? "实发数按扣除比例" + rate + "还原为应发，并" : "")
              + "不足整月（工作"
              + worked
              + "天）按日历天数折算为整月："
              + expr;
      en =
          (grossUp ? "net grossed up at deduction rate " + rate + " and " : "")
              + "incomplete month ("
              + worked
              + " days worked) scaled to a full month by calendar days: "
              + expr;
    } else {
      String expr = grossExpr + " = " + amount.toGroupedString();
      zh = "实发数按扣除比例" + rate + "还原为应发：" + expr;
      en = "net amount grossed up at deduction rate " + rate + ": " + expr;
    }
    return new Candidate(group, head.kind(), recorded, amount, zh, en, assessment);
  }
}
