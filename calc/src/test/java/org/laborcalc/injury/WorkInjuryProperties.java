package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.GeneratedCases;
import org.laborcalc.time.DateRange;

/** The laws of the benefits engine over generated valid cases in six provinces. */
class WorkInjuryProperties {

  private static final WorkInjuryCalculator CALC = GeneratedCases.calculator();

  @Provide
  Arbitrary<WorkInjuryCase> cases() {
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Integer> grades = Arbitraries.integers().between(1, 10);
    Arbitrary<String> regions = Arbitraries.of(GeneratedCases.REGIONS);
    Arbitrary<InsuranceStatus> statuses = Arbitraries.of(InsuranceStatus.class);
    return Combinators.combine(seeds, grades, regions, statuses)
        .as((seed, g, region, status) -> GeneratedCases.generate(seed, g, region, status, true));
  }

  /**
   * One-time totals are the sums of the one-time lines by payer; monthly totals those of the
   * monthly lines still due: a line the worker's death ended (art. 42 ¶1 (一)) is not counted.
   */
  @Property(tries = 300)
  void totalsEqualTheSumOfTheLines(@ForAll("cases") WorkInjuryCase c) {
    WorkInjuryResult r = CALC.calculate(c);
    java.time.LocalDate died = c.death() == null ? null : c.death().date();
    Money employer = Money.ZERO;
    Money fund = Money.ZERO;
    Money monthlyEmployer = Money.ZERO;
    Money monthlyFund = Money.ZERO;
    for (BenefitLine l : r.lines()) {
      if (l.isMonthly()) {
        if (died != null && l.until() != null && !l.until().isAfter(died)) {
          continue;
        }
        // A monthly item split by payer on a date (a late enrolment) counts once, on the part
        // that runs on.
        if (l.until() != null
            && r.lines().stream()
                .anyMatch(
                    o ->
                        o != l
                            && o.item() == l.item()
                            && java.util.Objects.equals(o.label(), l.label())
                            && l.until().plusDays(1).equals(o.startDate()))) {
          continue;
        }
        if (l.payer() == Party.EMPLOYER) {
          monthlyEmployer = monthlyEmployer.plus(l.monthlyAmount());
        } else {
          monthlyFund = monthlyFund.plus(l.monthlyAmount());
        }
      } else if (l.payer() == Party.EMPLOYER) {
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
    assertThat(r.lines()).allMatch(l -> l.payer() == Party.EMPLOYER);
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
