package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.illegal.internal.Context;
import org.laborcalc.illegal.internal.Costs;
import org.laborcalc.illegal.internal.DeathCompensation;
import org.laborcalc.illegal.internal.DisabilityCompensation;
import org.laborcalc.illegal.internal.LivingAllowance;
import org.laborcalc.injury.Notice;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;

/**
 * Computes what an illegal employer owes under 人社部令第9号. Immutable and thread-safe.
 *
 * <pre>{@code
 * IllegalEmploymentCalculator calc = IllegalEmploymentCalculator.of(bundledAndCityFigures);
 * IllegalEmploymentResult r = calc.calculate(theCase, IllegalEmploymentOptions.defaults());
 * }</pre>
 */
public final class IllegalEmploymentCalculator {
  /** The first day of 人社部令第9号 (art. 9); the 2003 measures it repealed are not held. */
  public static final LocalDate IN_FORCE = LocalDate.of(2011, 1, 1);

  private final Parameters parameters;

  private IllegalEmploymentCalculator(Parameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /** A calculator over these figures (the bundled packs with the caller's layered on). */
  public static IllegalEmploymentCalculator of(Parameters parameters) {
    return new IllegalEmploymentCalculator(parameters);
  }

  /**
   * Every problem of the case under these figures, paths from the case ({@code appraisal.date}) or
   * {@code parameters} for a figure no pack has: empty exactly when {@link #calculate} succeeds.
   */
  public List<Violation> validate(IllegalEmploymentCase c, IllegalEmploymentOptions options) {
    List<Violation> found = checks(requireNonNull(c, "case"));
    if (!found.isEmpty()) {
      return found;
    }
    try {
      compute(c, requireNonNull(options, "options"));
      return List.of();
    } catch (MissingParameterException e) {
      return List.of(missing(e));
    }
  }

  /**
   * The compensation.
   *
   * @throws InvalidInputException listing every problem of the case, or the figure it lacks
   */
  public IllegalEmploymentResult calculate(
      IllegalEmploymentCase c, IllegalEmploymentOptions options) {
    List<Violation> found = checks(requireNonNull(c, "case"));
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
    try {
      return compute(c, requireNonNull(options, "options"));
    } catch (MissingParameterException e) {
      throw new InvalidInputException(List.of(missing(e)));
    }
  }

  private IllegalEmploymentResult compute(
      IllegalEmploymentCase c, IllegalEmploymentOptions options) {
    Context ctx = new Context(c, options, parameters);
    if (c.appraisal() != null && c.deathDate() != null) {
      ctx.warn(
          "APPRAISAL_PASSED_OVER",
          new Notice(
              "APPRAISAL_PASSED_OVER",
              "职工已死亡，按第六条计算死亡赔偿，不再按伤残等级计算一次性赔偿金（第五条）",
              "the worker died: the death compensation of art. 6 is computed, not the disability"
                  + " compensation of art. 5"));
    }
    List<IllegalEmploymentLine> lines = new ArrayList<>();
    lines.addAll(LivingAllowance.apply(ctx));
    lines.addAll(Costs.apply(ctx));
    lines.addAll(DisabilityCompensation.apply(ctx));
    lines.addAll(DeathCompensation.apply(ctx));
    Money total = Money.ZERO;
    for (IllegalEmploymentLine l : lines) {
      total = total.plus(l.amount());
    }
    return new IllegalEmploymentResult(lines, total, options, ctx.notices());
  }

  private static Violation missing(MissingParameterException e) {
    return Violation.of("parameters", e.code(), e.messageZh(), e.messageEn());
  }

  /** The facts against the measures and each other, every problem located. */
  private static List<Violation> checks(IllegalEmploymentCase c) {
    List<Violation> out = new ArrayList<>();
    LocalDate injury = c.injuryDate();
    if (injury.isBefore(IN_FORCE)) {
      out.add(
          Violation.of(
              "injuryDate",
              "UNSUPPORTED_DATE",
              "人社部令第9号自2011年1月1日起施行（第九条）；此前适用的2003年办法已废止，本项目未收录其原文",
              "人社部令第9号 is in force from 2011-01-01 (art. 9); the 2003 measures it repealed are not"
                  + " held by the project"));
    }
    if (c.appraisal() == null
        && c.deathDate() == null
        && c.treatment() == null
        && c.costs().isEmpty()) {
      out.add(
          Violation.of(
              "",
              "NOTHING_CLAIMED",
              "须至少提供劳动能力鉴定、死亡日期、鉴定前治疗期间或费用之一",
              "give at least an appraisal, a date of death, the treatment period before the appraisal"
                  + " or a cost"));
    }
    if (c.appraisal() != null && c.appraisal().date().isBefore(injury)) {
      out.add(before("appraisal.date", "劳动能力鉴定日期", "the appraisal"));
    }
    if (c.deathDate() != null && c.deathDate().isBefore(injury)) {
      out.add(before("deathDate", "死亡日期", "the death"));
    }
    if (c.treatment() != null) {
      if (c.treatment().start().isBefore(injury)) {
        out.add(before("treatment.start", "治疗期间开始日", "the treatment"));
      }
      LocalDate last = c.treatment().endInclusive().orElse(null);
      if (last == null) {
        out.add(
            Violation.of(
                "treatment.end",
                "REQUIRED",
                "须提供治疗期间的结束日（第四条只计劳动能力鉴定之前的治疗期间）",
                "the end of the treatment period is required (art. 4 counts only the treatment before"
                    + " the appraisal)"));
      } else {
        if (c.appraisal() != null && !last.isBefore(c.appraisal().date())) {
          out.add(
              Violation.of(
                  "treatment.end",
                  "AFTER_APPRAISAL",
                  "第四条的生活费只计劳动能力鉴定之前的治疗期间：结束日须早于鉴定日 " + c.appraisal().date(),
                  "art. 4's living allowance is for the treatment before the appraisal: the end must"
                      + " be before "
                      + c.appraisal().date()));
        }
        if (c.deathDate() != null && last.isAfter(c.deathDate())) {
          out.add(
              Violation.of(
                  "treatment.end",
                  "AFTER_DEATH",
                  "治疗期间的结束日晚于死亡日期 " + c.deathDate(),
                  "the treatment ends after the death on " + c.deathDate()));
        }
      }
    }
    for (int i = 0; i < c.costs().size(); i++) {
      IllegalEmploymentCase.Cost cost = c.costs().get(i);
      if (cost.item() != IllegalItem.TREATMENT_COSTS && cost.item() != IllegalItem.APPRAISAL_FEE) {
        out.add(
            Violation.of(
                "costs[" + i + "].item",
                "NOT_A_COST",
                "按票据计算的费用只能是 TREATMENT_COSTS 或 APPRAISAL_FEE",
                "a cost at its receipt is TREATMENT_COSTS or APPRAISAL_FEE"));
      }
      if (!cost.amount().isPositive()) {
        out.add(
            Violation.of(
                "costs[" + i + "].amount", "NOT_POSITIVE", "费用金额须大于零", "a cost must be positive"));
      }
    }
    return out;
  }

  private static Violation before(String path, String whatZh, String whatEn) {
    return Violation.of(
        path, "BEFORE_INJURY", whatZh + "不能早于受伤日期", whatEn + " cannot be before the injury");
  }
}
