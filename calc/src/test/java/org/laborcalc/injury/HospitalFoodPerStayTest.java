package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 住院伙食补助费 over several stays (art. 30 ¶4; issue 22 §7): each day at the standard in force on it and
 * paid by the payer of its own date. Jining (370800): the caller's daily standard 30.00 until
 * 2020-12-31, 40.00 from 2021-01-01; 本人工资 6,500.00 inside the clamp of the 2019 and 2021 averages
 * 6,000.00.
 */
class HospitalFoodPerStayTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2019, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2021, "6000.00")
              .money(
                  "injury.hospitalFood.dailyStandard",
                  "370800",
                  "2019-01-01",
                  "2021-01-01",
                  "30.00")
              .money("injury.hospitalFood.dailyStandard", "370800", "2021-01-01", null, "40.00")
              .overBundled());

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static CaseBuilder insured() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2020-05-01", false)
        .insurance(InsuranceStatus.INSURED, null)
        .wage("6500.00");
  }

  /**
   * 2020-05-01 to 05-10 (10 days at 30.00 = 300.00) and 2021-03-01 to 03-05 (5 days at 40.00 =
   * 200.00): two lines, not 15 × 30.00 = 450.00.
   */
  @Test
  void eachStayAtTheStandardInForceOnItsDays() {
    WorkInjuryResult r =
        CALC.calculate(
            insured()
                .hospital("2020-05-01", "2020-05-10")
                .hospital("2021-03-01", "2021-03-05")
                .build());
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY))
        .extracting(BenefitLine::amount, BenefitLine::payer)
        .containsExactly(tuple(m("300.00"), Party.FUND), tuple(m("200.00"), Party.FUND));
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY).get(1).formulaText())
        .isEqualTo("5 × 40.00 = 200.00");
  }

  /** One standard, one payer: one line, 10 + 5 = 15 days × 30.00 = 450.00. */
  @Test
  void staysSharingStandardAndPayerMakeOneLine() {
    WorkInjuryResult r =
        CALC.calculate(
            insured()
                .hospital("2020-05-01", "2020-05-10")
                .hospital("2020-06-01", "2020-06-05")
                .build());
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("450.00"));
  }

  /**
   * Enrolled 2020-06-01 after the 2020-05-01 injury: the stay 2020-05-29 to 06-02 is 3 days before
   * (29, 30, 31 May: 90.00, the employer's, art. 62 ¶2) and 2 from the enrolment (1, 2 June: 60.00,
   * the fund's, art. 62 ¶3 and 人社部发〔2016〕29号); a later stay 2020-07-01 to 07-03 (3 × 30.00 = 90.00)
   * joins the fund's days: 150.00.
   */
  @Test
  void eachDayIsPaidByThePayerOfItsOwnDate() {
    WorkInjuryResult r =
        CALC.calculate(
            insured()
                .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2020-06-01")
                .hospital("2020-05-29", "2020-06-02")
                .hospital("2020-07-01", "2020-07-03")
                .build());
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY))
        .extracting(BenefitLine::amount, BenefitLine::payer)
        .containsExactly(tuple(m("90.00"), Party.EMPLOYER), tuple(m("150.00"), Party.FUND));
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY).get(1).explanationZh())
        .contains("2020-06-01至2020-06-02、2020-07-01至2020-07-03");
  }
}
