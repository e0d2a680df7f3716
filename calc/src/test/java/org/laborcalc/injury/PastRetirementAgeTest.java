package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.PastRetirementAge;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;

/**
 * Issue 15 §6: a worker at or past the statutory retirement age, by 人社部发〔2016〕29号 item 二 (legal
 * folder, secondary): ¶1 still at the original employer without a pension → the employer bears the
 * work-injury liability; ¶2 hired past the age or drawing a pension → the Regulation applies where
 * the employer paid contributions; otherwise nothing is computed (no held text says what is due).
 *
 * <p>The worker: a man born 1958-04-10, statutory retirement at 60 on 2018-04-10 (born before 1965,
 * no delay under the 2024 decision), injured in Zhengzhou on 2022-03-01, grade 9, 本人工资 6,000.00
 * with the 2021 average at 6,000.00 (inside 60–300%). 一次性伤残补助金 = 9 months × 6,000.00 = 54,000.00
 * (art. 37 (一)).
 */
class PastRetirementAgeTest {
  private static final Money SUBSIDY = Money.parse("54000.00");

  private static WorkInjuryCalculator calculator() {
    return WorkInjuryCalculator.of(
        CallerFigures.create()
            .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
            .overBundled());
  }

  private static WorkInjuryCaseBuilder worker(PastRetirementAge situation) {
    return WorkInjuryCase.builder()
        .region(Region.of("410100"))
        .worker(LocalDate.of(1958, 4, 10), RetirementCategory.MALE)
        .employedFrom(LocalDate.of(2016, 1, 1))
        .pastRetirementAge(situation)
        .injuredOn(LocalDate.of(2022, 3, 1))
        .appraised(LocalDate.of(2022, 6, 1), 9)
        .monthlyWage(Money.parse("6000.00"));
  }

