package org.laborcalc.illegal.internal;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.illegal.IllegalEmploymentKeys;
import org.laborcalc.illegal.IllegalEmploymentLine;
import org.laborcalc.illegal.IllegalItem;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;

/** Death, art. 6: “按照上一年度全国城镇居民人均可支配收入的20倍支付一次性赔偿金，并按照上一年度全国城镇居民人均可支配收入的10倍一次性支付丧葬补助等其他赔偿金”. */
public final class DeathCompensation {
  private DeathCompensation() {}

  public static List<IllegalEmploymentLine> apply(Context ctx) {
    if (ctx.facts().deathDate() == null) {
      return List.of();
    }
    int year = BaseYears.death(ctx) - 1;
    ResolvedParameter<Money> income =
        ctx.year(
            WorkInjuryKeys.NATIONAL_URBAN_DISPOSABLE_INCOME, Regions.bundled().national(), year);
    return List.of(
        line(
            ctx,
            IllegalItem.DEATH_COMPENSATION,
            IllegalEmploymentKeys.DEATH_INCOME_MULTIPLE,
            income,
            year),
        line(
            ctx,
            IllegalItem.FUNERAL_AND_OTHER_COMPENSATION,
            IllegalEmploymentKeys.FUNERAL_MULTIPLE,
            income,
            year));
  }

  private static IllegalEmploymentLine line(
      Context ctx,
      IllegalItem item,
      org.laborcalc.parameters.ParameterKey<BigDecimal> key,
      ResolvedParameter<Money> income,
      int year) {
    ResolvedParameter<BigDecimal> multiple =
        ctx.use(key, Regions.bundled().national(), ctx.facts().deathDate());
    Formula formula =
        Formula.of(Expr.times(Expr.number(multiple.value()), Expr.money(income.value())));
    String times = multiple.value().stripTrailingZeros().toPlainString();
    return new IllegalEmploymentLine(
        item,
        formula.result(),
        Context.unitPays(),
        formula,
        item.nameZh() + "为上一年度（" + year + "年度）全国城镇居民人均可支配收入的" + times + "倍",
        List.of(
            ParameterUse.of(multiple, times), ParameterUse.of(income, income.value().toString())),
        List.of(Context.cite(6), Context.cite(2, 2)),
        null);
  }
}
