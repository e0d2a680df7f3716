package org.laborcalc.injury.internal.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;

/**
 * Amounts the employer has already paid towards the benefits, each deducted on its own line (the
 * employer's liability of art. 62 ¶2, 2003 art. 60, is for what remains); a payment towards one
 * item shows that item's balance (差额) once the items are computed ({@link #withBalances}).
 */
public final class AlreadyPaid implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    List<Payment> payments = sorted(ctx.facts().alreadyPaid());
    Regime regime = ctx.injuryRegime();
    List<Draft> drafts = new ArrayList<>(payments.size());
    for (Payment p : payments) {
      drafts.add(
          Draft.deduction(
              p.amount().negated(),
              p.date() != null ? p.date() : ctx.facts().injury().date(),
              Formula.given(p.amount().negated()),
              "用人单位已支付"
                  + (p.item() == null ? "" : "“" + p.item().nameZh() + "”")
                  + (p.description() == null ? "" : "（" + p.description() + "）")
                  + (p.date() == null ? "" : "，" + p.date())
                  + "，予以扣减",
              List.of(
                  regime.cite(
                      Provision.UNINSURED_EMPLOYER, regime == Regime.REGULATION_2010 ? 2 : 0)),
              p.description()));
    }
    return drafts;
  }

  /** The payments in the order their lines are made (date, amount, description). */
  private static List<Payment> sorted(List<Payment> paid) {
    List<Payment> payments = new ArrayList<>(paid);
    payments.sort(
        Comparator.comparing((Payment p) -> p.date() == null ? LocalDate.MIN : p.date())
            .thenComparing(Payment::amount)
            .thenComparing(p -> p.description() == null ? "" : p.description()));
    return payments;
  }

  /**
   * The deduction lines {@code made} (one per payment, in the order {@link #apply} made them) with
   * the balance (差额) of the item each was paid towards written into its explanation: due (the
   * item's lines among {@code computed}), paid towards it in all, balance. A balance below zero is
   * said so, and warned: what was paid beyond an item is not owed on it, and whether it counts
   * against another item is for the tribunal. An item not computed (a figure missing, or not due)
   * has no balance to show, and the line says so.
   */
  public static List<BenefitLine> withBalances(
      List<BenefitLine> made, List<BenefitLine> computed, CaseContext ctx) {
    List<Payment> payments = sorted(ctx.facts().alreadyPaid());
    if (payments.size() != made.size()) {
      throw new IllegalStateException("one deduction line per payment");
    }
    Map<BenefitItem, Money> paidTowards = new EnumMap<>(BenefitItem.class);
    for (Payment p : payments) {
      if (p.item() != null) {
        paidTowards.merge(p.item(), p.amount(), Money::plus);
      }
    }
    List<BenefitLine> out = new ArrayList<>(made.size());
    for (int i = 0; i < made.size(); i++) {
      BenefitLine l = made.get(i);
      BenefitItem item = payments.get(i).item();
      if (item == null) {
        out.add(l);
        continue;
      }
      List<BenefitLine> due = computed.stream().filter(c -> c.item() == item).toList();
      Money paid = paidTowards.get(item);
      String balance;
      if (due.isEmpty()) {
        balance = "；“" + item.nameZh() + "”未计算（缺少参数或依法不予支付），应付金额与差额无法确定";
      } else {
        Money owed = due.stream().map(BenefitLine::amount).reduce(Money.ZERO, Money::plus);
        Money rest = owed.minus(paid);
        balance =
            "；“"
                + item.nameZh()
                + "”应付 "
                + owed
                + "，已付 "
                + paid
                + "，差额 "
                + rest
                + (rest.isNegative()
                    ? "（为负：已付超过应付 " + rest.negated() + "，超付部分不构成本项欠款，是否抵扣其他项目由仲裁庭决定）"
                    : "");
        if (rest.isNegative()) {
          ctx.warn(
              NoticeCode.PAID_BEYOND_DUE,
              "“" + item.nameZh() + "”已付 " + paid + "，超过应付 " + owed + "：差额为 " + rest,
              "\""
                  + item.nameEn()
                  + "\": "
                  + paid
                  + " paid exceeds the "
                  + owed
                  + " due; the balance is "
                  + rest
                  + ", and whether the excess counts against another item is for the tribunal");
        }
      }
      out.add(
          new BenefitLine(
              l.item(),
              l.amount(),
              l.monthlyAmount(),
              l.startDate(),
              l.until(),
              l.accrued(),
              l.share(),
              l.formula(),
              l.accrual(),
              l.explanationZh() + balance,
              l.parameters(),
              l.citations(),
              l.label()));
    }
    return out;
  }
}
