package org.laborcalc.injury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageOptions;

/**
 * A work-injury case step by step, each step named after the fact it records:
 *
 * <pre>{@code
 * WorkInjuryCase c =
 *     WorkInjuryCase.builder()
 *         .region(Region.of("370800"))
 *         .worker(LocalDate.of(1985, 5, 20), RetirementCategory.MALE)
 *         .employedFrom(LocalDate.of(2019, 3, 1))
 *         .injuredOn(LocalDate.of(2019, 12, 18))
 *         .suspended(LocalDate.of(2019, 12, 18), LocalDate.of(2020, 6, 17))
 *         .appraised(LocalDate.of(2020, 8, 20), 9)
 *         .terminated(LocalDate.of(2020, 10, 31), InitiatedBy.WORKER)
 *         .uninsured()
 *         .monthlyWage(Money.parse("6500.00"))
 *         .build();
 * }</pre>
 *
 * <p>Nothing is defaulted: a fact not given is absent, and {@link WorkInjuryCalculator#validate}
 * names every one the case needs (the insurance status and the wage always). Not thread-safe; the
 * case it builds is immutable.
 */
public final class WorkInjuryCaseBuilder {
  private Region region;
  private Worker worker = new Worker(null, null, null);
  private LocalDate employedFrom;
  private Termination termination;
  private boolean noSuitableJob;
  private org.laborcalc.employment.PastRetirementAge pastRetirementAge;
  private Injury injury;
  private Appraisal appraisal;
  private Suspension suspension;
  private final List<DateRange> stays = new ArrayList<>();
  private final List<Expense> expenses = new ArrayList<>();
  private Insurance insurance;
  private Death death;
  private final List<Payment> paid = new ArrayList<>();
  private WageFacts wage;
  private Money originalWage;
  private Money preTerminationAverageWage;
  private WorkInjuryCase.LumpSum lumpSum;

  WorkInjuryCaseBuilder() {}

  /** The 统筹地区 where the worker is (or should have been) insured. */
  public WorkInjuryCaseBuilder region(Region region) {
    this.region = region;
    return this;
  }

  /** The worker's birth date and retirement category (for retirement and age-counted rules). */
  public WorkInjuryCaseBuilder worker(LocalDate birthDate, RetirementCategory category) {
    this.worker = new Worker(birthDate, category, worker.retirementDate());
    return this;
  }

  /** The retirement date when it is known rather than computed. */
  public WorkInjuryCaseBuilder retiresOn(LocalDate retirementDate) {
    this.worker = new Worker(worker.birthDate(), worker.retirementCategory(), retirementDate);
    return this;
  }

  /** 用工之日: the first day of the labour relation. */
  public WorkInjuryCaseBuilder employedFrom(LocalDate start) {
    this.employedFrom = start;
    return this;
  }

  /** The labour relation ended on {@code date}, at whose initiative. */
  public WorkInjuryCaseBuilder terminated(LocalDate date, InitiatedBy by) {
    this.termination = new Termination(date, by, false);
    return this;
  }

  /** The worker ended the relation under 劳动合同法 art. 38 (the employer's breach). */
  public WorkInjuryCaseBuilder terminatedUnderArticle38(LocalDate date) {
    this.termination = new Termination(date, InitiatedBy.WORKER, true);
    return this;
  }

  /** Grades 5–6: the employer arranged no suitable work (art. 36 ¶1 (二)). */
  public WorkInjuryCaseBuilder noSuitableJobArranged() {
    this.noSuitableJob = true;
    return this;
  }

  /**
   * The worker was at or past the statutory retirement age at the injury, in the situation given
   * (人社部发〔2016〕29号 item 二).
   */
  public WorkInjuryCaseBuilder pastRetirementAge(
      org.laborcalc.employment.PastRetirementAge situation) {
    this.pastRetirementAge = situation;
    return this;
  }

  /** The accident happened on {@code date}. */
  public WorkInjuryCaseBuilder injuredOn(LocalDate date) {
    this.injury = new Injury(date, false);
    return this;
  }

