package org.laborcalc.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Employment;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.Termination;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.WorkInjuryCase.Worker;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;

/**
 * A case with sensible facts, changed one at a time. Copied from calc's test {@code CaseBuilder}
 * (test classes are not on this class path).
 */
final class CaseBuilder {
  String region = "370800";
  Worker worker = new Worker(LocalDate.of(1985, 5, 20), RetirementCategory.MALE, null);
  LocalDate start = LocalDate.of(2019, 3, 1);
  Termination termination;
  boolean noSuitableJob;
  Injury injury = new Injury(LocalDate.of(2019, 12, 18), false);
  Appraisal appraisal;
  Suspension suspension;
  List<DateRange> stays = new ArrayList<>();
  List<Expense> expenses = new ArrayList<>();
  Insurance insurance = new Insurance(InsuranceStatus.UNINSURED, null);
  Death death;
  List<Payment> paid = new ArrayList<>();
  WageFacts wage = new WageFacts(Money.parse("6500.00"), null, null);

  static CaseBuilder create() {
    return new CaseBuilder();
  }

  CaseBuilder region(String code) {
    region = code;
    return this;
  }

  CaseBuilder worker(LocalDate birth, RetirementCategory category, LocalDate retirement) {
    worker = new Worker(birth, category, retirement);
    return this;
  }

  CaseBuilder employed(String date) {
    start = LocalDate.parse(date);
    return this;
  }

  CaseBuilder injured(String date, boolean occupationalDisease) {
    injury = new Injury(LocalDate.parse(date), occupationalDisease);
    return this;
  }

  CaseBuilder graded(String date, int... grades) {
    appraisal =
        new Appraisal(
            LocalDate.parse(date),
            Arrays.stream(grades).mapToObj(DisabilityGrade::of).toList(),
            SelfCareLevel.NONE,
            null);
    return this;
  }

  CaseBuilder selfCare(SelfCareLevel level) {
    appraisal = new Appraisal(appraisal.date(), appraisal.itemGrades(), level, null);
    return this;
  }

  CaseBuilder suspended(String start, String endInclusive, boolean extensionConfirmed) {
    suspension =
        new Suspension(LocalDate.parse(start), LocalDate.parse(endInclusive), extensionConfirmed);
    return this;
  }

  CaseBuilder terminated(String date, InitiatedBy by) {
    termination = new Termination(LocalDate.parse(date), by, false);
    return this;
  }

  CaseBuilder noSuitableJob() {
    noSuitableJob = true;
    return this;
  }

  CaseBuilder insurance(InsuranceStatus status, String enrolment) {
    insurance = new Insurance(status, enrolment == null ? null : LocalDate.parse(enrolment));
    return this;
  }

  CaseBuilder wage(String monthly) {
    wage = new WageFacts(Money.parse(monthly), null, null);
    return this;
  }

  CaseBuilder expense(BenefitItem item, String amount, String description) {
    expenses.add(new Expense(item, Money.parse(amount), null, description));
    return this;
  }

  CaseBuilder expenseOn(BenefitItem item, String amount, String date) {
    expenses.add(new Expense(item, Money.parse(amount), LocalDate.parse(date), null));
    return this;
  }

  CaseBuilder hospital(String from, String toInclusive) {
    stays.add(DateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(toInclusive)));
    return this;
  }

  CaseBuilder died(String date, Dependant... dependants) {
    death = new Death(LocalDate.parse(date), List.of(dependants));
    return this;
  }

  CaseBuilder paid(String amount) {
    paid.add(new Payment(Money.parse(amount), null, "advance"));
    return this;
  }

  WorkInjuryCase build() {
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
        wage);
  }
}
