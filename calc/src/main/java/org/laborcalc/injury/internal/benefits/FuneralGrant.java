package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/** 丧葬补助金, art. 39 ¶1 (一) (2003 art. 37): “丧葬补助金为6个月的统筹地区上年度职工月平均工资”. */
public final class FuneralGrant implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.facts().death() == null) {
      return List.of();
    }
    LocalDate death = ctx.facts().death().date();
    Regime regime = ctx.regime(death);
    ResolvedParameter<BigDecimal> months =
        ctx.figures().use(WorkInjuryKeys.FUNERAL_MONTHS, ctx.region(), ctx.regimeDate(death));
    ResolvedParameter<Money> average =
        ctx.figures()
            .yearFigure(
                WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.region(), death.getYear() - 1);
    Formula formula =
        Formula.of(Expr.times(Expr.number(months.value()), Expr.money(average.value())));
    Money amount = formula.result();
    return List.of(
        Draft.oneTime(
            BenefitItem.FUNERAL_SUBSIDY,
            amount,
            Party.FUND,
            death,
            formula,
            "丧葬补助金为" + plain(months.value()) + "个月的统筹地区上年度（" + (death.getYear() - 1) + "年度）职工月平均工资",
            List.of(
                ParameterUse.of(months, plain(months.value())),
                ParameterUse.of(average, average.value().toString())),
            List.of(regime.cite(Provision.DEATH, 1, 1)),
            null));
  }
}