  /** The occupational disease was diagnosed or appraised on {@code date}. */
  public WorkInjuryCaseBuilder occupationalDiseaseDiagnosedOn(LocalDate date) {
    this.injury = new Injury(date, true);
    return this;
  }

  /** The appraisal on {@code date} assessed these item grades (combined by 晋级原则). */
  public WorkInjuryCaseBuilder appraised(LocalDate date, int... itemGrades) {
    List<DisabilityGrade> grades = Arrays.stream(itemGrades).mapToObj(DisabilityGrade::of).toList();
    SelfCareLevel care = appraisal == null ? SelfCareLevel.NONE : appraisal.selfCare();
    this.appraisal = new Appraisal(date, grades, care, Set.of());
    return this;
  }

  /** The self-care level the appraisal found (after {@link #appraised}). */
  public WorkInjuryCaseBuilder selfCare(SelfCareLevel level) {
    requireAppraisal("selfCare");
    this.appraisal = new Appraisal(appraisal.date(), appraisal.itemGrades(), level, Set.of());
    return this;
  }

  /** The daily activities the worker needs care for, instead of the level (after appraised). */
  public WorkInjuryCaseBuilder activitiesNeedingCare(Set<DailyActivity> activities) {
    requireAppraisal("activitiesNeedingCare");
    this.appraisal = new Appraisal(appraisal.date(), appraisal.itemGrades(), null, activities);
    return this;
  }

  /** The 停工留薪期, both days included. */
  public WorkInjuryCaseBuilder suspended(LocalDate start, LocalDate endInclusive) {
    this.suspension = new Suspension(start, endInclusive, false);
    return this;
  }

  /** The 停工留薪期 beyond 12 months, its extension confirmed by the appraisal committee. */
  public WorkInjuryCaseBuilder suspendedWithConfirmedExtension(
      LocalDate start, LocalDate endInclusive) {
    this.suspension = new Suspension(start, endInclusive, true);
    return this;
  }

  /**
   * The 停工留薪期 for the months certified (停工留薪期确认书, or as the award states it: 4.5个月), from {@code
   * start}; beyond 12 months only with {@code extensionConfirmed}.
   */
  public WorkInjuryCaseBuilder suspendedForMonths(
      LocalDate start, BigDecimal certifiedMonths, boolean extensionConfirmed) {
    this.suspension = Suspension.ofMonths(start, certifiedMonths, extensionConfirmed);
    return this;
  }

  /** A stay in hospital, both days included. */
  public WorkInjuryCaseBuilder hospitalStay(LocalDate from, LocalDate toInclusive) {
    stays.add(DateRange.ofClosed(from, toInclusive));
    return this;
  }

  /** A cost documented by a receipt; {@code date} and {@code description} may be null. */
  public WorkInjuryCaseBuilder expense(
      BenefitItem item, Money amount, LocalDate date, String description) {
    expenses.add(new Expense(item, amount, date, description));
    return this;
  }

  /**
   * A cost awarded by the day, e.g. 停工留薪期护理费 as 90 days at the local 护工 rate: {@code days} × {@code
   * dailyRate}; {@code date} and {@code description} may be null.
   */
  public WorkInjuryCaseBuilder expenseByDays(
      BenefitItem item, int days, Money dailyRate, LocalDate date, String description) {
    expenses.add(new Expense(item, null, date, description, days, dailyRate));
    return this;
  }

  /** The employer had insured the worker. */
  public WorkInjuryCaseBuilder insured() {
    this.insurance = new Insurance(InsuranceStatus.INSURED, null);
    return this;
  }

  /** The employer never insured the worker (art. 62 ¶2: it pays everything). */
  public WorkInjuryCaseBuilder uninsured() {
    this.insurance = new Insurance(InsuranceStatus.UNINSURED, null);
    return this;
  }

