package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions.PensionCapAllocation;
import org.laborcalc.injury.CalculationOptions.PensionCapWage;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Expr.Chain;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Rounding;
import org.laborcalc.result.Step;

/**
 * 供养亲属抚恤金, art. 39 ¶1 (二) (2003 art. 37): “按照职工本人工资的一定比例发给由因工死亡职工生前提供主要生活来源、无劳动能力的亲属。
 * 标准为：配偶每月40%，其他亲属每人每月30%，孤寡老人或者孤儿每人每月在上述标准的基础上增加10%。核定的各供养亲属的抚恤金之和不应高于因工死亡职工生前的工资。” The text sets
 * only the cap; how pensions above it are cut is the named option {@link PensionCapAllocation}, and
 * which wage “生前的工资” is the named option {@link PensionCapWage} (default: the 本人工资 the pensions are
 * percentages of). An uninsured employer's lump sum in their place: {@link
 * DependantPensionsLumpSum}.
 */
public final class DependantPensions implements BenefitRule {
  @Override
  public boolean onOwnWage() {
    return true;
  }

  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.facts().death() == null) {
      return List.of();
    }
    if (ctx.facts().death().dependants().isEmpty()) {
      if (ctx.facts().lumpSum() != null) {
        throw UninsuredLumpSums.refused(
            "lumpSum",
            "案件未列供养亲属，无供养亲属抚恤金可一次性支付",
            "the case lists no dependants whose pensions could be paid as a lump sum");
      }
      return List.of();
    }
    List<Dependant> dependants = new ArrayList<>(ctx.facts().death().dependants());
    dependants.sort(
        Comparator.comparing(Dependant::relation)
            .thenComparing(Dependant::name)
            .thenComparing(d -> d.birthDate() == null ? LocalDate.MIN : d.birthDate()));
    LocalDate death = ctx.facts().death().date();
    // A missing worker's dependants are paid from the month the wages stop (art. 41).
    LocalDate start = ctx.missingWorker() ? MissingWorkerWages.pensionsFrom(ctx) : death;
    if (ctx.missingWorker()) {
      MissingWorkerWages.requireText(ctx);
    }
    Regime regime = ctx.regime(death);
    int article = regime.articleOf(Provision.DEATH);
    ResolvedParameter<Table> pct =
        ctx.figures()
            .use(WorkInjuryKeys.DEPENDANT_PENSION_PERCENT, ctx.region(), ctx.regimeDate(death));
    Money own = ctx.ownWage();
    List<BigDecimal> percents = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<Formula> formulas = new ArrayList<>(dependants.size());
    Money sum = Money.ZERO;
    for (Dependant d : dependants) {
      String share = d.relation() == Relation.SPOUSE ? "SPOUSE" : "OTHER";
      BigDecimal p = pct.value().get(share);
      String used = share + ": " + plain(p) + "%";
      if (d.lonelyElderOrOrphan()) {
        BigDecimal supplement = pct.value().get("LONELY_OR_ORPHAN_SUPPLEMENT");
        p = p.add(supplement);
        used += " + LONELY_OR_ORPHAN_SUPPLEMENT: " + plain(supplement) + "%";
      }
      Formula f = Formula.of(Expr.times(Expr.percent(p), Expr.money(own)));
      percents.add(p);
      shown.add(used);
      formulas.add(f);
      sum = sum.plus(f.result());
    }
    boolean onFound = ctx.options().pensionCapWage() == PensionCapWage.AVERAGE_WAGE_FOUND;
    Money cap = onFound ? ctx.wage().averageWage() : own;
    boolean capped = sum.isGreaterThan(cap);
    if (capped) {
      ctx.warn(
          NoticeCode.DEPENDANT_PENSIONS_CAPPED,
          "各供养亲属抚恤金之和（"
              + g(sum)
              + "）高于工亡职工生前工资（"
              + g(cap)
              + (onFound ? "，为调整前的月平均工资，选项 AVERAGE_WAGE_FOUND" : "")
              + "），按比例核减（第"
              + article
              + "条第一款第（二）项）",
          "the dependants' pensions ("
              + g(sum)
              + ") exceed the deceased's wage ("
              + g(cap)
              + (onFound
                  ? ", the average wage found before the clamp, option AVERAGE_WAGE_FOUND"
                  : "")
              + ") and are cut in proportion (art. "
              + article
              + " ¶1 (2))");
      formulas = cut(ctx.options().pensionCap(), formulas, cap, sum);
    }
    List<Draft> drafts = new ArrayList<>(dependants.size());
    for (int i = 0; i < dependants.size(); i++) {
      Dependant d = dependants.get(i);
      Formula formula = formulas.get(i);
      Money monthly = formula.result();
      drafts.add(
          Draft.monthly(
                  BenefitItem.DEPENDANT_PENSION,
                  monthly,
                  start,
                  null,
                  Party.FUND,
                  formula,
                  d.name()
                      + "（"
                      + relationZh(d.relation())
                      + (d.lonelyElderOrOrphan() ? "，孤寡老人或孤儿" : "")
                      + "），按月领取供养亲属抚恤金，为工亡职工本人工资的"
                      + plain(percents.get(i))
                      + "%"
                      + (ctx.missingWorker() ? "；职工下落不明，自 " + start + "（停发工资之月）起按月支付" : ""),
                  List.of(ParameterUse.of(pct, shown.get(i))),
                  List.of(regime.cite(Provision.DEATH, 1, 2)),
                  d.name())
              .citing(ctx.missingWorkerCitations()));
    }
    ctx.warn(
        NoticeCode.DEPENDANTS_AS_FOUND,
        "供养亲属的范围由国务院社会保险行政部门规定（第" + article + "条第一款第（二）项）；本计算采用案件所列的供养亲属，未审查其资格",
        "the range of dependants is set by the ministry (art. "
            + article
            + " ¶1 (2)); the dependants listed in the case are taken as eligible");
    return splitAtEnrolment(ctx, DependantPensionsLumpSum.of(ctx, dependants, drafts));
  }

  /**
   * Art. 62 ¶3 with 人社部发〔2016〕29号 item 三 (二) (SECONDARY): the pensions of the months from a late
   * enrolment on are new costs the fund pays, those before it the employer's — each pension that
   * began before the enrolment is split there, and {@link org.laborcalc.injury.internal.Liability}
   * gives each part its payer by the day it begins.
   */
  private static List<Draft> splitAtEnrolment(CaseContext ctx, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Optional<LocalDate> change =
          d.isMonthly() ? ctx.liability().payerMayChangeAfter(d.startDate()) : Optional.empty();
      if (change.isEmpty()) {
        out.add(d);
        continue;
      }
      LocalDate enrolled = change.get();
      String secondaryZh = "（人社部发〔2016〕29号第三条第（二）项，据二手资料，未经原文核实）";
      out.add(
          Draft.monthly(
              d.item(),
              d.monthlyAmount(),
              d.startDate(),
              enrolled,
              d.insuredPayer(),
              d.formula(),
              d.explanationZh() + "；用人单位 " + enrolled + " 参加工伤保险前的月份由用人单位支付" + secondaryZh,
              d.parameters(),
              d.citations(),
              d.label()));
      out.add(
          Draft.monthly(
              d.item(),
              d.monthlyAmount(),
              enrolled,
              null,
              d.insuredPayer(),
              d.formula(),
              d.explanationZh() + "；参保（" + enrolled + "）后新发生的供养亲属抚恤金由工伤保险基金支付" + secondaryZh,
              d.parameters(),
              d.citations(),
              d.label()));
      ctx.passOn(
          NoticeCode.SECONDARY_SOURCE.name() + ":rsbf-2016-29",
          "供养亲属抚恤金按参保日（" + enrolled + "）分段确定支付方，依据人社部发〔2016〕29号第三条第（二）项，该文件文本来自二手资料，未经原文核实",
          "the dependants' pensions are split at the enrolment ("
              + enrolled
              + ") under 人社部发〔2016〕29号"
              + " item 3 (2), whose text comes from secondary sources, not checked against the"
              + " original");
    }
    return out;
  }

  /**
   * The pensions cut to {@code cap} under the chosen allocation: each pension × cap ÷ sum,
   * fractions of a fen dropped (so that the cut pensions never add up to more than the cap), then
   * for {@link PensionCapAllocation#LARGEST_REMAINDER} the fen left over given to the largest
   * dropped fractions.
   */
  private static List<Formula> cut(
      PensionCapAllocation allocation, List<Formula> pensions, Money cap, Money sum) {
    List<Formula> cut = new ArrayList<>(pensions.size());
    List<BigDecimal> dropped = new ArrayList<>(pensions.size());
    Money cutSum = Money.ZERO;
    for (Formula pension : pensions) {
      Chain share =
          Expr.times(Expr.money(pension.result()), Expr.money(cap)).dividedBy(Expr.money(sum));
      Formula f =
          pension.then(
              Step.compute(share, Rounding.DOWN_TO_FEN)
                  .labelled(new Note("按比例核减：", "cut in proportion: ")));
      cut.add(f);
      dropped.add(share.value(RoundingMode.DOWN).subtract(f.result().amount()));
      cutSum = cutSum.plus(f.result());
    }
    if (allocation == PensionCapAllocation.PROPORTIONAL) {
      return cut;
    }
    // Largest remainder: the fen short of the cap, one each to the largest dropped fractions.
    long fenLeft = cap.minus(cutSum).amount().movePointRight(2).longValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cut.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> dropped.get(i)).reversed());
    Money fen = Money.parse("0.01");
    for (int k = 0; k < fenLeft; k++) {
      int i = order.get(k);
      Formula f = cut.get(i);
      cut.set(
          i,
          f.then(
              Step.compute(Expr.sum(List.of(Expr.money(f.result()), Expr.money(fen))))
                  .labelled(new Note("按最大余额法补足：", "largest remainder: "))));
    }
    return cut;
  }

  private static String relationZh(Relation r) {
    return switch (r) {
      case SPOUSE -> "配偶";
      case CHILD -> "子女";
      case PARENT -> "父母";
      case GRANDPARENT -> "祖父母或外祖父母";
      case GRANDCHILD -> "孙子女或外孙子女";
      case SIBLING -> "兄弟姐妹";
    };
  }
}
