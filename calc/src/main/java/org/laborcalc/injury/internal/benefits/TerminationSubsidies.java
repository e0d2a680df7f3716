package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.percent;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.UnsupportedCaseException;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.internal.ReferenceAverages;
import org.laborcalc.injury.rules.ArticleRef;
import org.laborcalc.injury.rules.TerminationSubsidyRule;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Base;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Payability;
import org.laborcalc.injury.rules.TerminationSubsidyRule.PreTerminationBounds;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Step;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Subsidy;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Expr.Chain;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 一次性工伤医疗补助金 and 一次性伤残就业补助金 on the end of the labour relation: art. 36 ¶2 for grades 5–6
 * (“经工伤职工本人提出， 该职工可以与用人单位解除或者终止劳动关系，由工伤保险基金支付一次性工伤医疗补助金，由用人单位支付一次性伤残就业补助金”) and art. 37 (二) for
 * grades 7–10 (“劳动、聘用合同期满终止，或者职工本人提出解除劳动、聘用合同的”); “具体标准由省、自治区、直辖市人民政府规定”, so the amounts come from
 * the province's STRUCTURED rule ({@link TerminationSubsidyRule}): its base, months or fixed
 * amounts, and its named adjustments (职业病 uplift, near-retirement reduction with the 劳动合同法 art. 38
 * exemption, payability at retirement). 社会保险法 art. 39 (三) puts the employment subsidy on the
 * employer.
 */
public final class TerminationSubsidies implements BenefitRule {
  @Override
  public boolean onOwnWage() {
    return true;
  }

