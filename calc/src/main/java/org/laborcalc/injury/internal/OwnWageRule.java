package org.laborcalc.injury.internal;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.rules.ReferenceAverage;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.wage.ClampBounds;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.StatutoryFigures;
import org.laborcalc.wage.WageDetermination;

/**
 * 《工伤保险条例》 art. 64 ¶2 (2003 art. 61): “本人工资是指工伤职工因工作遭受事故伤害或者患职业病前12个月平均月缴费工资。
 * 本人工资高于统筹地区职工平均工资300%的，按照统筹地区职工平均工资的300%计算；本人工资低于统筹地区职工平均工资60%的， 按照统筹地区职工平均工资的60%计算。”
 *
 * <p>Needs the regional average monthly wage of the year before the injury, the floor and cap
 * percentages and the pay days per month (for the daily wage); the wage is the one stated in the
 * case or the one found from its evidence.
 */
final class OwnWageRule {
  /** The finding and the statutory figures it rests on (the declared base is clamped on them). */
  record Finding(OwnWage wage, StatutoryFigures figures) {}

  private OwnWageRule() {}

  static Finding find(WorkInjuryCase c, Regime injuryRegime, Figures figures, Notices notices) {
    LocalDate injury = c.injury().date();
    LocalDate regimeDate = injury;
    // A province may clamp on another average than the 统筹地区's (Guangdong art. 64): data, read here.
    Optional<ResolvedParameter<ReferenceAverage>> reference =
        figures.find(WorkInjuryKeys.OWN_WAGE_REFERENCE_AVERAGE, c.region(), regimeDate);
    // Looked up together, so that every one missing is listed at once.
    Figures.Batch batch = new Figures.Batch();
    ResolvedParameter<Money> average =
        reference.isPresent()
            ? null
            : batch.get(
                () ->
                    figures.yearFigure(
                        WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
                        c.region(),
                        injury.getYear() - 1));
    ReferenceAverages.Average named =
        reference
            .map(
                r ->
                    batch.attempt(
                        () ->
                            ReferenceAverages.of(
                                figures, c.region(), injury.getYear() - 1, r.value())))
            .orElse(null);
    ResolvedParameter<BigDecimal> floor =
        batch.get(() -> figures.use(WorkInjuryKeys.OWN_WAGE_FLOOR_PERCENT, c.region(), regimeDate));
    ResolvedParameter<BigDecimal> cap =
        batch.get(() -> figures.use(WorkInjuryKeys.OWN_WAGE_CAP_PERCENT, c.region(), regimeDate));
    ResolvedParameter<BigDecimal> payDays =
        batch.get(() -> figures.use(WorkInjuryKeys.PAY_DAYS_PER_MONTH, c.region(), injury));
    batch.check();
    Money averageValue = named != null ? named.value() : average.value();
    StatutoryFigures statutory =
        new StatutoryFigures(
            named != null
                ? sourced(reference.get(), named, averageValue)
                : sourced(average, averageValue.amount()),
            sourced(floor, floor.value()),
            sourced(cap, cap.value()),
            sourced(payDays, payDays.value()));
    WageFacts facts = c.wage();
    WageDetermination determination = null;
    ClampResult clamp;
    if (facts.monthlyWage() != null) {
      clamp = ClampBounds.of(statutory).apply(facts.monthlyWage());
    } else {
      determination = OwnWageBase.determine(c.wageCase(), statutory);
      clamp = determination.clamp();
      determination.warnings().forEach(w -> notices.warn(w.code(), w.messageZh(), w.messageEn()));
    }
    Money own = clamp.result();
    Money original =
        facts.originalWage() != null
            ? facts.originalWage()
            : determination != null ? determination.originalWage() : clamp.value();
    // The articles, each once; a caller's figure is listed with the parameters, not as law.
    Map<String, Citation> cites = new LinkedHashMap<>();
    Citation art64 =
        injuryRegime == Regime.REGULATION_2010
            ? injuryRegime.cite(Provision.OWN_WAGE, 2)
            : injuryRegime.cite(Provision.OWN_WAGE);
    cites.put(art64.toChinese(), art64);
    if (named != null) {
      for (Citation ci : reference.get().citations()) {
        cites.putIfAbsent(ci.toChinese(), ci);
      }
      for (Citation ci : named.citations()) {
        cites.putIfAbsent(ci.toChinese(), ci);
      }
    }
    if (determination != null) {
      for (Citation ci : determination.citations()) {
        if (ci.instrument().verification() != Verification.USER_SUPPLIED) {
          cites.putIfAbsent(ci.toChinese(), ci);
        }
      }
    }
    List<ParameterUse> uses = new ArrayList<>();
    if (named != null) {
      uses.add(ParameterUse.of(reference.get(), named.nameZh()));
      uses.addAll(named.uses());
    } else {
      uses.add(ParameterUse.of(average, average.value().toString()));
    }
    uses.add(ParameterUse.of(floor, plain(floor.value())));
    uses.add(ParameterUse.of(cap, plain(cap.value())));
    uses.add(ParameterUse.of(payDays, plain(payDays.value())));
    OwnWage wage =
        new OwnWage(
            clamp.value(),
            averageValue,
            clamp.lower(),
            clamp.upper(),
            own,
            clamp.direction(),
            original,
            formula(
                clamp,
                floor.value(),
                cap.value(),
                averageValue,
                named == null ? null : named.nameZh()),
            uses,
            List.copyOf(cites.values()),
            determination);
    return new Finding(wage, statutory);
  }

