package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.internal.Figures;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.time.DateRange;

/**
 * 住院伙食补助费, art. 30 ¶4: “职工住院治疗工伤的伙食补助费……从工伤保险基金支付，基金支付的具体标准由统筹地区人民政府规定” (the 2003 text, art. 29 ¶4,
 * put it on the employer). The daily standard is a parameter of the 统筹地区, or a province's own rule
 * replaces it: Zhejiang art. 24 “按照当地最低工资百分之三十五的标准，根据住院期间的实际天数计算确定”, read with the number of days
 * the caller states a month's minimum wage is divided by (the text gives none).
 */
public final class HospitalFood implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    List<DateRange> stays = ctx.facts().hospitalStays();
    if (stays.isEmpty()) {
      return List.of();
    }
    LocalDate first = stays.stream().map(DateRange::start).min(Comparator.naturalOrder()).get();
    Regime regime = ctx.regime(first);
    long days = stays.stream().mapToLong(DateRange::lengthInDays).sum();
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.MEDICAL_TREATMENT, 4)));
    Optional<ResolvedParameter<BigDecimal>> ofMinimum =
        ctx.figures().find(WorkInjuryKeys.HOSPITAL_FOOD_MINIMUM_WAGE_PERCENT, ctx.region(), first);
    Formula formula;
    String how;
    List<ParameterUse> used;
    if (ofMinimum.isPresent()) {
      // A province's own standard (Zhejiang art. 24): a percentage of the local minimum wage, by
      // the actual days in hospital; the text does not say how a month's wage becomes a day's.
      BigDecimal percent = ofMinimum.get().value();
      // Looked up together, so that both are listed at once when missing.
      Figures.Batch batch = new Figures.Batch();
      ResolvedParameter<Money> minimum =
          batch.get(
              () -> ctx.figures().use(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, ctx.region(), first));
      ResolvedParameter<BigDecimal> divisor =
          batch.get(
              () ->
                  ctx.figures()
                      .use(
                          WorkInjuryKeys.HOSPITAL_FOOD_MINIMUM_WAGE_DAY_DIVISOR,
                          ctx.region(),
                          first));
      batch.check();
      formula =
          Formula.of(
              Expr.times(Expr.number(days), Expr.percent(percent), Expr.money(minimum.value()))
                  .dividedBy(Expr.number(divisor.value())));
      how =
          "住院"
              + days
              + "天，按当地最低工资标准（每月 "
              + g(minimum.value())
              + "）的"
              + plain(percent)
              + "%、每月按"
              + plain(divisor.value())
              + "天折算日标准，支付住院伙食补助费";
      used =
          List.of(
              ParameterUse.of(ofMinimum.get(), plain(percent) + "%"),
              ParameterUse.of(minimum, minimum.value().toString()),
              ParameterUse.of(divisor, plain(divisor.value())));
      cites.addAll(ofMinimum.get().citations());
    } else {
      ResolvedParameter<Money> daily =
          ctx.figures().use(WorkInjuryKeys.HOSPITAL_FOOD_DAILY, ctx.region(), first);
      formula = Formula.of(Expr.times(Expr.number(days), Expr.money(daily.value())));
      how = "住院" + days + "天，按统筹地区人民政府规定的标准（每日 " + g(daily.value()) + "）支付住院伙食补助费";
      used = List.of(ParameterUse.of(daily, daily.value().toString()));
    }
    return List.of(
        Draft.oneTime(
            BenefitItem.HOSPITAL_FOOD_SUBSIDY,
            formula.result(),
            regime == Regime.REGULATION_2010 ? Party.FUND : Party.EMPLOYER,
            first,
            formula,
            how,
            used,
            cites,
            null));
  }
}
