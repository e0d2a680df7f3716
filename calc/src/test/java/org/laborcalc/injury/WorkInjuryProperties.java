package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.Termination;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.WorkInjuryCase.Worker;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;

/** The laws of the benefits engine over generated valid cases in six provinces. */
class WorkInjuryProperties {

  /** Regions whose province has a complete bundled termination-subsidy rule. */
  private static final List<String> REGIONS =
      List.of("410100", "330100", "370800", "440100", "130100", "320100");

  private static final WorkInjuryCalculator CALC = WorkInjuryCalculator.of(figures().overBundled());

  /** Local figures for every region and year the generator can ask about. */
  private static CallerFigures figures() {
    CallerFigures f = CallerFigures.create();
    Random r = new Random(42);
    for (String code : REGIONS) {
      String province = code.substring(0, 2) + "0000";
      for (int year = 2017; year <= 2025; year++) {
        f.year("wage.regionalAverageMonthly", code, year, (4000 + r.nextInt(6000)) + ".00");
        f.year("wage.provincialAverageMonthly", province, year, (4000 + r.nextInt(6000)) + ".00");
      }
      f.money("wage.minimumMonthly", code, "2015-01-01", null, "2100.00");
      f.money("injury.hospitalFood.dailyStandard", code, "2015-01-01", null, "50.00");
    }
    return f;
  }

  @Provide
  Arbitrary<WorkInjuryCase> cases() {
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Integer> grades = Arbitraries.integers().between(1, 10);
    Arbitrary<String> regions = Arbitraries.of(REGIONS);
    Arbitrary<InsuranceStatus> statuses = Arbitraries.of(InsuranceStatus.class);
    return Combinators.combine(seeds, grades, regions, statuses).as(WorkInjuryProperties::generate);
  }

