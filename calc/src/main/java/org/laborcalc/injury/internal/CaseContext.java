package org.laborcalc.injury.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.StatutoryRetirement;
import org.laborcalc.wage.StatutoryFigures;

/**
 * What every rule of one case reads: the case, the options, the 本人工资 found (art. 64) and the grade
 * combined (晋级原则), fixed before any benefit rule runs, plus the figures and notices of the
 * computation. Immutable apart from the notices it gathers; {@link #onOwnWage} gives the same
 * context on another 本人工资 (the declared base of an under-declared employer).
 */
public final class CaseContext {
  private final WorkInjuryCase c;
  private final CalculationOptions options;
  private final Regime injuryRegime;
  private final OwnWage wage;
  private final CombinedGrade grade;
  private final StatutoryFigures statutory;
  private final Money ownWageInUse;
  private final Money originalWage;
  private final Figures figures;
  private final Notices notices;
  private final Liability liability;
  private final List<Figures.Need> wageNeeds;
  private final List<Figures.Need> liabilityNeeds;
  private final List<Figures.Provisional> wageProvisional;

  /**
   * A context; {@code wage}, {@code statutory} and {@code ownWageInUse} (and {@code originalWage},
   * unless the case states it) are null when a figure they rest on is missing ({@code wageNeeds}),
   * and {@code liability} is when one it rests on is ({@code liabilityNeeds}): a rule that reads
   * them is then stopped as if it had asked for those figures itself. {@code wageProvisional}: the
   * provisional figures 本人工资 rests on, counted as used by every rule that reads it.
   */
  CaseContext(
      WorkInjuryCase c,
      CalculationOptions options,
      OwnWage wage,
      CombinedGrade grade,
      StatutoryFigures statutory,
      Money ownWageInUse,
      Money originalWage,
      Figures figures,
      Notices notices,
      Liability liability,
      List<Figures.Need> wageNeeds,
      List<Figures.Need> liabilityNeeds,
      List<Figures.Provisional> wageProvisional) {
    this.c = c;
    this.options = options;
    this.injuryRegime = Regime.on(c.injury().date());
    this.wage = wage;
    this.grade = grade;
    this.statutory = statutory;
    this.ownWageInUse = ownWageInUse;
    this.originalWage = originalWage;
    this.figures = figures;
    this.notices = notices;
    this.liability = liability;
    this.wageNeeds = List.copyOf(wageNeeds);
    this.liabilityNeeds = List.copyOf(liabilityNeeds);
    this.wageProvisional = List.copyOf(wageProvisional);
  }

  /** The same case with the items computed on {@code ownWage} instead of the worker's. */
  CaseContext onOwnWage(Money ownWage) {
    return new CaseContext(
        c,
        options,
        wage,
        grade,
        statutory,
        ownWage,
        originalWage,
        figures,
        notices,
        liability,
        wageNeeds,
        liabilityNeeds,
        wageProvisional);
  }

  public WorkInjuryCase facts() {
    return c;
  }

  public CalculationOptions options() {
    return options;
  }

  public Region region() {
    return c.region();
  }

  /** The version of the Regulation in force on the day of the injury. */
  public Regime injuryRegime() {
    return injuryRegime;
  }

  /** The 本人工资 finding (art. 64 ¶2). */
  public OwnWage wage() {
    return onTheWage(available(wage, wageNeeds));
  }

  /**
   * The 原工资福利待遇 (art. 33 ¶1): known from the case's wage facts even when 本人工资 is not (a figure its
   * clamp needs is missing), unless it is found from the evidence.
   */
  public Money originalWage() {
    return available(originalWage, wageNeeds);
  }

  /**
   * The 本人工资 the own-wage items multiply: the worker's, or the one on an under-declared base while
   * the fund's share is worked out.
   */
  public Money ownWage() {
    return onTheWage(available(ownWageInUse, wageNeeds));
  }

  /** The combined grade, or null when the case has no appraisal. */
  public CombinedGrade grade() {
    return grade;
  }

  public StatutoryFigures statutory() {
    return onTheWage(available(statutory, wageNeeds));
  }

  /** A rule that reads 本人工资 rests on the provisional figures it rests on. */
  private <T> T onTheWage(T finding) {
    figures.reuse(wageProvisional);
    return finding;
  }

  public Figures figures() {
    return figures;
  }

  /** Who pays: the one liability pass, for a rule that must group its lines by payer. */
  public Liability liability() {
    return available(liability, liabilityNeeds);
  }

