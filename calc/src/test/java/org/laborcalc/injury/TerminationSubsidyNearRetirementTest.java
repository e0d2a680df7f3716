package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Provincial standards for the termination subsidies at their edges. Henan art. 27 (2007): grade 7,
 * 医疗 12 and 就业 36 months of the regional average; with less than five years to retirement the
 * employment subsidy is cut by 20% a year short, to 10% under one year. The caller's figures:
 * Zhengzhou's average monthly wage 6,000.00 in 2018, 2019 and 2023.
 */
class TerminationSubsidyNearRetirementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static final WorkInjuryCalculator HENAN =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "410100", 2018, "6000.00")
              .year("wage.regionalAverageMonthly", "410100", 2019, "6000.00")
              .year("wage.regionalAverageMonthly", "410100", 2023, "6000.00")
              .overBundled());

  private static CaseBuilder zhengzhou(String terminated) {
    return CaseBuilder.create()
        .region("410100")
        .worker(null, null, LocalDate.parse("2025-03-01"))
        .employed("2015-01-01")
        .injured("2019-06-01", false)
        .graded("2019-12-01", 7)
        .wage("6000.00")
        .terminated(terminated, InitiatedBy.WORKER);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  /** Exactly five years before retirement is not "less than five": 36 × 6,000 = 216,000.00. */
  @Test
  void fiveYearsToRetirementIsPaidInFull() {
    WorkInjuryResult r = HENAN.calculate(zhengzhou("2020-03-01").build());
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("216000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).formulaText())
        .isEqualTo("36 × 6,000.00 = 216,000.00");
    // 12 × 6,000 = 72,000.00, never reduced
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("72000.00"));
  }

  /** 4 years 11 months 27 days left: 80%, 216,000 × 0.8 = 172,800.00. */
  @Test
  void oneDayLessIsCutToEightyPercent() {
    WorkInjuryResult r = HENAN.calculate(zhengzhou("2020-03-02").build());
    BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
    assertThat(employment.amount()).isEqualTo(m("172800.00"));
    assertThat(employment.formulaText())
        .isEqualTo("36 × 6,000.00 × 80%（临近退休：距退休日期 2025-03-01 尚余4年11个月27天） = 172,800.00");
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("72000.00"));
  }

  /** 11 months 27 days left: 10%, 216,000 × 0.1 = 21,600.00. */
  @Test
  void underOneYearIsCutToTenPercent() {
    WorkInjuryResult r = HENAN.calculate(zhengzhou("2024-03-02").build());
    BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
    assertThat(employment.amount()).isEqualTo(m("21600.00"));
    assertThat(employment.formulaText()).contains("× 10%（临近退休：距退休日期 2025-03-01 尚余0年11个月27天）");
  }

  /** A rule that reduces near retirement cannot be applied without the retirement date. */
  @Test
  void henanNeedsTheRetirementDate() {
    assertThatThrownBy(
            () -> HENAN.calculate(zhengzhou("2020-03-02").worker(null, null, null).build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("worker.retirementDate"));
  }

  /**
   * A city's own rule that says nothing of retirement or occupational disease (a caller's pack for
   * Jining, over Shandong's): no retirement date is asked for, and an occupational disease adds
   * nothing. Grade 7: 13 × 6,000 = 78,000.00 and 20 × 6,000 = 120,000.00.
   */
  @Test
  void aRuleSilentOnRetirementAsksForNoRetirementDate() throws Exception {
    ParameterPack silent =
        BundledPacks.reader()
            .read(
                JSON.readTree(
                    """
                    {"pack": "jining-rule", "title": "济宁市规则（测试）", "entries": [
                      {"key": "injury.terminationSubsidies", "region": "370800",
                       "from": "2011-01-01", "verification": "USER_SUPPLIED",
                       "citations": [{"document": "test rule"}],
                       "value": {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
                         "medicalMonths": {"5": 22, "6": 18, "7": 13, "8": 10, "9": 7, "10": 4},
                         "employmentMonths": {"5": 36, "6": 30, "7": 20, "8": 16, "9": 12,
                                              "10": 8}}}]}"""),
                "jining-rule");
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
                .overBundled()
                .with(silent));
    WorkInjuryResult r =
        calc.calculate(
            CaseBuilder.create()
                .region("370800")
                .worker(null, null, null)
                .employed("2019-03-01")
                .injured("2019-12-18", true)
                .graded("2020-08-20", 7)
                .wage("6500.00")
                .terminated("2021-03-01", InitiatedBy.WORKER)
                .build());
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("78000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("120000.00"));
  }

  /** Shandong, grade 6 (art. 36 ¶2): 18 × 6,000 = 108,000.00 and 30 × 6,000 = 180,000.00. */
  @Test
  void gradeSixCitesArticle36Paragraph2() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                    .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
                    .overBundled())
            .calculate(
                CaseBuilder.create()
                    .region("370800")
                    .employed("2019-03-01")
                    .injured("2019-12-18", false)
                    .graded("2020-08-20", 6)
                    .wage("6500.00")
                    .terminated("2021-03-01", InitiatedBy.WORKER)
                    .build());
    BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
    assertThat(medical.amount()).isEqualTo(m("108000.00"));
    assertThat(medical.citations())
        .contains(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 36, 2))
        .doesNotContain(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 36, 1, 2));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("180000.00"));
  }

  private static WorkInjuryCalculator jiningWith(String ruleValue) throws Exception {
    ParameterPack rule =
        BundledPacks.reader()
            .read(
                JSON.readTree(
                    """
                    {"pack": "jining-rule", "title": "济宁市规则（测试）", "entries": [
                      {"key": "injury.terminationSubsidies", "region": "370800",
                       "from": "2011-01-01", "verification": "USER_SUPPLIED",
                       "citations": [{"document": "test rule"}], "value": %s}]}"""
                        .formatted(ruleValue)),
                "jining-rule");
    return WorkInjuryCalculator.of(
        CallerFigures.create()
            .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
            .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
            .overBundled()
            .with(rule));
  }

  private static final String MONTHS =
      """
      "medicalMonths": {"5": 22, "6": 18, "7": 13, "8": 10, "9": 7, "10": 4},
      "employmentMonths": {"5": 36, "6": 30, "7": 20, "8": 16, "9": 12, "10": 8}""";

  private static CaseBuilder jiningGradeSeven() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .graded("2020-08-20", 7)
        .wage("6500.00")
        .terminated("2021-03-01", InitiatedBy.WORKER);
  }

  /** A rule that withholds only the employment subsidy at retirement still needs the date. */
  @Test
  void aRuleOnTheEmploymentSubsidyAloneNeedsTheRetirementDate() throws Exception {
    WorkInjuryCalculator calc =
        jiningWith(
            "{\"base\": \"REGIONAL_AVERAGE_MONTHLY_WAGE\", "
                + MONTHS
                + ", \"atOrAfterRetirement\": {\"employment\": \"NOT_PAYABLE\"}}");
    assertThatThrownBy(() -> calc.calculate(jiningGradeSeven().worker(null, null, null).build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path)
                    .containsExactly("worker.retirementDate"));
  }

  /**
   * A near-retirement cut that spares a worker who left under 劳动合同法 art. 38 (the shape of
   * Shanghai's rule, 80% with less than five years left): 4 years before retirement, 20 × 6,000 ×
   * 80% = 96,000.00; under art. 38 the full 120,000.00.
   */
  @Test
  void anArticle38TerminationIsSparedTheNearRetirementCut() throws Exception {
    WorkInjuryCalculator calc =
        jiningWith(
            "{\"base\": \"REGIONAL_AVERAGE_MONTHLY_WAGE\", "
                + MONTHS
                + ", \"nearRetirement\": {\"appliesTo\": [\"EMPLOYMENT\"], \"counting\":"
                + " \"REMAINING_TIME\", \"schedule\": [{\"yearsLessThan\": 5, \"percent\":"
                + " 80}], \"exceptLabourContractLawArticle38\": true}}");
    CaseBuilder b = jiningGradeSeven().worker(null, null, LocalDate.parse("2025-03-01"));
    assertThat(only(calc.calculate(b.build()), BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
        .isEqualTo(m("96000.00"));
    b.termination(new Termination(LocalDate.parse("2021-03-01"), InitiatedBy.WORKER, true));
    assertThat(only(calc.calculate(b.build()), BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
        .isEqualTo(m("120000.00"));
  }
}
