package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * A worker missing after an accident, art. 41: “职工因工外出期间发生事故或者在抢险救灾中下落不明的，从事故发生当月起3个月内照发工资，
 * 从第4个月起停发工资，由工伤保险基金向其供养亲属按月支付供养亲属抚恤金。” The wages of the three months (the accident's month counted
 * as the first) are the 原工资福利待遇 the worker was paid (art. 33 ¶1's measure, read as the wage “照发”
 * continues), paid by the employer that paid them; the dependants' pensions from the fourth month
 * are {@link DependantPensions}, the advance on the death subsidy {@link DeathSubsidy}. The 2003
 * text's counterpart is not in the legal folder: a missing worker injured under it is refused,
 * never computed on an article guessed.
 */
public final class MissingWorkerWages implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (!ctx.missingWorker()) {
      return List.of();
    }
    requireText(ctx);
    LocalDate accident = ctx.facts().injury().date();
    ResolvedParameter<BigDecimal> months = months(ctx);
    Money wage = ctx.originalWage();
    Formula formula = Formula.of(Expr.times(Expr.number(months.value()), Expr.money(wage)));
    return List.of(
        Draft.oneTime(
            BenefitItem.MISSING_WORKER_WAGES,
            formula.result(),
            Party.EMPLOYER,
            accident,
            formula,
            "职工"
                + (ctx.facts().death().circumstance()
                        == org.laborcalc.injury.WorkInjuryCase.Circumstance.WORK_TRIP_ACCIDENT
                    ? "因工外出期间发生事故"
                    : "在抢险救灾中")
                + "下落不明，从事故发生当月（"
                + accident.getYear()
                + "年"
                + accident.getMonthValue()
                + "月）起"
                + plain(months.value())
                + "个月内照发工资（原工资福利待遇每月 "
                + g(wage)
                + "）",
            List.of(ParameterUse.of(months, plain(months.value()))),
            ctx.missingWorkerCitations(),
            null));
  }

  /** The months of wages (3), from the national pack. */
  static ResolvedParameter<BigDecimal> months(CaseContext ctx) {
    return ctx.figures()
        .use(
            WorkInjuryKeys.MISSING_WAGE_MONTHS,
            Regions.bundled().national(),
            ctx.regimeDate(ctx.facts().injury().date()));
  }

  /**
   * The first day of the month after the last month of wages (“从第4个月起”): the dependants' pensions
   * start then.
   */
  static LocalDate pensionsFrom(CaseContext ctx) {
    return ctx.facts()
        .injury()
        .date()
        .withDayOfMonth(1)
        .plusMonths(months(ctx).value().intValueExact());
  }

  /** A missing worker is computed under the 2010 text only, the one whose art. 41 is held. */
  static void requireText(CaseContext ctx) {
    if (ctx.regime(ctx.facts().injury().date()) != Regime.REGULATION_2010) {
      throw InvalidInputException.of(
          "death.missing",
          "NO_APPLICABLE_RULE",
          "职工下落不明的待遇：本案适用2004年施行的《工伤保险条例》，其相应条文不在法律资料中，无法计算",
          "a missing worker: the case falls under the Regulation of 2004, whose article on missing"
              + " workers is not in the legal folder, so it cannot be computed");
    }
  }
}
