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
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.internal.ReferenceAverages;
import org.laborcalc.injury.rules.ReferenceAverage;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 丧葬补助金, art. 39 ¶1 (一) (2003 art. 37): “丧葬补助金为6个月的统筹地区上年度职工月平均工资”. Where the province's pack names
 * another average ({@code death.funeral.referenceAverage}), the months are of that one (Guangdong
 * art. 35 ¶1 (一): “丧葬补助金为六个月的全省上年度职工月平均工资”, the city's where higher under art. 64 ¶2).
 */
public final class FuneralGrant implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    // A missing worker's dependants get it once he is declared dead (art. 41), not before.
    Optional<LocalDate> on = ctx.deathBenefitsFrom();
    if (on.isEmpty()) {
      return List.of();
    }
    return apply(ctx, on.get()).stream().map(d -> d.citing(ctx.missingWorkerCitations())).toList();
  }

  private static List<Draft> apply(CaseContext ctx, LocalDate death) {
    Regime regime = ctx.regime(death);
    ResolvedParameter<BigDecimal> months =
        ctx.figures().use(WorkInjuryKeys.FUNERAL_MONTHS, ctx.region(), ctx.regimeDate(death));
    // A province may name another average (Guangdong art. 35 ¶1 (一), art. 64 ¶2): data, read here.
    Optional<ResolvedParameter<ReferenceAverage>> reference =
        ctx.figures()
            .find(WorkInjuryKeys.FUNERAL_REFERENCE_AVERAGE, ctx.region(), ctx.regimeDate(death));
    if (reference.isPresent()) {
      return provincial(ctx, death, regime, months, reference.get());
    }
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

  /** The months of the average the province's rule names, cited to its article. */
  private static List<Draft> provincial(
      CaseContext ctx,
      LocalDate death,
      Regime regime,
      ResolvedParameter<BigDecimal> months,
      ResolvedParameter<ReferenceAverage> reference) {
    ReferenceAverages.Average average =
        ReferenceAverages.of(ctx.figures(), ctx.region(), death.getYear() - 1, reference.value());
    Formula formula = Formula.of(Expr.times(Expr.number(months.value()), average.figure()));
    List<ParameterUse> used = new ArrayList<>();
    used.add(ParameterUse.of(months, plain(months.value())));
    used.add(ParameterUse.of(reference, average.nameZh()));
    used.addAll(average.uses());
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.DEATH, 1, 1)));
    cites.addAll(reference.citations());
    cites.addAll(average.citations());
    return List.of(
        Draft.oneTime(
            BenefitItem.FUNERAL_SUBSIDY,
            formula.result(),
            Party.FUND,
            death,
            formula,
            "丧葬补助金为" + plain(months.value()) + "个月的" + average.nameZh(),
            used,
            cites,
            null));
  }
}
