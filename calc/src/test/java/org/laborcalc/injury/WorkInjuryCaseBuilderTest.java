package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;

/** The typed API as a Java integrator uses it: a case by named steps, figures without JSON. */
class WorkInjuryCaseBuilderTest {
  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** The seed case (shared/seeds): Jining, grade 9, uninsured, 本人工资 6,500.00. */
  private static WorkInjuryCaseBuilder seed() {
    return WorkInjuryCase.builder()
        .region(Region.of("370800"))
        .worker(d("1985-05-20"), RetirementCategory.MALE)
        .employedFrom(d("2019-03-01"))
        .injuredOn(d("2019-12-18"))
        .suspended(d("2019-12-18"), d("2020-06-17"))
        .appraised(d("2020-08-20"), 9)
        .terminated(d("2020-10-31"), InitiatedBy.WORKER)
        .uninsured()
        .monthlyWage(Money.parse("6500.00"))
        .expense(BenefitItem.RE_EXAMINATION_FEE, Money.parse("300.00"), null, "复查费")
        .expense(BenefitItem.FOLLOW_UP_TREATMENT, Money.parse("40000.00"), null, "后续治疗费")
        .expense(BenefitItem.APPRAISAL_FEE, Money.parse("2800.00"), null, "司法鉴定费");
  }

  private static ParameterPack jiningFigures() {
    return UserFigures.pack("jining-figures")
        .year(
            WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
            Region.of("370800"),
            2018,
            Money.parse("5200.00"),
            "示例数字 / illustrative figure")
        .year(
            WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
            Region.of("370800"),
            2019,
            Money.parse("5800.00"),
            "示例数字 / illustrative figure")
        .build();
  }

  /** The seed's award: the employer owes 250,800.00 (shared/seeds), the fund nothing. */
  @Test
  void theSeedCaseBuiltByStepsGivesTheSeedAward() {
    LaborCalc calc = LaborCalc.builder().pack(jiningFigures()).build();
    WorkInjuryResult r = calc.workInjury(seed().build());
    assertThat(r.totals().employer()).isEqualTo(Money.parse("250800.00"));
    assertThat(r.totals().fund()).isEqualTo(Money.ZERO);
    assertThat(r.wage().ownWage()).isEqualTo(Money.parse("6500.00"));
  }

  /** A figure given in Java is the caller's, listed with the document that published it. */
  @Test
  void aFigureGivenInJavaIsListedAsUserSuppliedWithItsSource() {
    LaborCalc calc = LaborCalc.builder().pack(jiningFigures()).build();
    WorkInjuryResult r = calc.workInjury(seed().build());
    assertThat(r.wage().parameters())
        .filteredOn(p -> p.key().equals("wage.regionalAverageMonthly"))
        .singleElement()
        .satisfies(p -> assertThat(p.verification().name()).isEqualTo("USER_SUPPLIED"));
  }

  /** Nothing is defaulted: a case without its insurance status or wage says so, located. */
  @Test
  void aFactNotGivenIsNamedNotDefaulted() {
    WorkInjuryCase c =
        WorkInjuryCase.builder()
            .region(Region.of("370800"))
            .employedFrom(d("2019-03-01"))
            .injuredOn(d("2019-12-18"))
            .build();
    assertThat(WorkInjuryCalculator.withBundledParameters().validate(c))
        .extracting(Violation::path)
        .contains("insurance", "wage");
  }

  @Test
  void aYearlyFigureCoversItsYearOnly() {
    ParameterPack pack = jiningFigures();
    assertThat(pack.entries())
        .extracting(e -> e.range().toString())
        .containsExactly("2018-01-01/2019-01-01", "2019-01-01/2020-01-01");
  }

