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
}
