package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 安家补助费 where a province grants one (广东省工伤保险条例 (2019) art. 29: “一级至四级伤残职工户籍从单位所在地迁回原籍的……
 * 用人单位应当按照全省上年度职工月平均工资为基数发给六个月的安家补助费”), read from {@link WorkInjuryKeys#RESETTLEMENT_GRANT_MONTHS}:
 * those months × the 全省 monthly average of the year before the move ({@code relocation.date}), paid
 * by the employer. The travel, lodging, removal and food costs the article has reimbursed at the
 * business-trip standard are actual costs, given as expenses. A move stated for a worker not graded
 * 1–4, or where no region sets the grant, is refused at the field.
 */
public final class ResettlementGrant implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.facts().relocation() == null) {
      return List.of();
    }
    LocalDate moved = ctx.facts().relocation().date();
    if (ctx.grade() == null || GradeBand.of(ctx.grade().finalGrade()) != GradeBand.ONE_TO_FOUR) {
      throw InvalidInputException.of(
          "relocation.date",
          "NOT_APPLICABLE",
          "户籍迁回原籍的安家补助费只适用于一级至四级伤残职工（广东省工伤保险条例第二十九条）",
          "the resettlement grant on moving the household registration back is for workers of"
              + " grades 1 to 4 only (Guangdong art. 29)");
    }
    Optional<ResolvedParameter<BigDecimal>> rule =
        ctx.figures()
            .find(WorkInjuryKeys.RESETTLEMENT_GRANT_MONTHS, ctx.region(), ctx.regimeDate(moved));
    if (rule.isEmpty()) {
      throw InvalidInputException.of(
          "relocation.date",
          "NO_RULE",
          "本地区（" + ctx.region() + "）在 " + moved + " 没有户籍迁回原籍的安家补助费规定；请删除 relocation",
          "the region ("
              + ctx.region()
              + ") grants no resettlement grant for a move of the household registration on "
              + moved
              + "; remove relocation");
    }
    ResolvedParameter<BigDecimal> months = rule.get();
    Region province = Regions.bundled().province(ctx.region()).orElse(ctx.region());
    int year = moved.getYear() - 1;
    ResolvedParameter<Money> average =
        ctx.figures().yearFigure(WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE, province, year);
    Formula formula =
        Formula.of(Expr.times(Expr.number(months.value()), Expr.money(average.value())));
    return List.of(
        Draft.oneTime(
            BenefitItem.RESETTLEMENT_GRANT,
            formula.result(),
            Party.EMPLOYER,
            moved,
            formula,
            "一级至四级伤残职工户籍于 "
                + moved
                + " 迁回原籍，由用人单位按全省上年度（"
                + year
                + "年）职工月平均工资为基数发给"
                + plain(months.value())
                + "个月的安家补助费",
            List.of(
                ParameterUse.of(months, plain(months.value())),
                ParameterUse.of(average, average.value().toString())),
            months.citations(),
            null));
  }
}