  /**
   * The 原工资福利待遇 the case states without the statutory figures: given as such, or the monthly wage
   * as found (before the clamp, as {@link #find} takes it); null when only the evidence can fix it,
   * which needs the figures.
   */
  static Money statedOriginalWage(WorkInjuryCase c) {
    WageFacts facts = c.wage();
    return facts.originalWage() != null ? facts.originalWage() : facts.monthlyWage();
  }

  private static String formula(
      ClampResult clamp, BigDecimal floor, BigDecimal cap, Money average, String averageName) {
    // Concatenation rather than String.format, which parses its pattern on every call. The
    // average is named where a provincial rule chose it (the national form keeps its text).
    String named = averageName == null ? "" : "（" + averageName + "）";
    if (clamp.clamped()) {
      return g(clamp.value())
          + "（"
          + (clamp.direction() == ClampResult.Direction.RAISED_TO_LOWER_BOUND
              ? "低于下限，按下限"
              : "高于上限，按上限")
          + "，"
          + plain(floor)
          + "% 至 "
          + plain(cap)
          + "%"
          + (averageName == null ? "" : " × " + g(average) + named)
          + "："
          + g(clamp.lower())
          + " 至 "
          + g(clamp.upper())
          + "）→ 本人工资 "
          + g(clamp.result());
    }
    return plain(floor)
        + "% × "
        + g(average)
        + named
        + " = "
        + g(clamp.lower())
        + " ≤ "
        + g(clamp.value())
        + " ≤ "
        + plain(cap)
        + "% × "
        + g(average)
        + " = "
        + g(clamp.upper())
        + " → 本人工资 "
        + g(clamp.result());
  }

  /** The average a provincial rule chose, sourced to the rule and to the figure taken. */
  private static SourcedFigure sourced(
      ResolvedParameter<ReferenceAverage> rule, ReferenceAverages.Average named, Money value) {
    ParameterUse taken =
        named.uses().stream()
            .filter(u -> u.value().equals(value.toString()))
            .findFirst()
            .orElseThrow();
    List<Citation> cites = new ArrayList<>(rule.citations());
    cites.addAll(named.citations());
    cites.addAll(taken.citations());
    return new SourcedFigure(
        value.amount(),
        named.nameZh()
            + "（"
            + rule.key().descriptionZh()
            + "，参数包 "
            + rule.packId()
            + "；数值参数包 "
            + taken.pack()
            + "）",
        cites,
        taken.verification());
  }

  private static SourcedFigure sourced(ResolvedParameter<?> p, BigDecimal value) {
    return new SourcedFigure(value, Figures.describe(p), p.citations(), p.verification());
  }
}
