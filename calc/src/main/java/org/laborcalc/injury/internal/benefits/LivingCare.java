package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions.MajorSelfCare;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.internal.ReferenceAverages;
import org.laborcalc.injury.rules.LivingCareScale;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * 生活护理费, art. 34 (2003 art. 32): “从工伤保险基金按月支付生活护理费。生活护理费按照生活完全不能自理、生活大部分不能自理或者生活部分不能自理3个不同等级支付，
 * 其标准分别为统筹地区上年度职工月平均工资的50%、40%或者30%。” The percentages are a parameter; a province whose pack gives
 * its own scale ({@link LivingCareScale}: levels by the count of activities needing care and the
 * average they are a share of) is paid by that scale instead (Guangdong arts. 17 ¶3, 26 ¶2:
 * 60/50/40/30% of the 全省 average, or the city's where higher under art. 64 ¶2).
 */
public final class LivingCare implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (ctx.grade() == null) {
      return List.of();
    }
    // A province's first month (Henan art. 30 ¶1): data, read here.
    return LateFilingSplit.apply(
        ctx, MonthlyStart.apply(ctx, compute(ctx), ctx.facts().appraisal().date(), "劳动能力鉴定结论作出"));
  }

  private List<Draft> compute(CaseContext ctx) {
    Appraisal appraisal = ctx.facts().appraisal();
    SelfCareLevel level = appraisal.selfCare();
    if (level == null) {
      level = SelfCareLevel.fromActivitiesNeedingCare(appraisal.activitiesNeedingCare());
    }
    SelfCareConsistency.check(ctx.grade().finalGrade(), level)
        .ifPresent(w -> ctx.passOn(w.code(), w.messageZh(), w.messageEn()));
    if (level == SelfCareLevel.NONE) {
      return List.of();
    }
    LocalDate start = appraisal.date();
    Regime regime = ctx.regime(start);
    // A province's own scale replaces art. 34 ¶2 where its pack has one (Guangdong arts. 17, 26).
    Optional<ResolvedParameter<LivingCareScale>> scale =
        ctx.figures().find(WorkInjuryKeys.LIVING_CARE_SCALE, ctx.region(), ctx.regimeDate(start));
    if (scale.isPresent()) {
      return provincial(ctx, appraisal, level, start, regime, scale.get());
    }
    ResolvedParameter<Table> pct =
        ctx.figures().use(WorkInjuryKeys.LIVING_CARE_PERCENT, ctx.region(), ctx.regimeDate(start));
    ResolvedParameter<Money> average =
        ctx.figures()
            .yearFigure(
                WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, ctx.region(), start.getYear() - 1);
    BigDecimal p = pct.value().get(level.name());
    Formula formula = Formula.of(Expr.times(Expr.percent(p), Expr.money(average.value())));
    Money monthly = formula.result();
    Optional<CaseContext.MonthlyStop> ends = ctx.ownBenefitStop(start, null);
    if (ends.isEmpty()) {
      return List.of(); // the worker died before it became due
    }
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.LIVING_CARE, 2)));
    String stops = "";
    if (ends.get().byDeath()) {
      cites.add(regime.cite(Provision.BENEFITS_STOP, 1, 1));
      stops = "；职工于 " + ctx.facts().death().date() + " 死亡，生活护理费支付至当日";
    }
    return List.of(
        Draft.monthly(
            BenefitItem.LIVING_CARE_ALLOWANCE,
            monthly,
            start,
            ends.get().day(),
            Party.FUND,
            formula,
            level.nameZh()
                + "，生活护理费为统筹地区上年度（"
                + (start.getYear() - 1)
                + "年度）职工月平均工资的"
                + plain(p)
                + "%，按月支付"
                + stops,
            List.of(
                ParameterUse.of(pct, level.name() + ": " + plain(p) + "%"),
                ParameterUse.of(average, average.value().toString())),
            cites,
            null));
  }

  /**
   * The province's scale: the level by the count of activities needing care (listed in the case, or
   * read from the national level where that maps onto one level, else by the named option {@link
   * MajorSelfCare}), its percent of the average the scale names.
   */
  private static List<Draft> provincial(
      CaseContext ctx,
      Appraisal appraisal,
      SelfCareLevel level,
      LocalDate start,
      Regime regime,
      ResolvedParameter<LivingCareScale> scale) {
    LivingCareScale rule = scale.value();
    String how;
    int count;
    if (!appraisal.activitiesNeedingCare().isEmpty()) {
      count = appraisal.activitiesNeedingCare().size();
      how = "需要护理的生活自理项目" + count + "项";
    } else {
      List<Integer> counts = COUNTS.get(level);
      Set<LivingCareScale.Level> candidates = new LinkedHashSet<>();
      counts.forEach(n -> rule.levelFor(n).ifPresent(candidates::add));
      if (candidates.size() == 1) {
        count = counts.get(0);
        how = level.nameZh();
      } else {
        MajorSelfCare reading = ctx.options().majorSelfCare();
        if (reading == MajorSelfCare.REQUIRE_ACTIVITIES) {
          throw InvalidInputException.of(
              "appraisal.activitiesNeedingCare",
              "REQUIRED",
              level.nameZh()
                  + "涵盖三项或四项需要护理的生活自理项目，"
                  + scale.entry().region().fullName()
                  + "按项目数分级（"
                  + cited(scale.citations(), true)
                  + "）：须列明需要护理的项目，或选择选项 majorSelfCare（FOUR_ACTIVITIES 或 THREE_ACTIVITIES）",
              "a major self-care impairment covers three or four activities needing care, and "
                  + scale.entry().region().fullName()
                  + " pays by the count ("
                  + cited(scale.citations(), false)
                  + "): list the activities needing care, or choose the option majorSelfCare"
                  + " (FOUR_ACTIVITIES or THREE_ACTIVITIES)");
        }
        count = reading == MajorSelfCare.FOUR_ACTIVITIES ? 4 : 3;
        how =
            level.nameZh()
                + "，按选项 majorSelfCare = "
                + reading.name()
                + " 视为需要护理的项目"
                + count
                + "项（解释性选择）";
      }
    }
    LivingCareScale.Level grade =
        rule.levelFor(count).orElseThrow(() -> new AssertionError("a scale covers 1 to 5"));
    int year = start.getYear() - 1;
    ReferenceAverages.Average average =
        ReferenceAverages.of(ctx.figures(), ctx.region(), year, rule.average());
    Formula formula = Formula.of(Expr.times(Expr.percent(grade.percent()), average.figure()));
    Optional<CaseContext.MonthlyStop> ends = ctx.ownBenefitStop(start, null);
    if (ends.isEmpty()) {
      return List.of(); // the worker died before it became due
    }
    // The fund pays monthly (art. 34 ¶1); the province's articles set the level and the standard.
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.LIVING_CARE, 1)));
    cites.addAll(scale.citations());
    cites.addAll(average.citations());
    String stops = "";
    if (ends.get().byDeath()) {
      cites.add(regime.cite(Provision.BENEFITS_STOP, 1, 1));
      stops = "；职工于 " + ctx.facts().death().date() + " 死亡，生活护理费支付至当日";
    }
    List<ParameterUse> used = new ArrayList<>();
    used.add(ParameterUse.of(scale, grade.nameZh() + ": " + plain(grade.percent()) + "%"));
    used.addAll(average.uses());
    return List.of(
        Draft.monthly(
            BenefitItem.LIVING_CARE_ALLOWANCE,
            formula.result(),
            start,
            ends.get().day(),
            Party.FUND,
            formula,
            how
                + "，为"
                + grade.nameZh()
                + "，生活护理费为"
                + average.nameZh()
                + "的"
                + plain(grade.percent())
                + "%，按月支付"
                + stops,
            used,
            cites,
            null));
  }

  private static String cited(List<Citation> cites, boolean zh) {
    return String.join(
        zh ? "、" : "; ", cites.stream().map(c -> zh ? c.toChinese() : c.toString()).toList());
  }

  /**
   * The counts of activities needing care each national level covers (GB/T 16180-2014 as quoted by
   * secondary pages, the reading {@link SelfCareLevel#fromActivitiesNeedingCare} applies).
   */
  private static final Map<SelfCareLevel, List<Integer>> COUNTS =
      Map.of(
          SelfCareLevel.FULL, List.of(5),
          SelfCareLevel.MAJOR, List.of(4, 3),
          SelfCareLevel.PARTIAL, List.of(2, 1));
}
