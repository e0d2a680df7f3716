package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 河南省工伤保险条例 (2007) art. 30 ¶1 as regional data (issue 22 §1): “伤残津贴、生活护理费等长期待遇自劳动能力鉴定结论作出的次月起支付。
 * 供养亲属抚恤金自职工死亡的次月起支付。” — the national text names no day, so elsewhere they run from the day they
 * arise.
 *
 * <p>Figures: Zhengzhou (410100) and Jining (370800), insured, 本人工资 6,500.00; the caller's 2019
 * averages 6,000.00 (both); minimum wage 1,900.00. Grade 3: allowance 80% × 6,500.00 = 5,200.00;
 * partial self-care: living care 30% × 6,000.00 = 1,800.00 (art. 34 ¶2).
 */
class HenanMonthlyStartTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "410100", 2018, "6000.00")
              .year("wage.regionalAverageMonthly", "410100", 2019, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2018, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "6000.00")
              .money("wage.minimumMonthly", "410100", "2018-01-01", null, "1900.00")
              .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1900.00")
              .overBundled());

  private static final String ART_30 = "河南省工伤保险条例 art. 30 ¶1";

  private static CaseBuilder graded(String region, String appraisal) {
    return CaseBuilder.create()
        .region(region)
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .insurance(InsuranceStatus.INSURED, null)
        .wage("6500.00")
        .graded(appraisal, 3)
        .selfCare(SelfCareLevel.PARTIAL);
  }

  private static List<String> citations(BenefitLine l) {
    return l.citations().stream().map(Citation::toString).toList();
  }

  /**
   * Appraised 2020-06-30, the month's last day: both from 2020-07-01; appraised 2020-07-01, the
   * next month's first: both from 2020-08-01. Amounts unchanged.
   */
  @Test
  void henanPaysTheWorkersMonthlyBenefitsFromTheMonthAfterTheAppraisal() {
    for (String[] c :
        List.of(
            new String[] {"2020-06-30", "2020-07-01"}, new String[] {"2020-07-01", "2020-08-01"})) {
      WorkInjuryResult r = CALC.calculate(graded("410100", c[0]).build());
      BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
      assertThat(allowance.startDate()).isEqualTo(LocalDate.parse(c[1]));
      assertThat(allowance.monthlyAmount()).isEqualTo(Money.parse("5200.00"));
      assertThat(citations(allowance)).contains(ART_30);
      BenefitLine care = r.linesOf(BenefitItem.LIVING_CARE_ALLOWANCE).get(0);
      assertThat(care.startDate()).isEqualTo(LocalDate.parse(c[1]));
      assertThat(care.monthlyAmount()).isEqualTo(Money.parse("1800.00"));
      assertThat(citations(care)).contains(ART_30);
    }
  }

  /** Jining, no such rule: from the appraisal day itself, no Henan citation. */
  @Test
  void elsewhereTheyRunFromTheAppraisalDay() {
    WorkInjuryResult r = CALC.calculate(graded("370800", "2020-06-30").build());
    BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
    assertThat(allowance.startDate()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(citations(allowance)).doesNotContain(ART_30);
  }

  /**
   * The worker dies 2020-09-15: the spouse's pension 40% × 6,500.00 = 2,600.00 from 2020-10-01 in
   * Henan, from 2020-09-15 in Jining.
   */
  @Test
  void henanPaysTheDependantsPensionsFromTheMonthAfterTheDeath() {
    Dependant spouse = new Dependant("妻", Relation.SPOUSE, null, false);
    BenefitLine henan =
        CALC.calculate(graded("410100", "2020-06-30").died("2020-09-15", spouse).build())
            .linesOf(BenefitItem.DEPENDANT_PENSION)
            .get(0);
    assertThat(henan.startDate()).isEqualTo(LocalDate.of(2020, 10, 1));
    assertThat(henan.monthlyAmount()).isEqualTo(Money.parse("2600.00"));
    assertThat(citations(henan)).contains(ART_30);
    BenefitLine jining =
        CALC.calculate(graded("370800", "2020-06-30").died("2020-09-15", spouse).build())
            .linesOf(BenefitItem.DEPENDANT_PENSION)
            .get(0);
    assertThat(jining.startDate()).isEqualTo(LocalDate.of(2020, 9, 15));
    assertThat(citations(jining)).doesNotContain(ART_30);
  }

  /**
   * Appraised 2020-06-30, died the same month (2020-06-30): the allowance would begin only on
   * 2020-07-01, after its stop, so it is never due in Henan.
   */
  @Test
  void anAllowanceTheDeathStopsBeforeItsFirstMonthIsNeverDue() {
    WorkInjuryResult r = CALC.calculate(graded("410100", "2020-06-30").died("2020-06-30").build());
    assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
  }
}