  private static BenefitLine subsidy(WorkInjuryResult r) {
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)).hasSize(1);
    return r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).get(0);
  }

  private static List<Notice> pastRetirement(WorkInjuryResult r) {
    return r.warnings().stream().filter(n -> n.code().equals("PAST_RETIREMENT_AGE")).toList();
  }

  /** ¶1, never insured: the employer bears the liability, so it pays everything (art. 62 ¶2). */
  @Test
  void stillAtTheOriginalEmployerWithoutPensionTheUninsuredEmployerPays() {
    WorkInjuryResult r =
        calculator()
            .calculate(worker(PastRetirementAge.CONTINUED_WITHOUT_PENSION).uninsured().build());
    BenefitLine l = subsidy(r);
    assertThat(l.amount()).isEqualTo(SUBSIDY);
    assertThat(l.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(l.citations().stream().map(Citation::toChinese)).contains("《工伤保险条例》第六十二条第二款");
    List<Notice> n = pastRetirement(r);
    assertThat(n).hasSize(1);
    assertThat(n.get(0).messageZh()).contains("第二条第一款").contains("继续在原用人单位工作");
    assertThat(n.get(0).messageEn())
        .contains("item 2 ¶1", "original employer")
        .doesNotContain("¶2");
  }

  /** ¶1, insured: the fund pays the subsidy as for any insured worker. */
  @Test
  void stillAtTheOriginalEmployerInsuredTheFundPays() {
    WorkInjuryResult r =
        calculator()
            .calculate(worker(PastRetirementAge.CONTINUED_WITHOUT_PENSION).insured().build());
    assertThat(subsidy(r).amount()).isEqualTo(SUBSIDY);
    assertThat(subsidy(r).payer()).isEqualTo(Party.FUND);
    assertThat(pastRetirement(r)).hasSize(1);
  }

  /** ¶2: hired past the age, the employer paid contributions (e.g. by project) → the Regulation. */
  @Test
  void hiredPastTheAgeWithContributionsPaidComesUnderTheRegulation() {
    WorkInjuryResult r =
        calculator()
            .calculate(worker(PastRetirementAge.HIRED_PAST_AGE_OR_PENSIONER).insured().build());
    assertThat(subsidy(r).amount()).isEqualTo(SUBSIDY);
    assertThat(subsidy(r).payer()).isEqualTo(Party.FUND);
    List<Notice> n = pastRetirement(r);
    assertThat(n).hasSize(1);
    assertThat(n.get(0).messageZh()).contains("第二条第二款").contains("已为其缴纳工伤保险费");
    assertThat(n.get(0).messageEn()).contains("item 2 ¶2");
  }

  /**
   * Hired past the age without contributions: item 二 ¶2 does not apply the Regulation, no held text
   * says what is due instead, so validation and the computation refuse it at the fact, alike.
   */
  @Test
  void hiredPastTheAgeWithoutContributionsIsNotComputed() {
    WorkInjuryCase c = worker(PastRetirementAge.HIRED_PAST_AGE_OR_PENSIONER).uninsured().build();
    List<Violation> v = calculator().validate(c);
    assertThat(v).hasSize(1);
    assertThat(v.get(0).path()).isEqualTo("employment.pastRetirementAge");
    assertThat(v.get(0).code()).isEqualTo("NO_APPLICABLE_RULE");
    assertThat(v.get(0).messageZh()).contains("第二条第二款", "第三十二条第一款", "UNINSURED");
    assertThat(v.get(0).messageEn()).contains("labour services");
    assertThatThrownBy(() -> calculator().calculatePartial(c, CalculationOptions.defaults()))
        .isInstanceOf(InvalidInputException.class);
  }

  /** Enrolled only after the injury: no contributions had been paid when it happened. */
  @Test
  void hiredPastTheAgeAndEnrolledAfterTheInjuryIsNotComputed() {
    WorkInjuryCase c =
        worker(PastRetirementAge.HIRED_PAST_AGE_OR_PENSIONER)
            .enrolledAfterInjury(LocalDate.of(2022, 4, 1))
            .build();
    assertThat(calculator().validate(c))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "employment.pastRetirementAge", "NO_APPLICABLE_RULE"));
  }

  /** A worker born 1980 was 41 at the injury: the fact contradicts the birth date. */
  @Test
  void aWorkerBelowTheRetirementAgeContradictsTheFact() {
    WorkInjuryCase c =
        worker(PastRetirementAge.CONTINUED_WITHOUT_PENSION)
            .worker(LocalDate.of(1980, 4, 10), RetirementCategory.MALE)
            .uninsured()
            .build();
    List<Violation> v = calculator().validate(c);
    assertThat(v).extracting(Violation::code).containsExactly("CONTRADICTION");
    assertThat(v.get(0).path()).isEqualTo("employment.pastRetirementAge");
  }

  /** Without the fact, no notice: a case that does not raise the question is not told about it. */
  @Test
  void withoutTheFactNoNotice() {
    WorkInjuryResult r = calculator().calculate(worker(null).uninsured().build());
    assertThat(pastRetirement(r)).isEmpty();
    assertThat(subsidy(r).amount()).isEqualTo(SUBSIDY);
  }

  /** The case file names the situation under employment, and writing it back keeps it. */
  @Test
  void theCaseFileReadsAndWritesTheFact() {
    String json =
        """
        {"case": {
          "region": "410100",
          "worker": {"birthDate": "1958-04-10", "retirementCategory": "MALE"},
          "employment": {"start": "2016-01-01", "pastRetirementAge": "CONTINUED_WITHOUT_PENSION"},
          "injury": {"date": "2022-03-01"},
          "appraisal": {"date": "2022-06-01", "itemGrades": [9], "selfCare": "NONE"},
          "insurance": {"status": "UNINSURED"},
          "wage": {"monthlyWage": "6000.00"}
        }}
        """;
    WorkInjuryCase c = LaborCalcJson.readCaseFile(json).workInjuryCase();
    assertThat(c.employment().pastRetirementAge())
        .isEqualTo(PastRetirementAge.CONTINUED_WITHOUT_PENSION);
    assertThat(pastRetirement(calculator().calculate(c))).hasSize(1);
  }
}
