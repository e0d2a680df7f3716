package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 生活护理费, art. 34 (2003 art. 32): “从工伤保险基金按月支付生活护理费。生活护理费按照生活完全不能自理、生活大部分不能自理或者生活部分不能自理3个不同等级支付，
 * 其标准分别为统筹地区上年度职工月平均工资的50%、40%或者30%。” The percentages are a parameter.
 */
public final class LivingCare implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.grade() == null) {
      return List.of();
    }
    Appraisal appraisal = ctx.facts().appraisal();
    SelfCareLevel level = appraisal.selfCare();
    if (level == null) {
      level = SelfCareLevel.fromActivitiesNeedingCare(appraisal.activitiesNeedingCare());
    }
    SelfCareConsistency.check(ctx.grade().finalGrade(), level)
        .ifPresent(w -> ctx.passOn(w.code(), w.messageZh(), w.messageEn()));
    if (level == SelfCareLevel.NONE) {
      return List.of();
    }
    LocalDate start = appraisal.date();
    Regime regime = ctx.regime(start);
    ResolvedParameter<Table> pct =
        ctx.figures().use(WorkInjuryKeys.LIVING_CARE_PERCENT, ctx.region(), ctx.regimeDate(start));
    ResolvedParameter<Money> average =
        ctx.figures()
            .yearFigure(
                WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.region(), start.getYear() - 1);
    BigDecimal p = pct.value().get(level.name());
    Formula formula = Formula.of(Expr.times(Expr.percent(p), Expr.money(average.value())));
    Money monthly = formula.result();
    Optional<CaseContext.MonthlyStop> ends = ctx.ownBenefitStop(start, null);
    if (ends.isEmpty()) {
      return List.of(); // the worker died before it became due
    }
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.LIVING_CARE, 2)));
    String stops = "";
    if (ends.get().byDeath()) {
      cites.add(regime.cite(Provision.BENEFITS_STOP, 1, 1));
      stops = "；职工于 " + ctx.facts().death().date() + " 死亡，生活护理费支付至当日";
    }
    return List.of(
        Draft.monthly(
            BenefitItem.LIVING_CARE_ALLOWANCE,
            monthly,
            start,
            ends.get().day(),
            Party.FUND,
            formula,
            level.nameZh()
                + "，生活护理费为统筹地区上年度（"
                + (start.getYear() - 1)
                + "年度）职工月平均工资的"
                + plain(p)
                + "%，按月支付"
                + stops,
            List.of(
                ParameterUse.of(pct, level.name() + ": " + plain(p) + "%"),
                ParameterUse.of(average, average.value().toString())),
            cites,
            null));
  }
}
