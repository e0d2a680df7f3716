package org.laborcalc.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.WorkInjuryCase;
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
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;

/**
 * A work-injury case with sensible facts, changed one at a time: the one case builder of calc's
 * tests, the examples' tests and the benchmarks. Not thread-safe.
 */
public final class CaseBuilder {
  private String region = "370800";
  private Worker worker = new Worker(LocalDate.of(1985, 5, 20), RetirementCategory.MALE, null);
  private LocalDate start = LocalDate.of(2019, 3, 1);
  private Termination termination;
  private boolean noSuitableJob;
  private Injury injury = new Injury(LocalDate.of(2019, 12, 18), false);
  private Appraisal appraisal;
  private Suspension suspension;
  private WorkInjuryCase.PensionAtRetirement pension;
  private WorkInjuryCase.Relocation relocation;
  private final List<DateRange> stays = new ArrayList<>();
  private final List<Expense> expenses = new ArrayList<>();
  private Insurance insurance = new Insurance(InsuranceStatus.UNINSURED, null);
  private Death death;
  private final List<Payment> paid = new ArrayList<>();
  private WageFacts wage = new WageFacts(Money.parse("6500.00"), null, null);

  public static CaseBuilder create() {
    return new CaseBuilder();
  }

  public CaseBuilder region(String code) {
    region = code;
    return this;
  }

  public CaseBuilder worker(LocalDate birth, RetirementCategory category, LocalDate retirement) {
    worker = new Worker(birth, category, retirement);
    return this;
  }

  public CaseBuilder employed(String date) {
    start = LocalDate.parse(date);
    return this;
  }

  public CaseBuilder injured(String date, boolean occupationalDisease) {
    injury = new Injury(LocalDate.parse(date), occupationalDisease);
    return this;
  }

  public CaseBuilder graded(String date, int... grades) {
    appraisal =
        new Appraisal(
            LocalDate.parse(date),
            Arrays.stream(grades).mapToObj(DisabilityGrade::of).toList(),
            SelfCareLevel.NONE,
            null);
    return this;
  }

  public CaseBuilder selfCare(SelfCareLevel level) {
    appraisal = new Appraisal(appraisal.date(), appraisal.itemGrades(), level, null);
    return this;
  }

  public CaseBuilder suspended(String start, String endInclusive, boolean extensionConfirmed) {
    suspension =
        new Suspension(LocalDate.parse(start), LocalDate.parse(endInclusive), extensionConfirmed);
    return this;
  }

  /** A suspension whose {@code relativesCareMonths} near relatives nursed the worker. */
  public CaseBuilder suspendedWithRelativesCare(
      String start, String endInclusive, String relativesCareMonths) {
    suspension =
        new Suspension(
            LocalDate.parse(start),
            LocalDate.parse(endInclusive),
            false,
            null,
            new java.math.BigDecimal(relativesCareMonths));
    return this;
  }

  public CaseBuilder terminated(String date, InitiatedBy by) {
    termination = new Termination(LocalDate.parse(date), by, false);
    return this;
  }

  public CaseBuilder noSuitableJob() {
    noSuitableJob = true;
    return this;
  }

  public CaseBuilder insurance(InsuranceStatus status, String enrolment) {
    insurance = new Insurance(status, enrolment == null ? null : LocalDate.parse(enrolment));
    return this;
  }

  public CaseBuilder wage(String monthly) {
    wage = new WageFacts(Money.parse(monthly), null, null);
    return this;
  }

  /** The wage facts as given (a declared wage with the original or pre-termination wage). */
  public CaseBuilder wage(WageFacts facts) {
    wage = facts;
    return this;
  }

  public CaseBuilder insurance(Insurance facts) {
    insurance = facts;
    return this;
  }

  public CaseBuilder appraisal(Appraisal facts) {
    appraisal = facts;
    return this;
  }

  public CaseBuilder termination(Termination facts) {
    termination = facts;
    return this;
  }

  /** A hospital stay as given (open-ended, for instance). */
  public CaseBuilder stay(DateRange stay) {
    stays.add(stay);
    return this;
  }

  /** A payment as given (dated, or of any amount). */
  public CaseBuilder paid(Payment payment) {
    paid.add(payment);
    return this;
  }

  public CaseBuilder expense(BenefitItem item, String amount, String description) {
    expenses.add(new Expense(item, Money.parse(amount), null, description));
    return this;
  }

  public CaseBuilder expenseOn(BenefitItem item, String amount, String date) {
    expenses.add(new Expense(item, Money.parse(amount), LocalDate.parse(date), null));
    return this;
  }

  public CaseBuilder hospital(String from, String toInclusive) {
    stays.add(DateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(toInclusive)));
    return this;
  }

  public CaseBuilder died(String date, Dependant... dependants) {
    death = new Death(LocalDate.parse(date), List.of(dependants));
    return this;
  }

  /** The pension facts at the retirement age; {@code offset} null when not given. */
  public CaseBuilder pension(boolean noMonthlyPension, String offset) {
    pension =
        new WorkInjuryCase.PensionAtRetirement(
            noMonthlyPension, offset == null ? null : Money.parse(offset));
    return this;
  }

  /** The household registration moved back to the place of origin on {@code date}. */
  public CaseBuilder relocated(String date) {
    relocation = new WorkInjuryCase.Relocation(LocalDate.parse(date));
    return this;
  }

  public CaseBuilder paid(String amount) {
    paid.add(new Payment(Money.parse(amount), null, "advance"));
    return this;
  }

  public WorkInjuryCase build() {
    return new WorkInjuryCase(
        Region.of(region),
        worker,
        new Employment(start, termination, noSuitableJob),
        injury,
        appraisal,
        suspension,
        stays,
        expenses,
        insurance,
        death,
        paid,
        wage,
        null,
        pension,
        relocation);
  }
}