  @Override
  public List<Draft> apply(CaseContext ctx) {
    Termination t = ctx.facts().employment().termination();
    if (ctx.grade() == null || t == null) {
      return List.of();
    }
    DisabilityGrade grade = ctx.grade().finalGrade();
    GradeBand band = GradeBand.of(grade);
    if (band == GradeBand.ONE_TO_FOUR) {
      return List.of();
    }
    int g = grade.number();
    LocalDate on = t.date();
    Regime regime = ctx.regime(on);
    int article = regime.articleOf(Regime.provisionOf(grade));
    boolean expiryOrWorker =
        t.initiatedBy() == InitiatedBy.WORKER || t.initiatedBy() == InitiatedBy.CONTRACT_EXPIRY;
    if (!expiryOrWorker) {
      ctx.warn(
          NoticeCode.TERMINATION_GROUND,
          "《工伤保险条例》第"
              + article
              + "条所列情形为劳动合同期满终止或者职工本人提出解除；本案由"
              + (t.initiatedBy() == InitiatedBy.EMPLOYER ? "用人单位" : "双方协商")
              + "解除，补助金是否应付由仲裁庭认定，以下按应付计算",
          "art. "
              + article
              + " names contract expiry and the worker's own request; this relation"
              + " ended by "
              + t.initiatedBy().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + ": whether the subsidies are due is for the tribunal; they are computed as due");
    }
    ResolvedParameter<TerminationSubsidyRule> ruleParam =
        ctx.figures().use(WorkInjuryKeys.TERMINATION_SUBSIDIES, ctx.region(), ctx.regimeDate(on));
    TerminationSubsidyRule rule = ruleParam.value();
    Optional<LocalDate> retirement =
        rule.nearRetirement() != null
                || rule.nearRetirementUnconfirmed()
                || rule.atOrAfterRetirement().medical() != Payability.UNSPECIFIED
                || rule.atOrAfterRetirement().employment() != Payability.UNSPECIFIED
            ? Optional.of(
                ctx.requireRetirementDate(
                    "the provincial rule reduces or withholds the subsidies near retirement",
                    "省级规定在临近或达到退休年龄时减发或不发补助金"))
            : ctx.retirementDateIfKnown();
    List<Draft> drafts = new ArrayList<>(2);
    for (Subsidy subsidy : Subsidy.values()) {
      BenefitItem item =
          subsidy == Subsidy.MEDICAL
              ? BenefitItem.ONE_TIME_MEDICAL_SUBSIDY
              : BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY;
      List<ParameterUse> used = new ArrayList<>();
      List<Citation> cites = new ArrayList<>();
      cites.add(
          band == GradeBand.FIVE_TO_SIX
              ? Citation.of(regime.instrument(), article, 2)
              : Citation.of(regime.instrument(), article, 1, 2));
      boolean retired = retirement.isPresent() && !on.isBefore(retirement.get());
      if (retired && rule.atOrAfterRetirement().of(subsidy) == Payability.NOT_PAYABLE) {
        ctx.warn(
            NoticeCode.NOT_PAYABLE_AT_RETIREMENT,
            item.nameZh() + "：解除或终止劳动关系时已达到退休年龄（" + retirement.get() + "），依省级规定不予支付",
            item.nameEn()
                + ": the worker had reached retirement ("
                + retirement.get()
                + ") at the termination; the provincial rule pays nothing");
        continue;
      }
      if (retired && rule.atOrAfterRetirement().of(subsidy) == Payability.UNSPECIFIED) {
        ctx.warn(
            NoticeCode.RETIRED_AT_TERMINATION,
            item.nameZh() + "：解除或终止劳动关系时已达到退休年龄（" + retirement.get() + "），省级规定未明确，按应付计算",
            item.nameEn()
                + ": the worker had reached retirement ("
                + retirement.get()
                + ") at the termination; the provincial rule is silent; computed as due");
      }
      Chain product;
      String ruleValue; // what the rule gave, as the parameter's value (issue 20: no codes)
      RaisedBase raised = null;
      List<ParameterUse> baseUses = new ArrayList<>();
      if (rule.base() == Base.FIXED_AMOUNT) {
        Money fixed = rule.amount(subsidy, g).orElseThrow(() -> missingTable(item, ruleParam));
        product = Expr.times(Expr.money(fixed));
        ruleValue = grade.nameZh() + "：" + fixed.toGroupedString() + "元";
      } else {
        BigDecimal months =
            rule.months(subsidy, g).orElseThrow(() -> missingTable(item, ruleParam));
        ruleValue = grade.nameZh() + "：" + months.stripTrailingZeros().toPlainString() + "个月";
        if (rule.base() == Base.OWN_WAGE && rule.ownWageRaisedToPreTerminationAverage()) {
          raised = raisedBase(ctx, rule, on, baseUses);
          product = Expr.times(Expr.number(months), raised.figure());
        } else {
          Money base = base(ctx, rule, on, baseUses);
          product = Expr.times(Expr.number(months), Expr.money(base));
        }
      }
      // The rule's own articles: those of the parts applied where the rule names them, else all.
      boolean raisedApplied = raised != null && raised.applied();
      Optional<List<ArticleRef>> parts = rule.articlesFor(subsidy, g, raisedApplied);
      List<Citation> ruleCites =
          parts.isPresent()
              ? parts.get().stream().map(ArticleRef::citation).toList()
              : ruleParam.citations();
      cites.addAll(ruleCites);
      if (raisedApplied) {
        cites.addAll(raised.citations());
      }
      used.add(
          new ParameterUse(
              ruleParam.key().name(),
              item.nameZh() + " " + ruleValue,
              ruleParam.entry().region().code(),
              ruleParam.entry().range().toString(),
              ruleParam.packId(),
              ruleParam.verification(),
              ruleCites));
      used.addAll(baseUses);
      // Named adjustment: the occupational-disease uplift of the medical subsidy.
      if (subsidy == Subsidy.MEDICAL
          && ctx.facts().injury().occupationalDisease()
          && rule.occupationalDiseaseMedicalUpliftPercent() != null) {
        BigDecimal factor =
            BigDecimal.ONE.add(percent(rule.occupationalDiseaseMedicalUpliftPercent()));
        product = product.times(Expr.number(factor).as(new Note("职业病", "occupational disease")));
      }
      boolean reducedNearRetirement = false;
      // Named adjustment: the near-retirement reduction, except where 劳动合同法 art. 38 spares it.
      if (rule.nearRetirement() != null
          && rule.nearRetirement().appliesTo().contains(subsidy)
          && !(rule.nearRetirement().exceptLabourContractLawArticle38()
              && t.labourContractLawArticle38())) {
        Optional<Step> step =
            NearRetirementReduction.step(ctx, rule.nearRetirement(), on, retirement.get());
        if (step.isPresent()) {
          reducedNearRetirement = true;
          product =
              product.times(
                  Expr.percent(step.get().percent())
                      .as(
                          NearRetirementReduction.describe(
                              ctx, rule.nearRetirement().counting(), on, retirement.get())));
        }
      }
      String unconfirmed = "";
      if (subsidy == Subsidy.EMPLOYMENT
          && rule.nearRetirementUnconfirmed()
          && retirement.isPresent()
          && on.isBefore(retirement.get())
          && on.plusYears(5).isAfter(retirement.get())) {
        unconfirmed = "；距法定退休年龄（" + retirement.get() + "）不足五年，本省临近退休的递减规则未经核实，本项按全额计算，可能偏高";
        ctx.warn(
            NoticeCode.NEAR_RETIREMENT_RULE_UNCONFIRMED,
            ruleParam.entry().region().fullName()
                + "的临近退休递减规则未经核实（法律摘要[U]）：职工于"
                + on
                + "解除或者终止劳动关系时距法定退休年龄（"
                + retirement.get()
                + "）不足五年，一次性伤残就业补助金按全额计算，如该规则有递减，应付数额低于本结果",
            ruleParam.entry().region().fullName()
                + "'s near-retirement rule is unconfirmed ([U] in the legal digest): the worker was"
                + " less than five years from retirement ("
                + retirement.get()
                + ") on "
                + on
                + ", so the employment subsidy is computed in full and may be too high");
      }
      // Issue 22 §5: where the retirement date shaped this amount — a near-retirement step applied,
      // or the unconfirmed rule's warning — the line cites what that date rests on.
      if (reducedNearRetirement || !unconfirmed.isEmpty()) {
        cites.addAll(ctx.retirementCitations());
      }
      Formula formula = Formula.of(product);
      Money total = formula.result();
      // The 2010 text puts the medical subsidy on the fund; the 2003 text on the employer, as it
      // does the employment subsidy (社会保险法 art. 39 (三)).
      Party insuredPayer =
          subsidy == Subsidy.MEDICAL && regime == Regime.REGULATION_2010
              ? Party.FUND
              : Party.EMPLOYER;
      if (subsidy == Subsidy.EMPLOYMENT) {
        cites.add(Citation.of(Instruments.SOCIAL_INSURANCE_LAW, 39, 1, 3));
      }
      drafts.add(
          Draft.oneTime(
              item,
              total,
              insuredPayer,
              on,
              formula,
              grade.nameZh()
                  + "伤残，"
                  + on
                  + "解除或者终止劳动关系，按"
                  + ruleParam.entry().region().fullName()
                  + "标准支付"
                  + item.nameZh()
                  + unconfirmed,
              used,
              cites,
              null));
    }
    return drafts;
  }

