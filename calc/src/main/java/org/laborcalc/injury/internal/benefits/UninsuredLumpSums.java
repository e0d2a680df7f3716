package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.UninsuredLumpSumRule;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * The one-time payment a province lets an uninsured employer make in place of a grade 1–4 worker's
 * benefits. Zhejiang art. 34 ¶¶1–2: “未参加工伤保险的一级至四级工伤职工，其按照规定应当享受的工伤保险待遇，由用人单位按月或者一次性支付。
 * 一次性支付的工伤保险待遇，以工伤发生时上一年度全省职工年平均工资为基数，按照下列标准计发：一级伤残为十六倍，二级伤残为十四倍，三级伤残为十二倍，四级伤残为十倍。
 * 一级至四级工伤职工一次性领取工伤保险待遇前的工资福利、医疗费、护理费、住院治疗期间的伙食补助费及所需的交通费等费用，按照规定支付。” Sichuan art. 33 ¶2: the same
 * “经工伤职工或者其法定代理人与用人单位协商一致”, on the 全省城镇全部单位就业人员年平均工资. The province's rule is the parameter {@code
 * injury.uninsuredLumpSum}.
 *
 * <p>Chosen in the case ({@link WorkInjuryCase#lumpSum()}, the worker alive): one line in place of
 * the one-time disability subsidy, the disability allowance and living care ({@link
 * #replacedWhenChosen}). Reading: these are “其按照规定应当享受的工伤保险待遇” of a grade 1–4 worker after the
 * appraisal; Zhejiang art. 34 ¶3 deducts the subsidy and allowance already received from it, so
 * they are inside the sum; living care is a benefit of the same worker and not among the costs of
 * treatment ¶2 pays on top (its “护理费” read as care during treatment, an actual cost). The
 * suspension wages and the costs of treatment are computed as usual. Not chosen: a notice gives the
 * alternative with its amount (or the figure its amount needs).
 */
public final class UninsuredLumpSums implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    WorkInjuryCase c = ctx.facts();
    if (c.death() != null) {
      return List.of(); // the dependants' lump sum: DependantPensions
    }
    boolean chosen = c.lumpSum() != null;
    boolean uninsured = c.insurance().status() == InsuranceStatus.UNINSURED;
    boolean oneToFour =
        ctx.grade() != null && GradeBand.of(ctx.grade().finalGrade()) == GradeBand.ONE_TO_FOUR;
    if (chosen && !uninsured) {
      throw refused(
          "lumpSum",
          "一次性支付仅适用于未参加工伤保险的用人单位（浙江省条例第三十四条、四川省条例第三十三条）",
          "the lump sum is for an uninsured employer only (Zhejiang art. 34, Sichuan art. 33)");
    }
    if (chosen && !oneToFour) {
      throw refused(
          "lumpSum", "一次性支付仅适用于一级至四级伤残职工", "the lump sum is for a worker of grade 1 to 4 only");
    }
    if (!uninsured || !oneToFour) {
      return List.of();
    }
    LocalDate injury = c.injury().date();
    Optional<ResolvedParameter<UninsuredLumpSumRule>> found =
        ctx.figures().find(WorkInjuryKeys.UNINSURED_LUMP_SUM, ctx.region(), injury);
    if (found.isEmpty()) {
      if (chosen) {
        throw refused(
            "lumpSum",
            ctx.region().fullName() + "的规定（受伤日 " + injury + "）未规定未参保单位一次性支付工伤保险待遇",
            "the rules of "
                + ctx.region().fullName()
                + " on the injury date ("
                + injury
                + ") offer no lump sum from an uninsured employer");
      }
      return List.of();
    }
    ResolvedParameter<UninsuredLumpSumRule> rule = found.get();
    DisabilityGrade grade = ctx.grade().finalGrade();
    BigDecimal multiple = rule.value().multiples().get(Integer.toString(grade.number()));
    Region province = Regions.bundled().province(ctx.region()).orElse(ctx.region());
    ParameterKey<Money> baseKey = baseKey(rule.value().base());
    int year = injury.getYear() - 1;
    if (!chosen) {
      offer(ctx, rule, multiple, grade, baseKey, province, year);
      return List.of();
    }
    if (rule.value().byAgreement() && !c.lumpSum().agreedWithEmployer()) {
      throw refused(
          "lumpSum.agreedWithEmployer",
          "本省规定一次性支付须经工伤职工或者其法定代理人与用人单位协商一致",
          "the province's rule requires the worker (or legal representative) and the employer to"
              + " agree the lump sum");
    }
    if (c.lumpSum().amount() != null) {
      throw refused(
          "lumpSum.amount",
          "本省规定已确定一次性支付的计发标准，不应另行填写金额",
          "the province's rule fixes the amount of the lump sum: give no amount");
    }
    ResolvedParameter<Money> base = ctx.figures().yearFigure(baseKey, province, year);
    Formula formula = Formula.of(Expr.times(Expr.number(multiple), Expr.money(base.value())));
    return List.of(
        Draft.oneTime(
            BenefitItem.UNINSURED_DISABILITY_LUMP_SUM,
            formula.result(),
            Party.EMPLOYER,
            c.appraisal().date(),
            formula,
            "未参加工伤保险的"
                + grade.nameZh()
                + "伤残职工"
                + (c.lumpSum().agreedWithEmployer() ? "与用人单位协商一致，" : "")
                + "由用人单位一次性支付工伤保险待遇：以工伤发生时上一年度（"
                + year
                + "年度）"
                + baseKey.descriptionZh()
                + "为基数，"
                + grade.nameZh()
                + "伤残为"
                + plain(multiple)
                + "倍；代替一次性伤残补助金、伤残津贴和生活护理费（生活护理费一并代替为本计算的读法），已按月领取的从中扣除；"
                + "一次性领取前的工资福利、医疗费、护理费、住院伙食补助费及交通费等照常支付",
            List.of(
                ParameterUse.of(rule, grade.number() + "级: " + plain(multiple)),
                ParameterUse.of(base, base.value().toString())),
            distinct(rule.citations()),
            null));
  }

  /** {@code rule}'s lines, none when the worker chose the province's lump sum in their place. */
  public static BenefitRule replacedWhenChosen(BenefitRule rule) {
    return new BenefitRule() {
      @Override
      public List<Draft> apply(CaseContext ctx) {
        WorkInjuryCase c = ctx.facts();
        return c.lumpSum() != null && c.death() == null ? List.of() : rule.apply(ctx);
      }

      @Override
      public boolean onOwnWage() {
        return rule.onOwnWage();
      }
    };
  }

  /** The alternative the case did not choose, with its amount where the figure is at hand. */
  private static void offer(
      CaseContext ctx,
      ResolvedParameter<UninsuredLumpSumRule> rule,
      BigDecimal multiple,
      DisabilityGrade grade,
      ParameterKey<Money> baseKey,
      Region province,
      int year) {
    Optional<ResolvedParameter<Money>> base =
        ctx.figures().find(baseKey, province, LocalDate.of(year, 7, 1));
    String zhAmount =
        base.map(
                b ->
                    "，即 "
                        + plain(multiple)
                        + " × "
                        + b.value()
                        + " = "
                        + g(times(multiple, b.value()))
                        + " 元")
            .orElse("（须提供 " + baseKey.name() + "@" + province.code() + " " + year + "年度数值方可计算）");
    String enAmount =
        base.map(
                b ->
                    ": "
                        + plain(multiple)
                        + " × "
                        + b.value()
                        + " = "
                        + g(times(multiple, b.value())))
            .orElse(
                " (its amount needs " + baseKey.name() + "@" + province.code() + " " + year + ")");
    String cited =
        String.join("、", distinct(rule.citations()).stream().map(Citation::toChinese).toList());
    ctx.warn(
        NoticeCode.LUMP_SUM_OFFERED,
        "未参加工伤保险的"
            + grade.nameZh()
            + "伤残职工，"
            + (rule.value().byAgreement() ? "经与用人单位协商一致，" : "")
            + "可由用人单位一次性支付工伤保险待遇，代替按月支付（"
            + cited
            + "）：工伤发生时上一年度（"
            + year
            + "年度）"
            + baseKey.descriptionZh()
            + "的"
            + plain(multiple)
            + "倍"
            + zhAmount
            + "；本案未选择，按月计算",
        "an uninsured employer's worker of grade "
            + grade.number()
            + " may"
            + (rule.value().byAgreement() ? ", by agreement with the employer," : "")
            + " be paid a lump sum in place of the monthly benefits ("
            + cited
            + "): "
            + plain(multiple)
            + " × the "
            + year
            + " \""
            + baseKey.descriptionEn()
            + "\""
            + enAmount
            + "; not chosen in the case, computed monthly");
  }

  private static Money times(BigDecimal multiple, Money base) {
    return Formula.of(Expr.times(Expr.number(multiple), Expr.money(base))).result();
  }

  static ParameterKey<Money> baseKey(UninsuredLumpSumRule.Base base) {
    return switch (base) {
      case PROVINCIAL_ANNUAL_AVERAGE_WAGE -> WorkInjuryKeys.PROVINCIAL_AVERAGE_ANNUAL_WAGE;
      case PROVINCIAL_URBAN_ALL_UNITS_ANNUAL_AVERAGE_WAGE ->
          WorkInjuryKeys.PROVINCIAL_URBAN_ALL_UNITS_AVERAGE_ANNUAL_WAGE;
    };
  }

  /** The citations, each printed once (two quotes of one paragraph cite it once). */
  static List<Citation> distinct(List<Citation> citations) {
    List<Citation> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Citation c : citations) {
      if (!seen.contains(c.toChinese())) {
        seen.add(c.toChinese());
        out.add(c);
      }
    }
    return out;
  }

  static InvalidInputException refused(String path, String zh, String en) {
    return InvalidInputException.of(path, "CONTRADICTION", zh, en);
  }
}