  static WorkInjuryCase generate(long seed, int g, String region, InsuranceStatus status) {
    Random r = new Random(seed);
    LocalDate injury = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000));
    LocalDate start = injury.minusDays(1 + r.nextInt(3000));
    RetirementCategory category = RetirementCategory.values()[r.nextInt(3)];
    LocalDate birth = injury.minusYears(20 + r.nextInt(30)).minusDays(r.nextInt(365));
    LocalDate appraised = injury.plusDays(30 + r.nextInt(400));
    long maxSuspension =
        Math.min(java.time.temporal.ChronoUnit.DAYS.between(injury, appraised), 700);
    LocalDate suspensionEnd = injury.plusDays(r.nextInt((int) maxSuspension));
    Termination termination =
        r.nextBoolean()
            ? new Termination(
                appraised.plusDays(1 + r.nextInt(300)),
                InitiatedBy.values()[r.nextInt(InitiatedBy.values().length)],
                r.nextBoolean())
            : null;
    DisabilityGrade grade = DisabilityGrade.of(g);
    List<SelfCareLevel> allowed = new ArrayList<>(SelfCareConsistency.allowedLevels(grade));
    Collections.sort(allowed);
    SelfCareLevel care = allowed.get(r.nextInt(allowed.size()));
    List<Expense> expenses = new ArrayList<>();
    List<BenefitItem> costs =
        List.of(
            BenefitItem.MEDICAL_EXPENSES,
            BenefitItem.REHABILITATION,
            BenefitItem.APPRAISAL_FEE,
            BenefitItem.RE_EXAMINATION_FEE,
            BenefitItem.SUSPENSION_PERIOD_CARE,
            BenefitItem.FOLLOW_UP_TREATMENT,
            BenefitItem.ASSISTIVE_DEVICES,
            BenefitItem.TRAVEL_AND_LODGING);
    for (int i = r.nextInt(5); i > 0; i--) {
      expenses.add(
          new Expense(
              costs.get(r.nextInt(costs.size())),
              Money.of(BigDecimal.valueOf(1 + r.nextInt(5_000_000), 2)),
              injury.plusDays(r.nextInt(500)),
              "receipt " + i));
    }
    List<DateRange> stays = new ArrayList<>();
    if (r.nextBoolean()) {
      stays.add(DateRange.ofClosed(injury, injury.plusDays(r.nextInt(40))));
      if (r.nextBoolean()) {
        LocalDate again = injury.plusDays(60 + r.nextInt(100));
        stays.add(DateRange.ofClosed(again, again.plusDays(r.nextInt(20))));
      }
    }
    Death death = null;
    if (r.nextInt(6) == 0) {
      List<Dependant> dependants = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        Relation rel = i == 1 ? Relation.SPOUSE : Relation.values()[1 + r.nextInt(5)];
        // Parents are born before the worker and children after (CaseChecks refuses otherwise).
        LocalDate born =
            switch (rel) {
              case PARENT, GRANDPARENT -> birth.minusYears(16 + r.nextInt(40));
              case CHILD, GRANDCHILD ->
                  birth.plusDays(
                      1
                          + r.nextInt(
                              (int) java.time.temporal.ChronoUnit.DAYS.between(birth, injury)));
              case SPOUSE, SIBLING -> injury.minusYears(r.nextInt(70));
            };
        dependants.add(new Dependant("d" + i, rel, born, r.nextInt(4) == 0));
      }
      death = new Death(injury.plusDays(r.nextInt((int) maxSuspension + 1)), dependants);
    }
    List<Payment> paid = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      paid.add(new Payment(Money.ofYuan(100 + r.nextInt(5000)), null, "advance " + i));
    }
    LocalDate enrolment =
        status == InsuranceStatus.ENROLLED_AFTER_INJURY ? injury.plusDays(r.nextInt(600)) : null;
    // Only Guangdong, Zhejiang and Henan have a bundled rule for an under-declared base.
    if (status == InsuranceStatus.UNDER_DECLARED_BASE
        && !List.of("440100", "330100", "410100").contains(region)) {
      status = InsuranceStatus.INSURED;
    }
    Money declared =
        status == InsuranceStatus.UNDER_DECLARED_BASE
            ? Money.ofYuan(1000 + r.nextInt(20_000))
            : null;
    LocalDate filedLate =
        status != InsuranceStatus.UNINSURED && r.nextInt(4) == 0
            ? injury.plusDays(31 + r.nextInt(200))
            : null;
    Money wage = Money.ofYuan(1000 + r.nextInt(50_000));
    return new WorkInjuryCase(
        Region.of(region),
        new Worker(birth, category, null),
        new Employment(start, termination, r.nextBoolean()),
        new Injury(injury, r.nextInt(5) == 0),
        new Appraisal(appraised, List.of(grade), care, null),
        new Suspension(injury, suspensionEnd, r.nextBoolean()),
        stays,
        expenses,
        new Insurance(status, enrolment, declared, filedLate),
        death,
        paid,
        new WageFacts(wage, null, wage.times(new BigDecimal("1.1"), Money.DEFAULT_ROUNDING)));
  }

  @Property(tries = 300)
  void totalsEqualTheSumOfTheLines(@ForAll("cases") WorkInjuryCase c) {
    WorkInjuryResult r = CALC.calculate(c);
    Money employer = Money.ZERO;
    Money fund = Money.ZERO;
    Money monthlyEmployer = Money.ZERO;
    Money monthlyFund = Money.ZERO;
    for (BenefitLine l : r.lines()) {
      if (l.isMonthly()) {
        if (l.payer() == Payer.EMPLOYER) {
          monthlyEmployer = monthlyEmployer.plus(l.monthlyAmount());
        } else {
          monthlyFund = monthlyFund.plus(l.monthlyAmount());
        }
      } else if (l.payer() == Payer.EMPLOYER) {
        employer = employer.plus(l.amount());
      } else {
        fund = fund.plus(l.amount());
      }
    }
    assertThat(r.totals().employer()).isEqualTo(employer);
    assertThat(r.totals().fund()).isEqualTo(fund);
    assertThat(r.totals().total()).isEqualTo(employer.plus(fund));
    assertThat(r.totals().monthlyEmployer()).isEqualTo(monthlyEmployer);
    assertThat(r.totals().monthlyFund()).isEqualTo(monthlyFund);
  }

  @Property(tries = 300)
  void anUninsuredEmployerPaysEverything(@ForAll("cases") WorkInjuryCase generated) {
    WorkInjuryCase c = withStatus(generated, InsuranceStatus.UNINSURED);
    WorkInjuryResult r = CALC.calculate(c);
    assertThat(r.totals().employer()).isEqualTo(r.totals().total());
    assertThat(r.totals().fund()).isEqualTo(Money.ZERO);
    assertThat(r.totals().monthlyFund()).isEqualTo(Money.ZERO);
    assertThat(r.lines()).allMatch(l -> l.payer() == Payer.EMPLOYER);
  }

  @Property(tries = 300)
  void everyLineIsCitedAndEveryAmountIsInFenAndNotNegative(@ForAll("cases") WorkInjuryCase c) {
    WorkInjuryResult r = CALC.calculate(c);
    for (BenefitLine l : r.lines()) {
      assertThat(l.citations()).isNotEmpty();
      Money amount = l.isMonthly() ? l.monthlyAmount() : l.amount();
      assertThat(amount.amount().scale()).isEqualTo(2);
      if (l.item() == BenefitItem.ALREADY_PAID) {
        assertThat(amount.isNegative()).isTrue();
      } else {
        assertThat(amount.isNegative()).as(l.item().name()).isFalse();
      }
      if (l.accrued() != null) {
        assertThat(l.accrued().amount().scale()).isEqualTo(2);
      }
    }
  }

  @Property(tries = 200)
  void theSameCaseInAnotherOrderGivesAnEqualResult(@ForAll("cases") WorkInjuryCase c) {
    List<Expense> expenses = new ArrayList<>(c.expenses());
    Collections.reverse(expenses);
    List<DateRange> stays = new ArrayList<>(c.hospitalStays());
    Collections.reverse(stays);
    List<Payment> paid = new ArrayList<>(c.alreadyPaid());
    Collections.reverse(paid);
    WorkInjuryCase reordered =
        new WorkInjuryCase(
            c.region(),
            c.worker(),
            c.employment(),
            c.injury(),
            c.appraisal(),
            c.suspension(),
            stays,
            expenses,
            c.insurance(),
            c.death(),
            paid,
            c.wage());
    assertThat(CALC.calculate(reordered)).isEqualTo(CALC.calculate(c));
    assertThat(CALC.calculate(c)).isEqualTo(CALC.calculate(c));
  }

  @Property(tries = 200)
  void theOneTimeSubsidyStrictlyDecreasesFromGrade1To10(@ForAll("cases") WorkInjuryCase c) {
    Money previous = null;
    for (int g = 1; g <= 10; g++) {
      WorkInjuryCase graded = withGrade(c, g);
      Money subsidy =
          CALC.calculate(graded).linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).get(0).amount();
      if (previous != null) {
        assertThat(subsidy).as("grade " + g).isLessThan(previous);
      }
      previous = subsidy;
    }
  }

  private static WorkInjuryCase withStatus(WorkInjuryCase c, InsuranceStatus status) {
    return new WorkInjuryCase(
        c.region(),
        c.worker(),
        c.employment(),
        c.injury(),
        c.appraisal(),
        c.suspension(),
        c.hospitalStays(),
        c.expenses(),
        new Insurance(status, null),
        c.death(),
        c.alreadyPaid(),
        c.wage());
  }

  private static WorkInjuryCase withGrade(WorkInjuryCase c, int g) {
    DisabilityGrade grade = DisabilityGrade.of(g);
    SelfCareLevel care =
        SelfCareConsistency.allowedLevels(grade).contains(SelfCareLevel.NONE)
            ? SelfCareLevel.NONE
            : SelfCareLevel.PARTIAL;
    return new WorkInjuryCase(
        c.region(),
        c.worker(),
        c.employment(),
        c.injury(),
        new Appraisal(c.appraisal().date(), List.of(grade), care, null),
        c.suspension(),
        c.hospitalStays(),
        c.expenses(),
        c.insurance(),
        c.death(),
        c.alreadyPaid(),
        c.wage());
  }
}
