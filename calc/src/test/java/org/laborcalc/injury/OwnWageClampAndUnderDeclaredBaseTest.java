package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.wage.ClampResult;

/**
 * 本人工资 (art. 64 ¶2) against 原工资福利待遇 (art. 33 ¶1), and the fund's and employer's shares on an
 * under-declared base (Henan art. 33). Figures worked by hand in each comment.
 */
class OwnWageClampAndUnderDeclaredBaseTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  /** Jining, injured 2019-12-18; the 2018 average 5,200.00 gives 3,120.00–15,600.00. */
  private static final WorkInjuryCalculator JINING =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
              .overBundled());

  private static CaseBuilder jining(String wage) {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .suspended("2019-12-18", "2020-01-17", false)
        .wage(wage);
  }

  @Test
  void aWageWithinTheBoundsIsTheOwnWage() {
    OwnWage w = JINING.calculate(jining("6500.00").build()).wage();
    assertThat(w.ownWage()).isEqualTo(m("6500.00"));
    assertThat(w.clamp()).isEqualTo(ClampResult.Direction.NONE);
    assertThat(w.formula())
        .isEqualTo(
            "60% × 5,200.00 = 3,120.00 ≤ 6,500.00 ≤ 300% × 5,200.00 = 15,600.00 → 本人工资 6,500.00");
    assertThat(w.citations()).contains(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2));
  }

  /**
   * 2,000 is below 60% × 5,200 = 3,120: 本人工资 3,120.00. The suspension wage is the original wage,
   * unchanged (art. 33 ¶1): one month of 2,000.00, not of the raised figure.
   */
  @Test
  void aLowWageIsRaisedForTheOwnWageButNotForTheOriginalPay() {
    WorkInjuryResult r = JINING.calculate(jining("2000.00").build());
    assertThat(r.wage().ownWage()).isEqualTo(m("3120.00"));
    assertThat(r.wage().originalWage()).isEqualTo(m("2000.00"));
    assertThat(r.wage().clamp()).isEqualTo(ClampResult.Direction.RAISED_TO_LOWER_BOUND);
    assertThat(r.wage().formula())
        .isEqualTo("2,000.00（低于下限，按下限，60% 至 300%：3,120.00 至 15,600.00）→ 本人工资 3,120.00");
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(m("2000.00"));
  }

  /** 20,000 is above 300% × 5,200 = 15,600: 本人工资 15,600.00; the suspension month 20,000.00. */
  @Test
  void aHighWageIsCappedForTheOwnWageButNotForTheOriginalPay() {
    WorkInjuryResult r = JINING.calculate(jining("20000.00").build());
    assertThat(r.wage().ownWage()).isEqualTo(m("15600.00"));
    assertThat(r.wage().formula())
        .isEqualTo("20,000.00（高于上限，按上限，60% 至 300%：3,120.00 至 15,600.00）→ 本人工资 15,600.00");
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(m("20000.00"));
  }

  /** An original wage stated apart (wages plus benefits) is the suspension pay: 7,000.00. */
  @Test
  void aStatedOriginalWageIsTheSuspensionPay() {
    CaseBuilder b = jining("6500.00");
    b.wage(new WageFacts(m("6500.00"), m("7000.00"), null));
    WorkInjuryResult r = JINING.calculate(b.build());
    assertThat(r.wage().originalWage()).isEqualTo(m("7000.00"));
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(m("7000.00"));
  }

  /**
   * Henan art. 33, grade 4 injured 2022-03-01; 本人工资 6,000, declared base 3,000 raised to 60% ×
   * 6,000 (2021 average) = 3,600. One-time subsidy 21 months: fund 21 × 3,600 = 75,600.00, employer
   * 21 × 6,000 − 75,600 = 126,000 − 75,600 = 50,400.00. Allowance 75%: fund 75% × 3,600 = 2,700.00
   * a month, employer 75% × 6,000 − 2,700 = 4,500 − 2,700 = 1,800.00 a month. The suspension wages
   * (6 × 6,000 = 36,000.00) are the employer's in any case: one line, unsplit.
   */
  @Test
  void anUnderDeclaredBaseSplitsEachFundItem() {
    CaseBuilder b =
        CaseBuilder.create()
            .region("410100")
            .employed("2015-01-01")
            .injured("2022-03-01", false)
            .suspended("2022-03-01", "2022-08-31", false)
            .graded("2022-09-01", 4)
            .wage("6000.00");
    b.insurance(new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null, m("3000.00"), null));
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
                    .money("wage.minimumMonthly", "410100", "2022-01-01", null, "2000.00")
                    .overBundled())
            .calculate(b.build());
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("50400.00")),
            org.assertj.core.groups.Tuple.tuple(Party.FUND, m("75600.00")));
    List<BenefitLine> allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE);
    assertThat(allowance)
        .extracting(BenefitLine::payer, BenefitLine::monthlyAmount, BenefitLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("1800.00"), null),
            org.assertj.core.groups.Tuple.tuple(Party.FUND, m("2700.00"), null));
    assertThat(allowance.get(0).formulaText()).isEqualTo("4,500.00 − 2,700.00 = 1,800.00");
    assertThat(allowance.get(0).label()).isEqualTo("少报缴费工资差额");
    assertThat(allowance.get(1).explanationZh())
        .startsWith("按申报的月缴费基数 3,000.00（本人工资 3,600.00）由工伤保险基金支付：");
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("36000.00")));
    // the own wage in the result is the worker's, not the declared base's
    assertThat(r.wage().ownWage()).isEqualTo(m("6000.00"));
  }

  private static CaseBuilder henanGradeSeven() {
    CaseBuilder b =
        CaseBuilder.create()
            .region("410100")
            .employed("2015-01-01")
            .injured("2022-03-01", false)
            .graded("2022-09-01", 7)
            .terminated("2023-03-01", InitiatedBy.WORKER)
            .worker(null, null, java.time.LocalDate.parse("2045-01-01"))
            .wage("6000.00");
    b.insurance(new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null, m("3000.00"), null));
    return b;
  }

  private static CallerFigures henanFigures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
        .year("wage.regionalAverageMonthly", "410100", 2022, "6500.00");
  }

  /**
   * Henan art. 27 bases both termination subsidies on the regional average (2022: 6,500), not on
   * 本人工资: the fund's 医疗 12 × 6,500 = 78,000.00 leaves no difference, and the employer's 就业 36 ×
   * 6,500 = 234,000.00 stays one employer line. The one-time subsidy 13 months splits: fund 13 ×
   * 3,600 = 46,800.00, employer 13 × 6,000 − 46,800 = 31,200.00.
   */
  @Test
  void onAnUnderDeclaredBaseOnlyOwnWageItemsSplit() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(henanFigures().overBundled()).calculate(henanGradeSeven().build());
    assertThat(r.linesOf(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Party.FUND, m("78000.00")));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("234000.00")));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("31200.00")),
            org.assertj.core.groups.Tuple.tuple(Party.FUND, m("46800.00")));
  }

  /**
   * A province whose text leaves the difference with nobody (a caller's rule for Zhengzhou): the
   * fund pays on the declared base, 46,800.00, and no employer line is added.
   */
  @Test
  void withoutTheEmployerRuleThereIsNoDifferenceLine() throws Exception {
    org.laborcalc.parameters.ParameterPack rule =
        org.laborcalc.injury.rules.BundledPacks.reader()
            .read(
                new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(
                        """
                        {"pack": "zhengzhou-rule", "title": "郑州规则（测试）", "entries": [
                          {"key": "injury.underDeclaredBase", "region": "410100",
                           "from": "2007-10-01", "verification": "USER_SUPPLIED",
                           "citations": [{"document": "test rule"}],
                           "value": {"employerPaysDifference": false}}]}"""),
                "zhengzhou-rule");
    WorkInjuryResult r =
        WorkInjuryCalculator.of(henanFigures().overBundled().with(rule))
            .calculate(henanGradeSeven().build());
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
        .extracting(BenefitLine::payer, BenefitLine::amount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Party.FUND, m("46800.00")));
  }

  /** Evidence of pay is checked through the calculator too, its problems located under "wage.". */
  @Test
  void evidenceProblemsAreLocatedUnderWage() {
    CaseBuilder b =
        CaseBuilder.create().region("370800").employed("2019-03-01").injured("2019-12-18", false);
    b.wage(
        WageFacts.fromEvidence(
            List.of(
                org.laborcalc.wage.EvidenceItem.bankDeposit(
                    java.time.YearMonth.of(2019, 4), m("6500.00"))),
            null));
    assertThat(JINING.validate(b.build(), CalculationOptions.defaults())).isEmpty();
    b.wage(
        WageFacts.fromEvidence(
            List.of(
                org.laborcalc.wage.EvidenceItem.bankDeposit(
                    java.time.YearMonth.of(2020, 4), m("6500.00"))),
            null));
    assertThat(JINING.validate(b.build(), CalculationOptions.defaults()))
        .extracting(v -> v.path())
        .isNotEmpty()
        .allMatch(p -> p.startsWith("wage.evidence[0]"));
  }
}
