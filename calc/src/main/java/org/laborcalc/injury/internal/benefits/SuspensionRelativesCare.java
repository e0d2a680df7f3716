package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * Care by near relatives during the 停工留薪期 where a province sets its fee (浙江省工伤保险条例 (2020) art. 25:
 * “生活不能自理的工伤职工在停工留薪期内需要护理的，由用人单位负责；其近亲属同意护理的，月护理费由用人单位按照不低于上年度全省职工月平均工资的标准支付”), read from {@link
 * WorkInjuryKeys#SUSPENSION_RELATIVES_CARE_MINIMUM_PERCENT}: the months the case gives ({@code
 * suspension.relativesCareMonths}) × that percent of the 全省 monthly average, rounded half-up to the
 * fen once, paid by the employer (art. 33 ¶3 of the national text makes the employer responsible
 * for the care). The amount is the least the article allows (不低于); a higher agreed fee is an actual
 * cost ({@link BenefitItem#SUSPENSION_PERIOD_CARE}) for the months not given here.
 *
 * <p>Reading: “上年度” is taken as the calendar year before the one in which the period (and the care)
 * began; the article does not say whether the year moves on with each month paid.
 */
public final class SuspensionRelativesCare implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    Suspension s = ctx.facts().suspension();
    if (s == null || s.relativesCareMonths() == null) {
      return List.of();
    }
    Optional<ResolvedParameter<BigDecimal>> rule =
        ctx.figures()
            .find(
                WorkInjuryKeys.SUSPENSION_RELATIVES_CARE_MINIMUM_PERCENT,
                ctx.region(),
                ctx.regimeDate(s.start()));
    if (rule.isEmpty()) {
      throw InvalidInputException.of(
          "suspension.relativesCareMonths",
          "NO_RULE",
          "本地区（"
              + ctx.region()
              + "）在 "
              + s.start()
              + " 没有近亲属护理月护理费的标准（《工伤保险条例》第三十三条第三款只规定由所在单位负责护理）；请删除 relativesCareMonths，将护理费作为实际费用（SUSPENSION_PERIOD_CARE）填写",
          "the region ("
              + ctx.region()
              + ") sets no monthly fee for care by near relatives on "
              + s.start()
              + " (the Regulation's art. 33 ¶3 only makes the employer responsible for the care);"
              + " remove relativesCareMonths and give the care as an actual cost"
              + " (SUSPENSION_PERIOD_CARE)");
    }
    ResolvedParameter<BigDecimal> percent = rule.get();
    Region province = Regions.bundled().province(ctx.region()).orElse(ctx.region());
    int year = s.start().getYear() - 1;
    ResolvedParameter<Money> average =
        ctx.figures().yearFigure(WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE, province, year);
    Formula formula =
        Formula.of(
            Expr.times(
                Expr.number(s.relativesCareMonths()),
                Expr.percent(percent.value()),
                Expr.money(average.value())));
    Regime regime = ctx.regime(s.start());
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.SUSPENSION, 3)));
    cites.addAll(percent.citations());
    return List.of(
        Draft.oneTime(
            BenefitItem.SUSPENSION_PERIOD_CARE,
            formula.result(),
            Party.EMPLOYER,
            s.start(),
            formula,
            "停工留薪期内近亲属同意护理 "
                + plain(s.relativesCareMonths())
                + " 个月，月护理费按不低于上年度（"
                + year
                + "年）全省职工月平均工资的"
                + plain(percent.value())
                + "%计算，由用人单位支付（所列为下限）",
            List.of(
                ParameterUse.of(percent, plain(percent.value()) + "%"),
                ParameterUse.of(average, average.value().toString())),
            cites,
            null));
  }
}
