package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;

import java.time.LocalDate;
import java.util.Comparator;
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
import org.laborcalc.time.DateRange;

/**
 * 住院伙食补助费, art. 30 ¶4: “职工住院治疗工伤的伙食补助费……从工伤保险基金支付，基金支付的具体标准由统筹地区人民政府规定” (the 2003 text, art. 29 ¶4,
 * put it on the employer). The daily standard is a parameter of the 统筹地区.
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
    ResolvedParameter<Money> daily =
        ctx.figures().use(WorkInjuryKeys.HOSPITAL_FOOD_DAILY, ctx.region(), first);
    long days = stays.stream().mapToLong(DateRange::lengthInDays).sum();
    Formula formula = Formula.of(Expr.times(Expr.number(days), Expr.money(daily.value())));
    Money amount = formula.result();
    return List.of(
        Draft.oneTime(
            BenefitItem.HOSPITAL_FOOD_SUBSIDY,
            amount,
            regime == Regime.REGULATION_2010 ? Party.FUND : Party.EMPLOYER,
            first,
            formula,
            "住院" + days + "天，按统筹地区人民政府规定的标准（每日 " + g(daily.value()) + "）支付住院伙食补助费",
            List.of(ParameterUse.of(daily, daily.value().toString())),
            List.of(regime.cite(Provision.MEDICAL_TREATMENT, 4)),
            null));
  }
}
