package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.injury.grade.CombinedGrade;

/**
 * What a work-injury case is owed: every line with its payer, formula, figures and law; totals by
 * payer; the wage and grade it rests on; the options used; warnings. Immutable.
 *
 * @param lines every item due, one-time and monthly, deductions last
 * @param totals one-time sums by payer and monthly sums
 * @param wage the 本人工资 and 原工资福利待遇 used, or null when a figure it needs is missing
 * @param grade the final disability grade and how it was combined, or null without an appraisal
 * @param regime the version of 《工伤保险条例》 applied to the standards
 * @param options the options used
 * @param warnings warnings for the reader (secondary sources, unusual facts)
 * @param missing the figures and provincial rules no pack supplies, with the items each keeps out;
 *     when not empty the result is incomplete ({@link #isComplete()}): {@code lines} hold only the
 *     items that could be computed and {@code totals} are their sums, not what the case is owed
 * @param input the case computed, for the facts a sheet's header states; null for a result built
 *     without one. It takes no part in {@link #equals}: two results are equal when they say the
 *     same, whatever order the case listed its facts in
 */
public record WorkInjuryResult(
    List<BenefitLine> lines,
    Totals totals,
    OwnWage wage,
    CombinedGrade grade,
    Regime regime,
    CalculationOptions options,
    List<Notice> warnings,
    List<MissingFigure> missing,
    WorkInjuryCase input) {

  public WorkInjuryResult {
    lines = List.copyOf(lines);
    requireNonNull(totals, "totals");
    requireNonNull(regime, "regime");
    requireNonNull(options, "options");
    warnings = List.copyOf(warnings);
    missing = List.copyOf(missing);
    if (wage == null && missing.isEmpty()) {
      throw new IllegalArgumentException("wage (null) must be given when no figure is missing");
    }
  }

  /** A result without its case. */
  public WorkInjuryResult(
      List<BenefitLine> lines,
      Totals totals,
      OwnWage wage,
      CombinedGrade grade,
      Regime regime,
      CalculationOptions options,
      List<Notice> warnings,
      List<MissingFigure> missing) {
    this(lines, totals, wage, grade, regime, options, warnings, missing, null);
  }

  /** A complete result: no figure missing. */
  public WorkInjuryResult(
      List<BenefitLine> lines,
      Totals totals,
      OwnWage wage,
      CombinedGrade grade,
      Regime regime,
      CalculationOptions options,
      List<Notice> warnings) {
    this(
        lines,
        totals,
        requireNonNull(wage, "wage"),
        grade,
        regime,
        options,
        warnings,
        List.of(),
        null);
  }

  /** Equal when every component but {@link #input()} is. */
  @Override
  public boolean equals(Object o) {
    return o instanceof WorkInjuryResult r
        && lines.equals(r.lines)
        && totals.equals(r.totals)
        && java.util.Objects.equals(wage, r.wage)
        && java.util.Objects.equals(grade, r.grade)
        && regime == r.regime
        && options.equals(r.options)
        && warnings.equals(r.warnings)
        && missing.equals(r.missing);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(lines, totals, wage, grade, regime, options, warnings, missing);
  }

  /**
   * True when every figure the case needs was supplied. An incomplete result lacks the items of
   * {@link #missing()}: its totals are not what the case is owed.
   */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** The lines of one item (several for dependants or expenses). */
  public List<BenefitLine> linesOf(BenefitItem item) {
    return lines.stream().filter(l -> l.item() == item).toList();
  }
}
