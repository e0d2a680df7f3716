package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Who pays, and the article that says so, must always agree (the one liability pass): each test
 * works the payer out from the article by hand and checks the line's payer and citations together.
 */
class LiabilityRulesTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  private static java.util.List<String> cites(BenefitLine l) {
    return l.citations().stream().map(Citation::toChinese).toList();
  }

  /** Zhengzhou, injured 2022-03-01, grade 9, 本人工资 6,000 (the 2021 average is 6,000). */
  private static CaseBuilder zhengzhou(String appraisal) {
    CaseBuilder b =
        CaseBuilder.create()
            .region("410100")
            .employed("2015-01-01")
            .injured("2022-03-01", false)
            .graded(appraisal, 9)
            .wage("6000.00");
    return b.insurance(
        new WorkInjuryCase.Insurance(
            InsuranceStatus.INSURED, null, null, LocalDate.of(2022, 5, 15)));
  }

  private static WorkInjuryCalculator zhengzhouFigures() {
    return WorkInjuryCalculator.of(
        CallerFigures.create()
            .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
            .overBundled());
  }

  /**
   * Art. 17 ¶4: the employer applied on 2022-05-15, after the 30 days of ¶1 (to 2022-03-31). The
   * grade assessed on 2022-04-20 falls in that gap: the one-time disability subsidy, 9 × 6,000.00 =
   * 54,000.00, is the employer's, and the line says why (art. 17 ¶4) and with which time limit.
   */
  @Test
  void aBenefitArisingBeforeTheLateApplicationIsTheEmployersAndCitesArticle17() {
    WorkInjuryResult r = zhengzhouFigures().calculate(zhengzhou("2022-04-20").build());
    BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
    assertThat(subsidy.amount()).isEqualTo(m("54000.00"));
    assertThat(subsidy.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(cites(subsidy)).contains("《工伤保险条例》第十七条第四款");
    assertThat(subsidy.parameters())
        .extracting(ParameterUse::key)
        .contains("injury.recognition.employerApplicationDays");
  }

  /** The same grade assessed after the application (2022-06-01): the fund's, no art. 17. */
  @Test
  void aBenefitArisingAfterTheApplicationIsTheFundsWithoutArticle17() {
    WorkInjuryResult r = zhengzhouFigures().calculate(zhengzhou("2022-06-01").build());
    BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
    assertThat(subsidy.payer()).isEqualTo(Party.FUND);
    assertThat(cites(subsidy)).doesNotContain("《工伤保险条例》第十七条第四款");
  }

  /**
   * 2003 text, art. 29 ¶4: hospital food was the employer's even for an insured worker, so a late
   * enrolment (人社部发〔2016〕29号 item 3, which decides what the fund takes over from the enrolment) has
   * nothing to say about it: employer, without that citation. Medical costs after the enrolment are
   * the fund's under 29号 and cite it. Injured 2009-05-01 in Hangzhou, enrolled 2009-06-01; 10 days
   * × 30.00 = 300.00; receipt of 2009-07-01, 1,000.00.
   */
  @Test
  void underThe2003TextAnEmployerItemDoesNotCiteTheLateEnrolmentRules() {
    CaseBuilder b =
        CaseBuilder.create()
            .region("330100")
            .employed("2008-01-01")
            .injured("2009-05-01", false)
            .hospital("2009-05-01", "2009-05-10")
            .expenseOn(BenefitItem.MEDICAL_EXPENSES, "1000.00", "2009-07-01")
            .wage("3000.00")
            .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2009-06-01");
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "330100", 2008, "3000.00")
                    .money(
                        "injury.hospitalFood.dailyStandard",
                        "330100",
                        "2009-01-01",
                        "2010-01-01",
                        "30.00")
                    .overBundled())
            .calculate(b.build());
    BenefitLine food = only(r, BenefitItem.HOSPITAL_FOOD_SUBSIDY);
    assertThat(food.amount()).isEqualTo(m("300.00"));
    assertThat(food.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(food.citations())
        .extracting(ci -> ci.instrument().id())
        .doesNotContain("rsbf-2016-29");
    BenefitLine medical = only(r, BenefitItem.MEDICAL_EXPENSES);
    assertThat(medical.amount()).isEqualTo(m("1000.00"));
    assertThat(medical.payer()).isEqualTo(Party.FUND);
    assertThat(medical.citations()).extracting(ci -> ci.instrument().id()).contains("rsbf-2016-29");
  }
}