  /** A finding of the case, or the rule stops: a figure it rests on is missing. */
  private static <T> T available(T finding, List<Figures.Need> needs) {
    if (finding == null) {
      throw new Figures.Missing(needs);
    }
    return finding;
  }

  /** Raises one of the engine's own notices to the tribunal. */
  public void warn(NoticeCode code, String zh, String en) {
    notices.warn(code, zh, en);
  }

  /** Passes on a notice of the grade or the wage determination under its own code. */
  public void passOn(String code, String zh, String en) {
    notices.warn(code, zh, en);
  }

  /**
   * The date whose version of the Regulation governs a benefit arising on {@code benefitDate}, by
   * the named option ({@link RegimeRule}).
   */
  public LocalDate regimeDate(LocalDate benefitDate) {
    return options.regimeRule() == RegimeRule.INJURY_DATE ? c.injury().date() : benefitDate;
  }

  public Regime regime(LocalDate benefitDate) {
    return Regime.on(regimeDate(benefitDate));
  }

  /** The retirement date given, or the statutory one from the birth date and category. */
  /**
   * Where the worker's own monthly benefit (disability allowance, living care) due from {@code
   * start} stops: at retirement ({@code retirement}, may be null), or after the day the worker
   * died, whichever comes first — the worker no longer meets the condition of the benefit (art. 42
   * ¶1 (一); 2003 art. 40 (一)). Empty when the worker died before it became due.
   */
  public Optional<MonthlyStop> ownBenefitStop(LocalDate start, LocalDate retirement) {
    if (c.death() == null) {
      return Optional.of(new MonthlyStop(retirement, false));
    }
    LocalDate died = c.death().date();
    if (died.isBefore(start)) {
      return Optional.empty();
    }
    LocalDate afterDeath = died.plusDays(1);
    return Optional.of(
        retirement != null && !retirement.isAfter(afterDeath)
            ? new MonthlyStop(retirement, false)
            : new MonthlyStop(afterDeath, true));
  }

  /**
   * The day a worker's own monthly benefit stops (exclusive), or null while it runs on, and whether
   * the worker's death stopped it.
   */
  public record MonthlyStop(LocalDate day, boolean byDeath) {}

  /**
   * The day the death benefits of art. 39 arise: the death; for a worker missing after an accident
   * (art. 41) the day a court's declaration of death takes effect
   * (“职工被人民法院宣告死亡的，按照本条例第三十九条职工因工死亡的规定处理”), and none while the worker is only missing. Empty when
   * no one died.
   */
  public Optional<LocalDate> deathBenefitsFrom() {
    if (c.death() == null) {
      return Optional.empty();
    }
    return c.death().missing() == null
        ? Optional.of(c.death().date())
        : Optional.ofNullable(c.death().missing().declaredDeadOn());
  }

  /** Whether the worker went missing after the accident (art. 41) rather than died. */
  public boolean missingWorker() {
    return c.death() != null && c.death().missing() != null;
  }

  /** Art. 41 for a line of a missing worker (the 2010 text; the 2003 one is not held). */
  public List<org.laborcalc.law.Citation> missingWorkerCitations() {
    return missingWorker()
        ? List.of(Regime.REGULATION_2010.cite(Regime.Provision.MISSING_WORKER))
        : List.of();
  }

  public Optional<LocalDate> retirementDateIfKnown() {
    Worker w = c.worker();
    if (w.retirementDate() != null) {
      return Optional.of(w.retirementDate());
    }
    if (w.birthDate() != null && w.retirementCategory() != null) {
      return Optional.of(StatutoryRetirement.retirementDate(w.birthDate(), w.retirementCategory()));
    }
    return Optional.empty();
  }

  public LocalDate requireRetirementDate(String whyEn, String whyZh) {
    return retirementDateIfKnown()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "worker.retirementDate",
                    "REQUIRED",
                    "须提供退休日期，或出生日期及退休年龄类别：" + whyZh,
                    "a retirement date, or a birth date and retirement category, is required: "
                        + whyEn));
  }

  public LocalDate requireBirthDate() {
    LocalDate birth = c.worker().birthDate();
    if (birth == null) {
      throw InvalidInputException.of(
          "worker.birthDate",
          "REQUIRED",
          "须提供出生日期：省级规定按周岁计算临近退休的减发",
          "a birth date is required: the provincial rule counts years of age near retirement");
    }
    return birth;
  }
}