  /** The base the province's months multiply: an average wage or 本人工资. */
  private static Money base(
      CaseContext ctx, TerminationSubsidyRule rule, LocalDate on, List<ParameterUse> used) {
    int year = on.getYear() - 1;
    switch (rule.base()) {
      case REGIONAL_AVERAGE_MONTHLY_WAGE -> {
        ResolvedParameter<Money> p =
            ctx.figures()
                .yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.region(), year);
        used.add(ParameterUse.of(p, p.value().toString()));
        return p.value();
      }
      case PROVINCIAL_AVERAGE_MONTHLY_WAGE -> {
        Region province = Regions.bundled().province(ctx.region()).orElse(ctx.region());
        ResolvedParameter<Money> p =
            ctx.figures()
                .yearFigure(WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE, province, year);
        used.add(ParameterUse.of(p, p.value().toString()));
        return p.value();
      }
      case OWN_WAGE -> {
        return ctx.ownWage();
      }
      case FIXED_AMOUNT -> throw new AssertionError("fixed amounts have no base");
    }
    throw new AssertionError(rule.base());
  }

  /**
   * The own-wage base of a rule that raises it to the 12-month average contribution wage before the
   * termination (Guangdong art. 33: “本人工资低于……解除或者终止劳动关系前本人十二个月平均月缴费工资的，按照……十二个月平均月缴费工资为基数计发”), that
   * average first held to the rule's bounds where it has them (art. 33: 60–300% of the 全省 average
   * of the year before the termination; the city's where higher, art. 64 ¶2). Reading: the bounded
   * average is the one compared with 本人工资 (the article defines “本人平均月缴费工资” with its bounds before
   * it is used).
   *
   * @param value the base
   * @param applied whether the pre-termination average replaced 本人工资
   * @param figure the base as a named figure of the formula
   * @param citations the articles of the bounds' average that applied (the city's rule)
   */
  private record RaisedBase(
      Money value, boolean applied, Expr.Figure figure, List<Citation> citations) {}

  private static RaisedBase raisedBase(
      CaseContext ctx, TerminationSubsidyRule rule, LocalDate on, List<ParameterUse> used) {
    Money own = ctx.ownWage();
    Money pre = ctx.facts().wage().preTerminationAverageWage();
    if (pre == null) {
      throw InvalidInputException.of(
          "wage.preTerminationAverageWage",
          "REQUIRED",
          "本省规定以本人工资为基数，解除或终止劳动关系前12个月平均月缴费工资高于本人工资的按该工资计算，须提供该工资",
          "the provincial rule raises the own-wage base to the 12-month average contribution"
              + " wage before the termination when that is higher: supply it");
    }
    Money bounded = pre;
    String boundZh = "";
    String boundEn = "";
    List<Citation> cites = new ArrayList<>();
    PreTerminationBounds bounds = rule.preTerminationAverageBounds();
    if (bounds != null) {
      ReferenceAverages.Average average =
          ReferenceAverages.of(ctx.figures(), ctx.region(), on.getYear() - 1, bounds.average());
      used.addAll(average.uses());
      Money lower = percentOf(average.value(), bounds.floorPercent());
      Money upper = percentOf(average.value(), bounds.capPercent());
      BigDecimal pct = null;
      if (pre.isLessThan(lower)) {
        bounded = lower;
        pct = bounds.floorPercent();
      } else if (pre.isGreaterThan(upper)) {
        bounded = upper;
        pct = bounds.capPercent();
      }
      if (pct != null) {
        String side = pre.isLessThan(lower) ? "低于" : "高于";
        boundZh =
            side
                + plain(pct)
                + "% × "
                + g(average.value())
                + "（"
                + average.nameZh()
                + "），按 "
                + g(bounded);
        boundEn =
            (pre.isLessThan(lower) ? " below " : " above ")
                + plain(pct)
                + "% × "
                + g(average.value())
                + " ("
                + average.nameEn()
                + "), taken as "
                + g(bounded);
        cites.addAll(average.citations());
      }
    }
    String preZh = "解除或终止劳动关系前12个月平均月缴费工资 " + g(pre) + (boundZh.isEmpty() ? "" : "，" + boundZh);
    String preEn = "12-month average contribution wage before the termination " + g(pre) + boundEn;
    if (bounded.isGreaterThan(own)) {
      return new RaisedBase(
          bounded,
          true,
          Expr.money(bounded)
              .as(new Note(preZh + "，高于本人工资 " + g(own), preEn + ", above the own wage " + g(own))),
          cites);
    }
    return new RaisedBase(
        own,
        false,
        Expr.money(own).as(new Note("本人工资，不低于" + preZh, "own wage, not below the " + preEn)),
        List.of());
  }

  private static Money percentOf(Money average, BigDecimal percent) {
    return Money.rounded(
        average.amount().multiply(percent).movePointLeft(2), Money.DEFAULT_ROUNDING);
  }

  private static UnsupportedCaseException missingTable(
      BenefitItem item, ResolvedParameter<TerminationSubsidyRule> rule) {
    return new UnsupportedCaseException(
        rule.entry().region().fullName()
            + "的"
            + item.nameZh()
            + "标准未经核实，随附参数包未收录（参数包 "
            + rule.packId()
            + "）；请以参数包提供 injury.terminationSubsidies 规则及其依据",
        "the "
            + item.nameEn()
            + " standard of "
            + rule.entry().region().fullName()
            + " is unconfirmed and not bundled (pack "
            + rule.packId()
            + "); supply an injury.terminationSubsidies rule with its source in a parameter pack");
  }
}
