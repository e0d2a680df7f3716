package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.ExactMoney;
import org.laborcalc.money.Money;

/**
 * The worker's wage as fixed from the evidence: the month-by-month table, the average, the clamp,
 * 本人工资, 原工资福利待遇, the declared contribution base, the daily wage, warnings and citations. Immutable
 * and thread-safe; {@link #equals(Object)} compares every field, so two determinations of the same
 * case are equal whatever the order the evidence was given in.
 *
 * <p>Rounding points, each half-up to the fen: a month's adjusted amount (gross-up, pro-rating);
 * the average (the exact sum of the months divided by their number); the clamp bounds; the daily
 * wage.
 */
public final class WageDetermination {

  /** What the average rests on. */
  public enum Basis {
    /** The average of the months with usable evidence. */
    MONTHLY_AVERAGE,
    /**
     * No month had usable evidence: the labour contract's agreed monthly wage stands in for the
     * average.
     */
    CONTRACT_FALLBACK
  }

  private final LocalDate injuryDate;
  private final LocalDate employmentStart;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;
  private final Basis basis;
  private final List<MonthRow> months;
  private final List<AssessedEvidence> notConsidered;
  private final Optional<AssessedEvidence> contractFallback;
  private final int monthsAveraged;
  private final Money total;
  private final ExactMoney averageExact;
  private final Money average;
  private final ClampResult clamp;
  private final Optional<Money> declaredContributionBase;
  private final int declaredBaseMonths;
  private final Optional<ClampResult> declaredBaseClamp;
  private final Money dailyWage;
  private final StatutoryFigures figures;
  private final ProceduralFacts procedure;
  private final WageOptions options;
  private final List<WageWarning> warnings;
  private final List<Citation> citations;

  WageDetermination(
      LocalDate injuryDate,
      LocalDate employmentStart,
      YearMonth firstMonth,
      YearMonth lastMonth,
      Basis basis,
      List<MonthRow> months,
      List<AssessedEvidence> notConsidered,
      Optional<AssessedEvidence> contractFallback,
      int monthsAveraged,
      Money total,
      ExactMoney averageExact,
      Money average,
      ClampResult clamp,
      Optional<Money> declaredContributionBase,
      int declaredBaseMonths,
      Optional<ClampResult> declaredBaseClamp,
      Money dailyWage,
      StatutoryFigures figures,
      ProceduralFacts procedure,
      WageOptions options,
      List<WageWarning> warnings,
      List<Citation> citations) {
    this.injuryDate = requireNonNull(injuryDate, "injuryDate");
    this.employmentStart = requireNonNull(employmentStart, "employmentStart");
    this.firstMonth = requireNonNull(firstMonth, "firstMonth");
    this.lastMonth = requireNonNull(lastMonth, "lastMonth");
    this.basis = requireNonNull(basis, "basis");
    this.months = List.copyOf(months);
    this.notConsidered = List.copyOf(notConsidered);
    this.contractFallback = requireNonNull(contractFallback, "contractFallback");
    this.monthsAveraged = monthsAveraged;
    this.total = requireNonNull(total, "total");
    this.averageExact = requireNonNull(averageExact, "averageExact");
    this.average = requireNonNull(average, "average");
    this.clamp = requireNonNull(clamp, "clamp");
    this.declaredContributionBase =
        requireNonNull(declaredContributionBase, "declaredContributionBase");
    this.declaredBaseMonths = declaredBaseMonths;
    this.declaredBaseClamp = requireNonNull(declaredBaseClamp, "declaredBaseClamp");
    this.dailyWage = requireNonNull(dailyWage, "dailyWage");
    this.figures = requireNonNull(figures, "figures");
    this.procedure = requireNonNull(procedure, "procedure");
    this.options = requireNonNull(options, "options");
    this.warnings = List.copyOf(warnings);
    this.citations = Citation.distinct(citations);
    if (!clamp.value().equals(average)) {
      throw new IllegalArgumentException(
          "clamp value (" + clamp.value() + ") must be the average (" + average + ")");
    }
    if ((basis == Basis.CONTRACT_FALLBACK) != contractFallback.isPresent()) {
      throw new IllegalArgumentException(
          "contractFallback must be present exactly when basis (" + basis + ") says so");
    }
  }

  /**
   * A determination from the findings of the evidence and the base a rule applies on top of them.
   *
   * @param findings the month table, the average and the declared contribution base
   * @param anchorDate the day the window was counted back from
   * @param clamp the average held against the rule's bounds
   * @param declaredBaseClamp the declared contribution base held against the same bounds
   * @param dailyWage the average divided into a daily wage
   * @param warnings every warning, in the order the result shows them
   * @param citations every article relied on, in order of first use
   */
  public static WageDetermination of(
      WageFindings findings,
      LocalDate anchorDate,
      ClampResult clamp,
      Optional<ClampResult> declaredBaseClamp,
      Money dailyWage,
      StatutoryFigures figures,
      ProceduralFacts procedure,
      WageOptions options,
      List<WageWarning> warnings,
      List<Citation> citations) {
    return new WageDetermination(
        anchorDate,
        findings.employmentStart(),
        findings.firstMonth(),
        findings.lastMonth(),
        findings.basis(),
        findings.months(),
        findings.notConsidered(),
        findings.contractFallback(),
        findings.monthsAveraged(),
        findings.total(),
        findings.averageExact(),
        findings.average(),
        clamp,
        findings.declaredContributionBase(),
        findings.declaredBaseMonths(),
        declaredBaseClamp,
        dailyWage,
        figures,
        procedure,
        options,
        warnings,
        citations);
  }

