package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Circumstance;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 一次性工亡补助金, art. 39 ¶1 (三): “一次性工亡补助金标准为上一年度全国城镇居民人均可支配收入的20倍” (上一年度: the year before the injury,
 * 人社部令第13号 art. 11); under the 2003 text (art. 37 ¶1 (三)) a number of months of the 统筹地区 average
 * wage set by the region. The named exception of art. 39 ¶3: “一级至四级伤残职工在停工留薪期满后死亡的，
 * 其近亲属可以享受本条第一款第(一)项、第(二)项规定的待遇” — no death subsidy.
 */
public final class DeathSubsidy implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.facts().death() == null) {
      return List.of();
    }
    if (ctx.missingWorker()) {
      MissingWorkerWages.requireText(ctx);
      if (ctx.deathBenefitsFrom().isEmpty()) {
        return List.of(); // only missing: the advance is MissingWorkerAdvance's
      }
      // Declared dead: art. 39 in full, from the declaration (art. 41, last sentence).
      if (ctx.facts().death().missing().hardship()) {
        ctx.warn(
            NoticeCode.MISSING_WORKER,
            "职工被人民法院宣告死亡，按第三十九条处理；此前已预支的一次性工亡补助金应从本项中扣减（第四十一条）",
            "the worker was declared dead: art. 39 applies; any advance already drawn on the"
                + " one-time death subsidy is to be deducted from it (art. 41)");
      }
      return apply(ctx, ctx.deathBenefitsFrom().get()).stream()
          .map(d -> d.citing(ctx.missingWorkerCitations()))
          .toList();
    }
    return apply(ctx, ctx.facts().death().date());
  }

  private static List<Draft> apply(CaseContext ctx, LocalDate death) {
    Regime regime = ctx.regime(death);
    int article = regime.articleOf(Provision.DEATH);
    if (ctx.grade() != null
        && GradeBand.of(ctx.grade().finalGrade()) == GradeBand.ONE_TO_FOUR
        && death.isAfter(suspensionOver(ctx))) {
      ctx.warn(
          NoticeCode.NO_DEATH_SUBSIDY_AFTER_SUSPENSION,
          "一级至四级伤残职工在停工留薪期满后死亡的，其近亲属享受丧葬补助金和供养亲属抚恤金，不享受一次性工亡补助金（第" + article + "条第三款）",
          "a worker of grade 1 to 4 who dies after the paid suspension period: the funeral grant and"
              + " dependants' pensions only, no one-time death subsidy (art. "
              + article
              + " ¶3)");
      return List.of();
    }
    return List.of(
        regime == Regime.REGULATION_2010
            ? onNationalIncome(ctx, death)
            : onRegionalWage(ctx, death));
  }

  /**
   * The last day of the paid suspension: its stated end, or the appraisal, whichever comes first —
   * the original pay stops when the grade is assessed (art. 33 ¶2), so a grade 1–4 worker who dies
   * after the appraisal died after the suspension whether or not the case states one.
   */
  private static LocalDate suspensionOver(CaseContext ctx) {
    LocalDate appraised = ctx.facts().appraisal().date();
    if (ctx.facts().suspension() == null) {
      return appraised;
    }
    LocalDate end = ctx.facts().suspension().lastDay();
    return end.isBefore(appraised) ? end : appraised;
  }

  /** The 2010 text: 20 × the national urban disposable income of the year before the injury. */
  static Draft onNationalIncome(CaseContext ctx, LocalDate death) {
    Regime regime = Regime.REGULATION_2010;
    LocalDate injury = ctx.facts().injury().date();
    ResolvedParameter<BigDecimal> multiplier =
        ctx.figures()
            .use(
                WorkInjuryKeys.DEATH_SUBSIDY_INCOME_MULTIPLIER,
                Regions.bundled().national(),
                ctx.regimeDate(death));
    ResolvedParameter<Money> income =
        ctx.figures()
            .yearFigure(
                WorkInjuryKeys.NATIONAL_URBAN_DISPOSABLE_INCOME,
                Regions.bundled().national(),
                injury.getYear() - 1);
    Formula formula =
        Formula.of(Expr.times(Expr.number(multiplier.value()), Expr.money(income.value())));
    Money amount = formula.result();
    return Draft.oneTime(
        BenefitItem.ONE_TIME_DEATH_SUBSIDY,
        amount,
        Party.FUND,
        death,
        formula,
        "一次性工亡补助金为工伤发生时上一年度（"
            + (injury.getYear() - 1)
            + "年度）全国城镇居民人均可支配收入的"
            + plain(multiplier.value())
            + "倍",
        List.of(
            ParameterUse.of(multiplier, plain(multiplier.value())),
            ParameterUse.of(income, income.value().toString())),
        List.of(
            regime.cite(Provision.DEATH, 1, 3), Citation.of(Instruments.get("rsb-ling-13"), 11)),
        null);
  }

  /**
   * The 2003 text: months of the 统筹地区 average wage, set by the region within the range the article
   * gives (48 to 60). The local months are those in force on the day whose text governs the case
   * ({@link CaseContext#regimeDate}: the injury under the default option), not on the death date —
   * a 2009 injury whose worker dies in 2012 is still under the 2003 text and its local months
   * (issue 22 §7). A local figure outside the range is refused, located at the figure.
   */
  private static Draft onRegionalWage(CaseContext ctx, LocalDate death) {
    Regime regime = Regime.REGULATION_2003;
    LocalDate governing = ctx.regimeDate(death);
    // A region's own months for a death in rescue and disaster relief or an act of bravery (Henan
    // art. 29 ¶1: 60), where it has them and the case says so; else the months of every death.
    Circumstance how = ctx.facts().death().circumstance();
    Optional<ResolvedParameter<BigDecimal>> special =
        how == Circumstance.RESCUE_OR_DISASTER_RELIEF || how == Circumstance.RIGHTEOUS_ACT
            ? ctx.figures()
                .find(WorkInjuryKeys.DEATH_SUBSIDY_REGIONAL_MONTHS_RESCUE, ctx.region(), governing)
            : Optional.empty();
    ResolvedParameter<BigDecimal> months =
        special.isPresent()
            ? special.get()
            : ctx.figures()
                .use(WorkInjuryKeys.DEATH_SUBSIDY_REGIONAL_MONTHS, ctx.region(), governing);
    ResolvedParameter<Table> range =
        ctx.figures()
            .use(
                WorkInjuryKeys.DEATH_SUBSIDY_REGIONAL_MONTHS_RANGE,
                Regions.bundled().national(),
                governing);
    BigDecimal min = range.value().get("min");
    BigDecimal max = range.value().get("max");
    if (months.value().compareTo(min) < 0 || months.value().compareTo(max) > 0) {
      // Located at the parameters, as every figure is (WorkInjuryCalculator.validate).
      String figure = months.key().name() + "@" + months.entry().region().code();
      throw InvalidInputException.of(
          "parameters",
          "OUT_OF_RANGE",
          "一次性工亡补助金月数 "
              + figure
              + "（"
              + plain(months.value())
              + "，"
              + months.packId()
              + "）不在2004年条例第三十七条第一款第（三）项规定的"
              + plain(min)
              + "至"
              + plain(max)
              + "个月之内",
          "the death subsidy's months "
              + figure
              + " ("
              + plain(months.value())
              + ", "
              + months.packId()
              + ") are outside the "
              + plain(min)
              + " to "
              + plain(max)
              + " months of art. 37 ¶1 (三) of the 2003 Regulation");
    }
    ResolvedParameter<Money> average =
        ctx.figures()
            .yearFigure(
                WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.region(), death.getYear() - 1);
    Formula formula =
        Formula.of(Expr.times(Expr.number(months.value()), Expr.money(average.value())));
    Money amount = formula.result();
    return Draft.oneTime(
        BenefitItem.ONE_TIME_DEATH_SUBSIDY,
        amount,
        Party.FUND,
        death,
        formula,
        "一次性工亡补助金为"
            + plain(months.value())
            + "个月的统筹地区上年度职工月平均工资（2004年条例，月数由统筹地区规定"
            + (special.isPresent()
                ? (how == Circumstance.RIGHTEOUS_ACT ? "；见义勇为工亡" : "；抢险救灾工亡") + "，按当地规定的月数"
                : "")
            + "）",
        List.of(
            ParameterUse.of(months, plain(months.value())),
            ParameterUse.of(range, plain(min) + "–" + plain(max)),
            ParameterUse.of(average, average.value().toString())),
        Stream.concat(Stream.of(regime.cite(Provision.DEATH, 1, 3)), localCitations(months))
            .toList(),
        null);
  }

  /** The region's own article setting the months (Henan art. 29 ¶1), beside the Regulation's. */
  private static Stream<Citation> localCitations(ResolvedParameter<BigDecimal> months) {
    if (months.verification() == Verification.USER_SUPPLIED) {
      return Stream.of(); // the caller's figure is shown with its source, not cited as law
    }
    return months.citations().stream()
        .filter(c -> !c.instrument().equals(Regime.REGULATION_2003.instrument()));
  }
}
