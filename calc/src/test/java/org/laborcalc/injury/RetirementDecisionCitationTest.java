package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Issue 22 §5: a line whose amount depended on the retirement date cites the 2024 decision
 * (《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》) when the date was derived from the birth date, and the
 * attached 办法 art. 1 where the reform delayed it — with a SECONDARY notice that the birth-month
 * tables are derived, not read; a date the case states is a fact and cites neither.
 *
 * <p>Retirement ages (办法 art. 1, every 4 birth months one month from 1965-01, at most 36): a man
 * born 1985-05-20 → 63 on 2048-05-20; born 1965-03-01 → 2 months after 1965-01, delay ⌊2 ÷ 4⌋ + 1 =
 * 1 month → 60y1m on 2025-04-01; born 1964-06-01 → 60 on 2024-06-01, before 2025: no delay.
 */
class RetirementDecisionCitationTest {
  private static final String DECISION = "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定";
  private static final String MEASURES_ART_1 = "国务院关于渐进式延迟法定退休年龄的办法 art. 1";

  private static final WorkInjuryCalculator JINING =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
              .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1910.00")
              .overBundled());

  private static final WorkInjuryCalculator HENAN =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "410100", 2018, "6000.00")
              .year("wage.regionalAverageMonthly", "410100", 2019, "6000.00")
              .year("wage.regionalAverageMonthly", "410100", 2020, "6000.00")
              .overBundled());

  private static List<String> citations(BenefitLine l) {
    return l.citations().stream().map(Citation::toString).toList();
  }

  private static boolean tableNotice(WorkInjuryResult r) {
    return r.warnings().stream()
        .anyMatch(n -> n.code().equals("SECONDARY_SOURCE") && n.messageZh().contains("附件1–3"));
  }

  private static CaseBuilder gradeThree() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .wage("6500.00")
        .graded("2020-06-10", 3);
  }

  /**
   * Grade 3, 80% × 6,500.00 = 5,200.00 a month to the retirement on 2048-05-20, derived with the
   * reform's 36 months: the decision and 办法 art. 1 cited, the tables' derivation noticed.
   */
  @Test
  void anAllowanceStoppingAtADerivedDelayedRetirementCitesTheDecisionAndTheMeasures() {
    WorkInjuryResult r = JINING.calculate(gradeThree().build());
    BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
    assertThat(allowance.monthlyAmount()).isEqualTo(Money.parse("5200.00"));
    assertThat(allowance.until()).isEqualTo(LocalDate.of(2048, 5, 19));
    assertThat(citations(allowance)).contains(DECISION, MEASURES_ART_1);
    assertThat(tableNotice(r)).isTrue();
  }

  /** Born 1964-06-01: 60 on 2024-06-01, before the reform — the decision only, no table notice. */
  @Test
  void aRetirementTheReformDoesNotDelayCitesTheDecisionOnly() {
    WorkInjuryResult r =
        JINING.calculate(
            gradeThree().worker(LocalDate.of(1964, 6, 1), RetirementCategory.MALE, null).build());
    BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
    assertThat(allowance.until()).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(citations(allowance)).contains(DECISION).doesNotContain(MEASURES_ART_1);
    assertThat(tableNotice(r)).isFalse();
  }

  /** A retirement date the case states is a fact: neither cited, no notice. */
  @Test
  void aStatedRetirementDateCitesNeither() {
    WorkInjuryResult r =
        JINING.calculate(gradeThree().worker(null, null, LocalDate.of(2045, 1, 1)).build());
    BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
    assertThat(allowance.until()).isEqualTo(LocalDate.of(2044, 12, 31));
    assertThat(citations(allowance)).doesNotContain(DECISION, MEASURES_ART_1);
    assertThat(tableNotice(r)).isFalse();
  }

  /** Stopped by the worker's death, not by retirement: the decision is not cited. */
  @Test
  void anAllowanceStoppedByDeathDoesNotCiteTheDecision() {
    WorkInjuryResult r = JINING.calculate(gradeThree().died("2020-09-01").build());
    BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
    assertThat(citations(allowance)).doesNotContain(DECISION, MEASURES_ART_1);
  }

  private static CaseBuilder zhengzhou(String terminated) {
    return CaseBuilder.create()
        .region("410100")
        .worker(LocalDate.of(1965, 3, 1), RetirementCategory.MALE, null)
        .employed("2015-01-01")
        .injured("2019-06-01", false)
        .graded("2019-12-01", 7)
        .wage("6000.00")
        .terminated(terminated, InitiatedBy.WORKER);
  }

  /**
   * Henan art. 27, grade 7, retirement derived as 2025-04-01. Terminated 2020-04-01, exactly 5
   * years left, not “less than five”: the employment subsidy in full, 36 × 6,000.00 = 216,000.00 —
   * the retirement date changed nothing, so nothing of it is cited; the medical subsidy, 12 ×
   * 6,000.00 = 72,000.00, neither.
   */
  @Test
  void aSubsidyTheRetirementDateLeftWholeDoesNotCiteTheDecision() {
    WorkInjuryResult r = HENAN.calculate(zhengzhou("2020-04-01").build());
    BenefitLine employment = r.linesOf(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).get(0);
    assertThat(employment.amount()).isEqualTo(Money.parse("216000.00"));
    assertThat(citations(employment)).doesNotContain(DECISION, MEASURES_ART_1);
    BenefitLine medical = r.linesOf(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).get(0);
    assertThat(medical.amount()).isEqualTo(Money.parse("72000.00"));
    assertThat(citations(medical)).doesNotContain(DECISION, MEASURES_ART_1);
    assertThat(tableNotice(r)).isFalse();
  }

  /**
   * One day later, 2020-04-02, 4 years 11 months 30 days left: 80%, 216,000.00 × 0.8 = 172,800.00,
   * resting on the derived retirement date: the decision and 办法 art. 1 cited, the tables noticed;
   * the medical subsidy still cites neither.
   */
  @Test
  void aSubsidyReducedNearRetirementCitesTheDecisionAndTheMeasures() {
    WorkInjuryResult r = HENAN.calculate(zhengzhou("2020-04-02").build());
    BenefitLine employment = r.linesOf(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).get(0);
    assertThat(employment.amount()).isEqualTo(Money.parse("172800.00"));
    assertThat(citations(employment)).contains(DECISION, MEASURES_ART_1);
    assertThat(citations(r.linesOf(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).get(0)))
        .doesNotContain(DECISION, MEASURES_ART_1);
    assertThat(tableNotice(r)).isTrue();
  }
}