  public LocalDate injuryDate() {
    return injuryDate;
  }

  public LocalDate employmentStart() {
    return employmentStart;
  }

  /**
   * The first month of the window: twelve months before the injury month, or the month the worker
   * started when later.
   */
  public YearMonth firstMonth() {
    return firstMonth;
  }

  /**
   * The last month of the window: the month before the injury month. Before {@link #firstMonth()}
   * when the worker started in the injury month (an empty window).
   */
  public YearMonth lastMonth() {
    return lastMonth;
  }

  public Basis basis() {
    return basis;
  }

  /** One row per month of the window, in calendar order. */
  public List<MonthRow> months() {
    return months;
  }

  /** Evidence for months outside the window (the injury month, or over twelve months before it). */
  public List<AssessedEvidence> notConsidered() {
    return notConsidered;
  }

  /** The contract wage used when no month had usable evidence ({@link Basis#CONTRACT_FALLBACK}). */
  public Optional<AssessedEvidence> contractFallback() {
    return contractFallback;
  }

  /** How many months the average is taken over; 0 for a contract fallback. */
  public int monthsAveraged() {
    return monthsAveraged;
  }

  /** The sum of the months used; zero for a contract fallback. */
  public Money total() {
    return total;
  }

  /** The average before rounding, to ten decimals (half-up). */
  public ExactMoney averageExact() {
    return averageExact;
  }

  /**
   * The monthly average, rounded half-up to the fen (the named rounding point "average"): the total
   * divided by the months used, or the contract wage.
   */
  public Money average() {
    return average;
  }

  /** The average held against 60 % and 300 % of the regional average, both bounds shown. */
  public ClampResult clamp() {
    return clamp;
  }

  /** 本人工资 (《工伤保险条例》第六十四条第二款): the clamped average. */
  public Money ownWage() {
    return clamp.result();
  }

  /**
   * 原工资福利待遇, paid unchanged during the 停工留薪期 (《工伤保险条例》第三十三条第一款): the same average of the months
   * before the injury, without the clamp — art. 33 says "不变", and the clamp of art. 64 applies to
   * 本人工资 only (广东省工伤保险条例第六十四条第（二）项 defines it the same way).
   */
  public Money originalWage() {
    return average;
  }

  /**
   * The average of the social-insurance contribution bases declared for the months of the window
   * that have a record, rounded half-up to the fen; empty when there is none (an uninsured
   * employer). Kept apart from {@link #ownWage()}: where it is lower, which part falls on whom is
   * for the benefit rules to decide.
   */
  public Optional<Money> declaredContributionBase() {
    return declaredContributionBase;
  }

  /** How many months {@link #declaredContributionBase()} averages over. */
  public int declaredBaseMonths() {
    return declaredBaseMonths;
  }

  /** {@link #declaredContributionBase()} held against the same bounds. */
  public Optional<ClampResult> declaredBaseClamp() {
    return declaredBaseClamp;
  }

  /**
   * The daily wage: {@link #originalWage()} ÷ the pay days per month (21.75, 劳社部发〔2008〕3号), rounded
   * half-up to the fen; for pro-rating a part month of 停工留薪期 pay.
   */
  public Money dailyWage() {
    return dailyWage;
  }

  public StatutoryFigures figures() {
    return figures;
  }

  public ProceduralFacts procedure() {
    return procedure;
  }

  public WageOptions options() {
    return options;
  }

  public List<WageWarning> warnings() {
    return warnings;
  }

  /** Every article the determination rests on, without repeats, in order of first use. */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * The determination as plain Chinese text an arbitrator can copy into an award: the window, each
   * month with the evidence chosen and rejected and why, the average, the clamp, 本人工资, 原工资福利待遇, the
   * daily wage, the warnings and the articles relied on.
   */
  public String explainZh() {
    return Explanation.zh(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof WageDetermination d)) {
      return false;
    }
    return injuryDate.equals(d.injuryDate)
        && employmentStart.equals(d.employmentStart)
        && firstMonth.equals(d.firstMonth)
        && lastMonth.equals(d.lastMonth)
        && basis == d.basis
        && months.equals(d.months)
        && notConsidered.equals(d.notConsidered)
        && contractFallback.equals(d.contractFallback)
        && monthsAveraged == d.monthsAveraged
        && total.equals(d.total)
        && averageExact.equals(d.averageExact)
        && average.equals(d.average)
        && clamp.equals(d.clamp)
        && declaredContributionBase.equals(d.declaredContributionBase)
        && declaredBaseMonths == d.declaredBaseMonths
        && declaredBaseClamp.equals(d.declaredBaseClamp)
        && dailyWage.equals(d.dailyWage)
        && figures.equals(d.figures)
        && procedure.equals(d.procedure)
        && options.equals(d.options)
        && warnings.equals(d.warnings)
        && citations.equals(d.citations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        injuryDate, employmentStart, basis, months, average, clamp, dailyWage, warnings);
  }

  @Override
  public String toString() {
    return "WageDetermination[average="
        + average
        + " over "
        + monthsAveraged
        + " months ("
        + basis
        + "), ownWage="
        + ownWage()
        + " ("
        + clamp.direction()
        + " within "
        + clamp.lower()
        + ".."
        + clamp.upper()
        + "), originalWage="
        + originalWage()
        + ", dailyWage="
        + dailyWage
        + "]";
  }
}
