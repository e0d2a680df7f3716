package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The worked examples of the engine issue, each computed by hand in the comments from the
 * Regulation and the provincial texts; the expected amounts are those hand figures.
 */
class WorkedExamplesTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  /**
   * The barite-mine seed case (shared/seeds), illustrative figures: Jining, Shandong 2011 measures,
   * grade 9, uninsured.
   *
   * <pre>
   * 本人工资: 60% × 5,200 = 3,120 ≤ 6,500 ≤ 300% × 5,200 = 15,600 → 6,500.00
   * 一次性伤残补助金 9 × 6,500 = 58,500.00 (art. 37 ¶1 (1))
   * 停工留薪期 2019-12-18..2020-06-17 = 6 months: 6 × 6,500 = 39,000.00 (art. 33)
   * 医疗补助金 (Shandong grade 9: 7 months) 7 × 5,800 = 40,600.00
   * 就业补助金 (Shandong grade 9: 12 months, SECONDARY) 12 × 5,800 = 69,600.00
   * fees 300.00 + 40,000.00 + 2,800.00
   * employer = 58,500 + 39,000 + 40,600 + 69,600 + 300 + 40,000 + 2,800 = 250,800.00
   * </pre>
   */
  @Test
  void seedBariteMineGrade9Uninsured() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("370800")
            .employed("2019-03-01")
            .injured("2019-12-18", false)
            .suspended("2019-12-18", "2020-06-17", false)
            .graded("2020-08-20", 9)
            .terminated("2020-10-31", InitiatedBy.WORKER)
            .insurance(InsuranceStatus.UNINSURED, null)
            .wage("6500.00")
            .expense(BenefitItem.RE_EXAMINATION_FEE, "300.00", "复查费")
            .expense(BenefitItem.FOLLOW_UP_TREATMENT, "40000.00", "后续治疗费")
            .expense(BenefitItem.APPRAISAL_FEE, "2800.00", "司法鉴定费")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    assertThat(r.wage().ownWage()).isEqualTo(m("6500.00"));
    assertThat(r.wage().lowerBound()).isEqualTo(m("3120.00"));
    assertThat(r.wage().upperBound()).isEqualTo(m("15600.00"));
    assertThat(r.wage().clamp()).isEqualTo(org.laborcalc.wage.ClampResult.Direction.NONE);
    assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount()).isEqualTo(m("58500.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).formula())
        .isEqualTo("9 × 6,500.00 = 58,500.00");
    assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_WAGES).amount()).isEqualTo(m("39000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("40600.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("69600.00"));
    assertThat(only(r, BenefitItem.RE_EXAMINATION_FEE).amount()).isEqualTo(m("300.00"));
    assertThat(only(r, BenefitItem.FOLLOW_UP_TREATMENT).amount()).isEqualTo(m("40000.00"));
    assertThat(only(r, BenefitItem.APPRAISAL_FEE).amount()).isEqualTo(m("2800.00"));
    assertThat(r.lines()).allMatch(l -> l.payer() == Payer.EMPLOYER);
    assertThat(r.totals().employer()).isEqualTo(m("250800.00"));
    assertThat(r.totals().fund()).isEqualTo(m("0.00"));
    assertThat(r.lines())
        .allMatch(
            l -> l.citations().stream().anyMatch(ci -> ci.toChinese().equals("《工伤保险条例》第六十二条第二款")),
            "every line cites art. 62 ¶2 (uninsured employer pays)");
    assertThat(r.warnings()).anyMatch(w -> w.code().equals("SECONDARY_SOURCE"));
  }

  /**
   * The seed case from its evidence (issue 4): March–November 2019 the unsigned payroll says
   * 3,500.00 a month, the bank wage-card statement 6,500.00. The payroll lacks the worker's
   * signature (工资支付暂行规定 art. 6), the bank record is objective: 6,500.00 each month, average (9 ×
   * 6,500) ÷ 9 = 6,500.00, and the same award of 250,800.00 follows.
   */
  @Test
  void seedFromTheBankStatementAgainstTheUnsignedPayroll() {
    java.util.List<org.laborcalc.wage.EvidenceItem> evidence = new java.util.ArrayList<>();
    for (int month = 3; month <= 11; month++) {
      java.time.YearMonth ym = java.time.YearMonth.of(2019, month);
      evidence.add(org.laborcalc.wage.EvidenceItem.payroll(ym, m("3500.00"), false));
      evidence.add(org.laborcalc.wage.EvidenceItem.bankDeposit(ym, m("6500.00")));
    }
    CaseBuilder b =
        CaseBuilder.create()
            .region("370800")
            .employed("2019-03-01")
            .injured("2019-12-18", false)
            .suspended("2019-12-18", "2020-06-17", false)
            .graded("2020-08-20", 9)
            .terminated("2020-10-31", InitiatedBy.WORKER)
            .insurance(InsuranceStatus.UNINSURED, null)
            .expense(BenefitItem.RE_EXAMINATION_FEE, "300.00", "复查费")
            .expense(BenefitItem.FOLLOW_UP_TREATMENT, "40000.00", "后续治疗费")
            .expense(BenefitItem.APPRAISAL_FEE, "2800.00", "司法鉴定费");
    b.wage(WorkInjuryCase.WageFacts.fromEvidence(evidence, null));
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                    .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
                    .overBundled())
            .calculate(b.build());

    assertThat(r.wage().determination().monthsAveraged()).isEqualTo(9);
    assertThat(r.wage().determination().months())
        .filteredOn(row -> row.chosen().isPresent())
        .allMatch(
            row -> row.chosen().get().kind() == org.laborcalc.wage.EvidenceKind.BANK_STATEMENT);
    assertThat(r.wage().ownWage()).isEqualTo(m("6500.00"));
    assertThat(r.totals().employer()).isEqualTo(m("250800.00"));
    assertThat(r.wage().citations())
        .extracting(ci -> ci.toChinese())
        .anyMatch(t -> t.startsWith("《工资支付暂行规定》第六条"));
  }

  /**
   * Zhejiang, Hangzhou, grade 7, insured. Zhejiang art. 27: 医疗/就业 10 months each for grade 7 on the
   * 全省 average; more than five years to retirement, no reduction.
   *
   * <pre>
   * 一次性伤残补助金 13 × 8,000 = 104,000.00 (fund, art. 37)
   * 医疗补助金 10 × 7,000 = 70,000.00 (fund)
   * 就业补助金 10 × 7,000 = 70,000.00 (employer, art. 37 (2); 社会保险法 art. 39 (3))
   * </pre>
   */
  @Test
  void zhejiangGrade7Insured() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("330100")
            .worker(
                LocalDate.of(1980, 4, 2), org.laborcalc.retirement.RetirementCategory.MALE, null)
            .employed("2018-01-01")
            .injured("2023-05-10", false)
            .graded("2023-11-01", 7)
            .terminated("2024-03-31", InitiatedBy.WORKER)
            .insurance(InsuranceStatus.INSURED, null)
            .wage("8000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "330100", 2022, "7500.00")
                .year("wage.provincialAverageMonthly", "330000", 2023, "7000.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
    assertThat(subsidy.amount()).isEqualTo(m("104000.00"));
    assertThat(subsidy.payer()).isEqualTo(Payer.FUND);
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("70000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).payer()).isEqualTo(Payer.FUND);
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("70000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).payer()).isEqualTo(Payer.EMPLOYER);
    assertThat(r.totals().fund()).isEqualTo(m("174000.00"));
    assertThat(r.totals().employer()).isEqualTo(m("70000.00"));
  }

  /**
   * Henan, Zhengzhou, grade 5, occupational disease, insured; terminated exactly three years before
   * the retirement date. Henan art. 27: 医疗 16 months +30% for occupational disease; 就业 56 months,
   * less than four but not less than three years to retirement → 60%.
   *
   * <pre>
   * 一次性伤残补助金 18 × 5,000 = 90,000.00 (fund, art. 36)
   * 医疗补助金 16 × 6,000 × 1.3 = 124,800.00 (fund)
   * 就业补助金 56 × 6,000 × 60% = 201,600.00 (employer)
   * </pre>
   */
  @Test
  void henanGrade5OccupationalDiseaseThreeYearsBeforeRetirement() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("410100")
            .worker(LocalDate.of(1967, 6, 30), null, LocalDate.of(2027, 6, 30))
            .employed("2010-01-01")
            .injured("2023-03-01", true)
            .graded("2024-01-15", 5)
            .terminated("2024-06-30", InitiatedBy.WORKER)
            .insurance(InsuranceStatus.INSURED, null)
            .wage("5000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "410100", 2022, "6000.00")
                .year("wage.regionalAverageMonthly", "410100", 2023, "6000.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount()).isEqualTo(m("90000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("124800.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount()).isEqualTo(m("201600.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).payer()).isEqualTo(Payer.EMPLOYER);
    assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
    assertThat(r.totals().fund()).isEqualTo(m("214800.00"));
    assertThat(r.totals().employer()).isEqualTo(m("201600.00"));
  }

  /**
   * Death in 2024, uninsured; spouse and one child (art. 39).
   *
   * <pre>
   * 丧葬补助金 6 × 7,000 = 42,000.00
   * 一次性工亡补助金 20 × 51,821 (2023, the year before the injury) = 1,036,420.00
   * 抚恤金 spouse 40% × 6,000 = 2,400.00, child 30% × 6,000 = 1,800.00 a month (≤ 6,000)
   * employer one-time 1,078,420.00; monthly 4,200.00
   * </pre>
   */
  @Test
  void death2024SpouseAndChildUninsured() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("410100")
            .employed("2020-01-01")
            .injured("2024-03-01", false)
            .died(
                "2024-03-05",
                new Dependant("配偶", Relation.SPOUSE, LocalDate.of(1986, 1, 1), false),
                new Dependant("子", Relation.CHILD, LocalDate.of(2015, 1, 1), false))
            .insurance(InsuranceStatus.UNINSURED, null)
            .wage("6000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "410100", 2023, "7000.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    assertThat(only(r, BenefitItem.FUNERAL_SUBSIDY).amount()).isEqualTo(m("42000.00"));
    assertThat(only(r, BenefitItem.ONE_TIME_DEATH_SUBSIDY).amount()).isEqualTo(m("1036420.00"));
    assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
        .extracting(BenefitLine::monthlyAmount)
        .containsExactly(m("2400.00"), m("1800.00"));
    assertThat(r.lines()).allMatch(l -> l.payer() == Payer.EMPLOYER);
    assertThat(r.totals().employer()).isEqualTo(m("1078420.00"));
    assertThat(r.totals().monthlyEmployer()).isEqualTo(m("4200.00"));
  }

  /**
   * Grade 2, 大部分不能自理, uninsured, Zhejiang.
   *
   * <pre>
   * 本人工资: 2,000 < 60% × 5,000 = 3,000 → 3,000.00 (art. 64)
   * 一次性伤残补助金 25 × 3,000 = 75,000.00 (art. 35)
   * 伤残津贴 85% × 3,000 = 2,550.00 < minimum wage 2,690.00 → 2,690.00 a month
   * 生活护理费 40% × 5,000 = 2,000.00 a month (art. 34)
   * </pre>
   */
  @Test
  void zhejiangGrade2LivingCareUninsured() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("330100")
            .employed("2020-01-01")
            .injured("2023-06-01", false)
            .graded("2024-03-01", 2)
            .selfCare(SelfCareLevel.MAJOR)
            .insurance(InsuranceStatus.UNINSURED, null)
            .wage("2000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "330100", 2022, "5000.00")
                .year("wage.regionalAverageMonthly", "330100", 2023, "5000.00")
                .money("wage.minimumMonthly", "330100", "2023-01-01", null, "2690.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    assertThat(r.wage().ownWage()).isEqualTo(m("3000.00"));
    assertThat(r.wage().clamp())
        .isEqualTo(org.laborcalc.wage.ClampResult.Direction.RAISED_TO_LOWER_BOUND);
    assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount()).isEqualTo(m("75000.00"));
    assertThat(only(r, BenefitItem.DISABILITY_ALLOWANCE).monthlyAmount()).isEqualTo(m("2690.00"));
    assertThat(only(r, BenefitItem.LIVING_CARE_ALLOWANCE).monthlyAmount()).isEqualTo(m("2000.00"));
    assertThat(r.lines()).allMatch(l -> l.payer() == Payer.EMPLOYER);
    assertThat(r.totals().monthlyEmployer()).isEqualTo(m("4690.00"));
  }

  /**
   * Injured 2010-06-01, graded 2010-10-01, grade 8: the 2003 Regulation (in force 2004-01-01)
   * applies — art. 35: 10 months for grade 8, not the 2010 text's 11.
   *
   * <pre>10 × 4,000 = 40,000.00</pre>
   */
  @Test
  void injury2010UnderThe2003Regulation() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("410100")
            .employed("2008-01-01")
            .injured("2010-06-01", false)
            .graded("2010-10-01", 8)
            .insurance(InsuranceStatus.INSURED, null)
            .wage("4000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "410100", 2009, "3000.00")
                .overBundled());

    WorkInjuryResult r = calc.calculate(c);

    BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
    assertThat(subsidy.amount()).isEqualTo(m("40000.00"));
    assertThat(r.regime()).isEqualTo(Regime.REGULATION_2003);
    assertThat(subsidy.citations().get(0).toChinese()).startsWith("《工伤保险条例》第三十五条");
    assertThat(subsidy.citations().get(0).instrument().documentNumber()).isEqualTo("国务院令第375号");
  }
}