  /** The employer enrolled the worker only after the injury (art. 62 ¶3). */
  public WorkInjuryCaseBuilder enrolledAfterInjury(LocalDate enrolment) {
    this.insurance = new Insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, enrolment);
    return this;
  }

  /** The employer insured the worker on a monthly base below the true wage. */
  public WorkInjuryCaseBuilder insuredOnUnderDeclaredBase(Money declaredMonthlyBase) {
    this.insurance =
        new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null, declaredMonthlyBase, null);
    return this;
  }

  /** The day the employer applied for 工伤认定 (after the insurance status is given). */
  public WorkInjuryCaseBuilder recognitionAppliedForOn(LocalDate filed) {
    if (insurance == null) {
      throw new IllegalStateException(
          "recognitionAppliedForOn must follow the insurance status (insured(), uninsured(), …)");
    }
    this.insurance =
        new Insurance(
            insurance.status(), insurance.enrolmentDate(), insurance.declaredMonthlyBase(), filed);
    return this;
  }

  /** The worker died on {@code date}, leaving these dependants. */
  public WorkInjuryCaseBuilder died(LocalDate date, Dependant... dependants) {
    this.death = new Death(date, List.of(dependants));
    return this;
  }

  /** An amount the employer has already paid towards the benefits. */
  public WorkInjuryCaseBuilder alreadyPaid(Money amount, LocalDate date, String description) {
    paid.add(new Payment(amount, date, description));
    return this;
  }

  /**
   * The province's one-time payment was chosen in place of the monthly benefits (an uninsured
   * employer): {@code agreedWithEmployer} where the worker or the dependants and the employer
   * agreed it, {@code amount} only where the province's text does not fix it.
   */
  public WorkInjuryCaseBuilder lumpSumChosen(boolean agreedWithEmployer, Money amount) {
    this.lumpSum = new WorkInjuryCase.LumpSum(agreedWithEmployer, amount);
    return this;
  }

  /** An amount the employer already paid towards one item: the award shows its balance. */
  public WorkInjuryCaseBuilder alreadyPaidTowards(
      BenefitItem item, Money amount, LocalDate date, String description) {
    paid.add(new Payment(amount, date, description, item));
    return this;
  }

  /** The monthly wage as the tribunal found it (本人工资 before the clamp). */
  public WorkInjuryCaseBuilder monthlyWage(Money monthlyWage) {
    this.wage = new WageFacts(monthlyWage, List.of(), null, null, null, null);
    return this;
  }

  /** The evidence of pay, weighed month by month under the burden-of-proof rules. */
  public WorkInjuryCaseBuilder wageEvidence(
      List<EvidenceItem> evidence, ProceduralFacts procedure, WageOptions options) {
    this.wage = new WageFacts(null, evidence, procedure, options, null, null);
    return this;
  }

  /** 原工资福利待遇 (for the 停工留薪期) when it differs from the wage found. */
  public WorkInjuryCaseBuilder originalWage(Money originalWage) {
    this.originalWage = originalWage;
    return this;
  }

  /** The 12-month average contribution wage before the termination (provinces that use it). */
  public WorkInjuryCaseBuilder preTerminationAverageWage(Money average) {
    this.preTerminationAverageWage = average;
    return this;
  }

  /** The case; validate it with {@link WorkInjuryCalculator#validate}. */
  public WorkInjuryCase build() {
    WageFacts w =
        wage == null
            ? null
            : new WageFacts(
                wage.monthlyWage(),
                wage.evidence(),
                wage.procedure(),
                wage.options(),
                originalWage,
                preTerminationAverageWage);
    return new WorkInjuryCase(
        region,
        worker,
        employedFrom == null && termination == null
            ? null
            : new Employment(employedFrom, termination, noSuitableJob, pastRetirementAge),
        injury,
        appraisal,
        suspension,
        stays,
        expenses,
        insurance,
        death,
        paid,
        w,
        lumpSum);
  }

  private void requireAppraisal(String step) {
    if (appraisal == null) {
      throw new IllegalStateException(step + " must follow appraised(date, grades)");
    }
  }
}
