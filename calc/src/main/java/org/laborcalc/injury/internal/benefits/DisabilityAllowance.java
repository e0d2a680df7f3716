package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.PensionAtRetirement;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.AllowanceWithoutPensionRule;
import org.laborcalc.injury.rules.DisabilityRetirementRule;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 伤残津贴, art. 35 ¶1 (二)–(三) for grades 1–4: “从工伤保险基金按月支付伤残津贴……伤残津贴实际金额低于当地最低工资标准的，由工伤保险基金补足差额”,
 * stopping at retirement; art. 36 ¶1 (二) for grades 5–6: “难以安排工作的，由用人单位按月发给伤残津贴……低于当地最低工资标准的，
 * 由用人单位补足差额” while the labour relation lasts. Grades 7–10 have none. Where the province's pack says
 * so ({@link DisabilityRetirementRule}), a grade 1–4 worker who ended the relation at his own
 * request is paid until death, not until retirement (Guangdong art. 28 ¶1 (二)).
 */
public final class DisabilityAllowance implements BenefitRule {
  @Override
  public boolean onOwnWage() {
    return true;
  }

  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.grade() == null) {
      return List.of();
    }
    // A province's first month (Henan art. 30 ¶1): data, read here.
    return LateFilingSplit.apply(
        ctx, MonthlyStart.apply(ctx, compute(ctx), ctx.facts().appraisal().date(), "劳动能力鉴定结论作出"));
  }

  private List<Draft> compute(CaseContext ctx) {
    DisabilityGrade grade = ctx.grade().finalGrade();
    GradeBand band = GradeBand.of(grade);
    if (band == GradeBand.SEVEN_TO_TEN) {
      return List.of();
    }
    boolean fiveOrSix = band == GradeBand.FIVE_TO_SIX;
    Employment employment = ctx.facts().employment();
    // Art. 36: only while the relation lasts and no suitable work is arranged.
    if (fiveOrSix && (employment.termination() != null || !employment.noSuitableJobArranged())) {
      return List.of();
    }
    int g = grade.number();
    LocalDate start = ctx.facts().appraisal().date();
    Regime regime = ctx.regime(start);
    ResolvedParameter<Table> pct =
        ctx.figures()
            .use(WorkInjuryKeys.DISABILITY_ALLOWANCE_PERCENT, ctx.region(), ctx.regimeDate(start));
    ResolvedParameter<Money> minimum =
        ctx.figures().use(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, ctx.region(), start);
    BigDecimal p = pct.value().get(g);
    Money own = ctx.ownWage();
    // Named adjustment: an allowance below the local minimum wage is topped up to it.
    Formula formula =
        Formula.of(Expr.times(Expr.percent(p), Expr.money(own)))
            .atLeast(minimum.value(), new Note("最低工资标准", "minimum wage"));
    Money monthly = formula.result();
    // A grade 1–4 worker who ended the relation at his own request (伤残退休) is paid until death
    // where the province says so (Guangdong art. 28 ¶1 (二)): data, read here.
    Optional<ResolvedParameter<DisabilityRetirementRule>> retirementRule =
        !fiveOrSix
                && employment.termination() != null
                && employment.termination().initiatedBy() == InitiatedBy.WORKER
            ? ctx.figures()
                .find(
                    WorkInjuryKeys.DISABILITY_RETIREMENT,
                    ctx.region(),
                    ctx.regimeDate(employment.termination().date()))
                .filter(r -> r.value().allowanceUntilDeath())
            : Optional.empty();
    Optional<CaseContext.MonthlyStop> ends =
        ctx.ownBenefitStop(
            start,
            fiveOrSix || retirementRule.isPresent()
                ? null
                : ctx.retirementDateIfKnown().orElse(null));
    if (ends.isEmpty()) {
      return List.of(); // the worker died before it became due
    }
    LocalDate stop = ends.get().day();
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Regime.provisionOf(grade), 1, 2)));
    List<ParameterUse> used = new ArrayList<>();
    used.add(ParameterUse.of(pct, g + "级: " + plain(p) + "%"));
    used.add(ParameterUse.of(minimum, minimum.value().toString()));
    String stops = "";
    if (retirementRule.isPresent()) {
      cites.addAll(retirementRule.get().citations());
      used.add(ParameterUse.of(retirementRule.get(), "allowanceUntilDeath"));
      stops = "；本人要求终止劳动关系，办理伤残退休，伤残津贴支付至本人死亡";
    }
    if (ends.get().byDeath()) {
      cites.add(regime.cite(Provision.BENEFITS_STOP, 1, 1));
      stops += "；职工于 " + ctx.facts().death().date() + " 死亡，伤残津贴支付至当日";
    } else if (stop != null) {
      Optional<ResolvedParameter<AllowanceWithoutPensionRule>> goesOn =
          fiveOrSix ? Optional.empty() : withoutPension(ctx, stop);
      cites.addAll(ctx.retirementCitations()); // the stop, hence the sum due, rests on it
      if (goesOn.isPresent()) {
        stops = "；达到法定退休年龄（" + stop + "）后不符合按月领取基本养老保险待遇条件，由工伤保险基金继续按月发放（另列）";
        Draft before =
            Draft.monthly(
                BenefitItem.DISABILITY_ALLOWANCE,
                monthly,
                start,
                stop,
                Party.FUND,
                formula,
                grade.nameZh() + "伤残，按月支付伤残津贴，为本人工资的" + plain(p) + "%；低于当地最低工资标准的补足差额" + stops,
                used,
                cites,
                null);
        return List.of(before, afterRetirement(ctx, goesOn.get(), monthly, stop, cites));
      }
      stops = "；达到退休年龄（" + stop + "）后停发，享受基本养老保险待遇";
    }
    return List.of(
        Draft.monthly(
            BenefitItem.DISABILITY_ALLOWANCE,
            monthly,
            start,
            stop,
            fiveOrSix ? Party.EMPLOYER : Party.FUND,
            formula,
            grade.nameZh() + "伤残，按月支付伤残津贴，为本人工资的" + plain(p) + "%；低于当地最低工资标准的补足差额" + stops,
            used,
            cites,
            null));
  }

  /**
   * The province's rule for a grade 1–4 worker who reaches the retirement age without a monthly
   * basic pension (Zhejiang art. 26 ¶2), where the case says so ({@code pension.noMonthlyPension});
   * elsewhere the national stop at retirement holds whatever the case says.
   */
  private static Optional<ResolvedParameter<AllowanceWithoutPensionRule>> withoutPension(
      CaseContext ctx, LocalDate retirement) {
    PensionAtRetirement pension = ctx.facts().pension();
    if (pension == null || !pension.noMonthlyPension()) {
      return Optional.empty();
    }
    return ctx.figures()
        .find(WorkInjuryKeys.ALLOWANCE_WITHOUT_PENSION, ctx.region(), ctx.regimeDate(retirement));
  }

  /**
   * From the retirement age, Zhejiang art. 26 ¶2: “由工伤保险基金继续按月发放伤残津贴，职工个人养老金账户金额按照规定计发标准按月冲抵到伤残津贴”
   * — the fund pays the allowance less the account's monthly amount (the case's figure: the text
   * gives none), until the worker's death. An account amount above the allowance is refused: the
   * text does not say what then.
   */
  private static Draft afterRetirement(
      CaseContext ctx,
      ResolvedParameter<AllowanceWithoutPensionRule> rule,
      Money monthly,
      LocalDate retirement,
      List<Citation> before) {
    List<Citation> cites = new ArrayList<>(before);
    cites.addAll(rule.citations());
    LocalDate stop =
        ctx.ownBenefitStop(retirement, null).map(CaseContext.MonthlyStop::day).orElse(null);
    String untilZh =
        ctx.facts().death() != null && stop != null
            ? "，至职工死亡（" + ctx.facts().death().date() + "）"
            : "";
    List<ParameterUse> used =
        List.of(ParameterUse.of(rule, "accountOffset: " + rule.value().accountOffset()));
    if (!rule.value().accountOffset()) {
      return Draft.monthly(
          BenefitItem.DISABILITY_ALLOWANCE,
          monthly,
          retirement,
          stop,
          Party.FUND,
          Formula.of(Expr.money(monthly).as(new Note("伤残津贴", "disability allowance"))),
          "达到法定退休年龄后不符合按月领取基本养老保险待遇条件，由工伤保险基金继续按月发放伤残津贴" + untilZh,
          used,
          cites,
          "达到退休年龄后");
    }
    Money offset = ctx.facts().pension().accountMonthlyOffset();
    if (offset == null) {
      throw InvalidInputException.of(
          "pension.accountMonthlyOffset",
          "REQUIRED",
          "须提供职工个人养老金账户按计发标准每月冲抵伤残津贴的金额（"
              + rule.citations().get(0).toChinese()
              + "：职工个人养老金账户金额按照规定计发标准按月冲抵到伤残津贴；条例未规定该金额，由社会保险经办机构核定）",
          "the monthly amount of the personal pension account set against the allowance under the"
              + " payout standard is required ("
              + rule.citations().get(0)
              + "; the regulation gives no figure, the social-insurance agency fixes it)");
    }
    if (offset.isGreaterThan(monthly)) {
      throw InvalidInputException.of(
          "pension.accountMonthlyOffset",
          "OUT_OF_RANGE",
          "个人养老金账户每月冲抵金额（" + g(offset) + "）高于伤残津贴（" + g(monthly) + "）；条例未规定此时如何处理",
          "the account's monthly amount ("
              + offset
              + ") exceeds the allowance ("
              + monthly
              + "); the regulation does not say what then");
    }
    Formula formula =
        Formula.of(
            Expr.minus(
                Expr.money(monthly).as(new Note("伤残津贴", "disability allowance")),
                Expr.money(offset).as(new Note("个人养老金账户冲抵", "pension account offset"))));
    return Draft.monthly(
        BenefitItem.DISABILITY_ALLOWANCE,
        formula.result(),
        retirement,
        stop,
        Party.FUND,
        formula,
        "达到法定退休年龄（"
            + retirement
            + "）后不符合按月领取基本养老保险待遇条件，由工伤保险基金继续按月发放伤残津贴；职工个人养老金账户按计发标准每月冲抵 "
            + g(offset)
            + "，基金支付其余部分"
            + untilZh,
        used,
        cites,
        "达到退休年龄后");
  }
}
