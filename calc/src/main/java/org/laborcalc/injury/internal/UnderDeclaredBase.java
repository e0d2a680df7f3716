package org.laborcalc.injury.internal;

import static org.laborcalc.injury.internal.Formats.g;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.rules.UnderDeclaredBaseRule;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * An employer that declared a contribution base below the true wage (广东省工伤保险条例 art. 56, 浙江省工伤保险条例
 * art. 33, 河南省工伤保险条例 art. 33, as each pack's rule cites): the fund pays an item computed on 本人工资 on
 * the 本人工资 of the declared base, and where the province says so the employer pays the difference to
 * the item on the true 本人工资, on a line of its own. The two computations of an item are paired by
 * what the line is (item, label and its place among equal ones), never by position in a list.
 */
final class UnderDeclaredBase {
  private UnderDeclaredBase() {}

  /**
   * The lines of an own-wage rule: {@code whole} computed on the true 本人工资, {@code onDeclared} on
   * the declared base's; both with their liability applied.
   */
  static List<BenefitLine> split(
      List<BenefitLine> whole,
      List<BenefitLine> onDeclared,
      Money declaredBase,
      Money declaredOwnWage,
      Money trueOwnWage,
      ResolvedParameter<UnderDeclaredBaseRule> rule) {
    Map<String, BenefitLine> declaredByKey = new LinkedHashMap<>();
    for (BenefitLine l : onDeclared) {
      declaredByKey.put(key(l, declaredByKey), l);
    }
    Map<String, BenefitLine> seen = new LinkedHashMap<>();
    List<BenefitLine> out = new ArrayList<>();
    for (BenefitLine w : whole) {
      String key = key(w, seen);
      seen.put(key, w);
      if (w.payer() == Party.EMPLOYER) {
        out.add(w);
        continue;
      }
      BenefitLine fundPart = declaredByKey.get(key);
      if (fundPart == null) {
        throw new AssertionError("no line on the declared base for " + key);
      }
      out.add(
          new BenefitLine(
              fundPart.item(),
              fundPart.amount(),
              fundPart.monthlyAmount(),
              fundPart.startDate(),
              fundPart.until(),
              fundPart.accrued(),
              Share.whole(Party.FUND, fundPart.share().citations()),
              fundPart.formula(),
              fundPart.accrual(),
              "按申报的月缴费基数 "
                  + g(declaredBase)
                  + "（本人工资 "
                  + g(declaredOwnWage)
                  + "）由工伤保险基金支付："
                  + fundPart.explanationZh(),
              fundPart.parameters(),
              fundPart.citations(),
              fundPart.label()));
      if (rule.value().employerPaysDifference()) {
        difference(w, fundPart, trueOwnWage, rule).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<BenefitLine> difference(
      BenefitLine whole,
      BenefitLine fundPart,
      Money trueOwnWage,
      ResolvedParameter<UnderDeclaredBaseRule> rule) {
    boolean monthly = whole.isMonthly();
    Money wholeAmount = monthly ? whole.monthlyAmount() : whole.amount();
    Money fundAmount = monthly ? fundPart.monthlyAmount() : fundPart.amount();
    Money difference = wholeAmount.minus(fundAmount);
    if (!difference.isPositive()) {
      return Optional.empty();
    }
    Money accrued = whole.accrued() == null ? null : whole.accrued().minus(fundPart.accrued());
    List<Citation> cites = new ArrayList<>(whole.citations());
    cites.addAll(rule.citations());
    List<ParameterUse> used = new ArrayList<>(whole.parameters());
    used.add(ParameterUse.of(rule, "employerPaysDifference"));
    return Optional.of(
        new BenefitLine(
            whole.item(),
            monthly ? null : difference,
            monthly ? difference : null,
            whole.startDate(),
            whole.until(),
            accrued,
            Share.whole(Party.EMPLOYER, rule.citations()),
            Formula.of(Expr.minus(Expr.money(wholeAmount), Expr.money(fundAmount))),
            null,
            "用人单位少报缴费工资，按本人工资 "
                + g(trueOwnWage)
                + " 应得 "
                + g(wholeAmount)
                + "，基金按申报基数支付 "
                + g(fundAmount)
                + "，差额由用人单位补足",
            used,
            cites,
            whole.label() == null ? "少报缴费工资差额" : whole.label() + "（差额）"));
  }

  /** What a line is: its item and label, and how many equal ones came before it. */
  private static String key(BenefitLine l, Map<String, BenefitLine> before) {
    BenefitItem item = l.item();
    String base = item + "|" + l.label();
    int n = 0;
    while (before.containsKey(base + "#" + n)) {
      n++;
    }
    return base + "#" + n;
  }
}
