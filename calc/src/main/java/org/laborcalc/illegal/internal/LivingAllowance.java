package org.laborcalc.illegal.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.illegal.IllegalEmploymentLine;
import org.laborcalc.illegal.IllegalItem;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * 治疗期间的生活费, art. 4: “在劳动能力鉴定之前进行治疗期间的生活费按照统筹地区上年度职工月平均工资标准确定……并全部由……所在单位支付”: whole months of the
 * treatment period at the monthly average, the part month as its days over the length of the
 * calendar month it falls in.
 */
public final class LivingAllowance {
  private LivingAllowance() {}

  public static List<IllegalEmploymentLine> apply(Context ctx) {
    DateRange treatment = ctx.facts().treatment();
    if (treatment == null) {
      return List.of();
    }
    int year = BaseYears.disability(ctx) - 1;
    ResolvedParameter<Money> average =
        ctx.year(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.facts().region(), year);
    LocalDate start = treatment.start();
    LocalDate end = treatment.endExclusive().orElseThrow();
    MonthsAndDays length = MonthsAndDays.between(start, end, MonthEndPolicy.CLAMP_TO_MONTH_END);
    Money monthly = average.value();
    List<Expr> terms = new ArrayList<>(2);
    if (length.months() > 0 || length.days() == 0) {
      terms.add(Expr.times(Expr.number(length.months()), Expr.money(monthly)));
    }
    if (length.days() > 0) {
      LocalDate partStart = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, length.months());
      int monthDays = YearMonth.from(partStart).lengthOfMonth();
      terms.add(
          Expr.times(Expr.money(monthly), Expr.number(length.days()))
              .dividedBy(Expr.number(monthDays)));
    }
    Formula formula = Formula.of(terms.size() == 1 ? terms.get(0) : Expr.sum(terms));
    return List.of(
        new IllegalEmploymentLine(
            IllegalItem.LIVING_ALLOWANCE,
            formula.result(),
            Context.unitPays(),
            formula,
            "劳动能力鉴定前治疗期间 "
                + start
                + " 至 "
                + treatment.endInclusive().orElseThrow()
                + "（"
                + length.toChinese()
                + "），生活费按统筹地区上年度（"
                + year
                + "年度）职工月平均工资标准确定",
            List.of(ParameterUse.of(average, monthly.toString())),
            List.of(Context.cite(4), Context.cite(2, 2)),
            null));
  }
}
