package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 一次性伤残补助金, arts. 35–37 ¶1 (一) (2003 arts. 33–35): “从工伤保险基金按伤残等级支付一次性伤残补助金，标准为：
 * 一级伤残为27个月的本人工资……十级伤残为7个月的本人工资”. The months per grade are a parameter.
 */
public final class DisabilitySubsidy implements BenefitRule {
  @Override
  public boolean onOwnWage() {
    return true;
  }

  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.grade() == null) {
      return List.of();
    }
    LocalDate arises = ctx.facts().appraisal().date();
    Regime regime = ctx.regime(arises);
    DisabilityGrade grade = ctx.grade().finalGrade();
    int g = grade.number();
    ResolvedParameter<Table> months =
        ctx.figures()
            .use(WorkInjuryKeys.DISABILITY_SUBSIDY_MONTHS, ctx.region(), ctx.regimeDate(arises));
    BigDecimal m = months.value().get(g);
    Money own = ctx.ownWage();
    Formula formula = Formula.of(Expr.times(Expr.number(m), Expr.money(own)));
    Money amount = formula.result();
    return List.of(
        Draft.oneTime(
            BenefitItem.ONE_TIME_DISABILITY_SUBSIDY,
            amount,
            Party.FUND,
            arises,
            formula,
            grade.nameZh() + "伤残，一次性伤残补助金为" + plain(m) + "个月的本人工资",
            List.of(ParameterUse.of(months, g + "级: " + plain(m))),
            List.of(regime.cite(Regime.provisionOf(grade), 1, 1)),
            null));
  }
}