  @Test
  void aFigureOutsideItsKeysBoundsOrWithoutASourceIsRefused() {
    assertThatThrownBy(
            () ->
                UserFigures.pack("x")
                    .year(
                        WorkInjuryKeys.OWN_WAGE_CAP_PERCENT,
                        Region.of("370800"),
                        2019,
                        new java.math.BigDecimal("100000"),
                        "a notice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wage.ownWage.capPercent");
    assertThatThrownBy(
            () ->
                UserFigures.pack("x")
                    .year(
                        WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
                        Region.of("370800"),
                        2019,
                        Money.parse("5800.00"),
                        " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  void aStepThatNeedsAnEarlierOneSaysWhich() {
    assertThatThrownBy(() -> WorkInjuryCase.builder().selfCare(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("appraised");
  }

  /** Each step records exactly the fact it names, and nothing else. */
  @Test
  void eachStepRecordsTheFactItNames() {
    WorkInjuryCase.Dependant spouse =
        new WorkInjuryCase.Dependant("李某", WorkInjuryCase.Relation.SPOUSE, null, false);
    WorkInjuryCase c =
        WorkInjuryCase.builder()
            .region(Region.of("330100"))
            .worker(d("1970-01-01"), RetirementCategory.FEMALE_WORKER_50)
            .retiresOn(d("2025-01-01"))
            .employedFrom(d("2015-01-01"))
            .terminatedUnderArticle38(d("2021-06-30"))
            .noSuitableJobArranged()
            .occupationalDiseaseDiagnosedOn(d("2020-03-01"))
            .appraised(d("2020-09-01"), 5, 7)
            .selfCare(org.laborcalc.injury.grade.SelfCareLevel.PARTIAL)
            .suspendedWithConfirmedExtension(d("2020-03-01"), d("2021-05-31"))
            .hospitalStay(d("2020-03-01"), d("2020-03-10"))
            .expense(BenefitItem.MEDICAL_EXPENSES, Money.parse("100.00"), d("2020-03-05"), "药费")
            .enrolledAfterInjury(d("2020-04-01"))
            .recognitionAppliedForOn(d("2020-05-01"))
            .died(d("2021-07-01"), spouse)
            .alreadyPaid(Money.parse("50.00"), d("2020-06-01"), "垫付")
            .monthlyWage(Money.parse("7000.00"))
            .originalWage(Money.parse("7200.00"))
            .preTerminationAverageWage(Money.parse("7100.00"))
            .build();
    assertThat(c.region().code()).isEqualTo("330100");
    assertThat(c.worker().birthDate()).isEqualTo(d("1970-01-01"));
    assertThat(c.worker().retirementCategory()).isEqualTo(RetirementCategory.FEMALE_WORKER_50);
    assertThat(c.worker().retirementDate()).isEqualTo(d("2025-01-01"));
    assertThat(c.employment().start()).isEqualTo(d("2015-01-01"));
    assertThat(c.employment().noSuitableJobArranged()).isTrue();
    assertThat(c.employment().termination().date()).isEqualTo(d("2021-06-30"));
    assertThat(c.employment().termination().initiatedBy()).isEqualTo(InitiatedBy.WORKER);
    assertThat(c.employment().termination().labourContractLawArticle38()).isTrue();
    assertThat(c.injury().date()).isEqualTo(d("2020-03-01"));
    assertThat(c.injury().occupationalDisease()).isTrue();
    assertThat(c.appraisal().itemGrades())
        .extracting(org.laborcalc.injury.grade.DisabilityGrade::number)
        .containsExactly(5, 7);
    assertThat(c.appraisal().selfCare())
        .isEqualTo(org.laborcalc.injury.grade.SelfCareLevel.PARTIAL);
    assertThat(c.suspension().extensionConfirmed()).isTrue();
    assertThat(c.suspension().endInclusive()).isEqualTo(d("2021-05-31"));
    assertThat(c.hospitalStays())
        .singleElement()
        .satisfies(r -> assertThat(r.lengthInDays()).isEqualTo(10));
    assertThat(c.expenses())
        .singleElement()
        .satisfies(e -> assertThat(e.description()).isEqualTo("药费"));
    assertThat(c.insurance().status())
        .isEqualTo(WorkInjuryCase.InsuranceStatus.ENROLLED_AFTER_INJURY);
    assertThat(c.insurance().enrolmentDate()).isEqualTo(d("2020-04-01"));
    assertThat(c.insurance().recognitionFiledOn()).isEqualTo(d("2020-05-01"));
    assertThat(c.death().dependants()).containsExactly(spouse);
    assertThat(c.alreadyPaid())
        .singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualTo(Money.parse("50.00")));
    assertThat(c.wage().monthlyWage()).isEqualTo(Money.parse("7000.00"));
    assertThat(c.wage().originalWage()).isEqualTo(Money.parse("7200.00"));
    assertThat(c.wage().preTerminationAverageWage()).isEqualTo(Money.parse("7100.00"));
  }

  @Test
  void theOtherInsuranceStepsAndTheNormalVariants() {
    assertThat(WorkInjuryCase.builder().insured().build().insurance().status())
        .isEqualTo(WorkInjuryCase.InsuranceStatus.INSURED);
    WorkInjuryCase under =
        WorkInjuryCase.builder().insuredOnUnderDeclaredBase(Money.parse("3000.00")).build();
    assertThat(under.insurance().status())
        .isEqualTo(WorkInjuryCase.InsuranceStatus.UNDER_DECLARED_BASE);
    assertThat(under.insurance().declaredMonthlyBase()).isEqualTo(Money.parse("3000.00"));
    WorkInjuryCase plain =
        WorkInjuryCase.builder()
            .injuredOn(d("2020-01-01"))
            .suspended(d("2020-01-01"), d("2020-02-29"))
            .terminated(d("2021-01-01"), InitiatedBy.CONTRACT_EXPIRY)
            .appraised(d("2020-06-01"), 9)
            .activitiesNeedingCare(
                java.util.Set.of(org.laborcalc.injury.grade.DailyActivity.values()[0]))
            .wageEvidence(java.util.List.of(), null, null)
            .build();
    assertThat(plain.injury().occupationalDisease()).isFalse();
    assertThat(plain.suspension().extensionConfirmed()).isFalse();
    assertThat(plain.employment().start()).isNull();
    assertThat(plain.employment().termination().labourContractLawArticle38()).isFalse();
    assertThat(plain.appraisal().selfCare()).isNull();
    assertThat(plain.appraisal().activitiesNeedingCare()).hasSize(1);
    assertThat(plain.wage().monthlyWage()).isNull();
    assertThat(plain.worker()).isEqualTo(new org.laborcalc.employment.Worker(null, null, null));
    assertThatThrownBy(() -> WorkInjuryCase.builder().recognitionAppliedForOn(d("2020-01-01")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("insurance");
  }

  /** A case with neither a start of employment nor a termination has no employment at all. */
  @Test
  void withoutEmploymentStepsTheEmploymentIsMissingAsAWhole() {
    WorkInjuryCase c =
        WorkInjuryCase.builder().region(Region.of("370800")).injuredOn(d("2019-12-18")).build();
    assertThat(c.employment()).isNull();
    assertThat(WorkInjuryCalculator.withBundledParameters().validate(c))
        .extracting(Violation::path, Violation::code)
        .contains(org.assertj.core.groups.Tuple.tuple("employment", "REQUIRED"));
  }

  /** Care by daily activity is part of an appraisal: the step before it is appraised(...). */
  @Test
  void activitiesNeedingCareMustFollowTheAppraisal() {
    assertThatThrownBy(
            () ->
                WorkInjuryCase.builder()
                    .activitiesNeedingCare(
                        java.util.Set.of(org.laborcalc.injury.grade.DailyActivity.values()[0])))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("activitiesNeedingCare must follow appraised(date, grades)");
  }

  /** The items paid every month: disability allowance, living care and dependants' pension. */
  @Test
  void theMonthlyItemsAreTheAllowanceTheLivingCareAndThePension() {
    assertThat(java.util.Arrays.stream(BenefitItem.values()).filter(BenefitItem::isMonthly))
        .containsExactlyInAnyOrder(
            BenefitItem.DISABILITY_ALLOWANCE,
            BenefitItem.LIVING_CARE_ALLOWANCE,
            BenefitItem.DEPENDANT_PENSION);
  }
}
