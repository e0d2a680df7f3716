package org.laborcalc.illegal.internal;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.illegal.IllegalEmploymentKeys;
import org.laborcalc.illegal.IllegalEmploymentLine;
import org.laborcalc.illegal.IllegalItem;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;

/**
 * 一次性赔偿金, art. 5: “一级伤残的为赔偿基数的16倍……十级伤残的为赔偿基数的1倍。前款所称赔偿基数，是指单位所在工伤保险统筹地区上年度职工年平均工资” — the published
 * annual average, never twelve monthly ones. Not due when the worker died: art. 6 then applies.
 */
public final class DisabilityCompensation {
  private DisabilityCompensation() {}

  public static List<IllegalEmploymentLine> apply(Context ctx) {
    if (ctx.facts().appraisal() == null || ctx.facts().deathDate() != null) {
      return List.of();
    }
    DisabilityGrade grade = ctx.facts().appraisal().grade();
    int year = BaseYears.disability(ctx) - 1;
    ResolvedParameter<Table> multiples =
        ctx.use(
            IllegalEmploymentKeys.DISABILITY_MULTIPLES,
            ctx.facts().region(),
            ctx.facts().appraisal().date());
    ResolvedParameter<Money> base =
        ctx.year(IllegalEmploymentKeys.REGIONAL_AVERAGE_ANNUAL_WAGE, ctx.facts().region(), year);
    BigDecimal multiple = multiples.value().get(grade.number());
    Formula formula = Formula.of(Expr.times(Expr.number(multiple), Expr.money(base.value())));
    String times = multiple.stripTrailingZeros().toPlainString();
    return List.of(
        new IllegalEmploymentLine(
            IllegalItem.DISABILITY_COMPENSATION,
            formula.result(),
            Context.unitPays(),
            formula,
            grade.nameZh() + "伤残，一次性赔偿金为赔偿基数（统筹地区上年度即" + year + "年度职工年平均工资）的" + times + "倍",
            List.of(
                ParameterUse.of(multiples, grade.number() + "级: " + times),
                ParameterUse.of(base, base.value().toString())),
            List.of(Context.cite(5, 1), Context.cite(5, 2), Context.cite(2, 2)),
            null));
  }
}
