package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The edges of the benefit rules that mutation testing found unchecked: each amount is worked out
 * by hand in the comment from the article cited and the figures given here. Jining (370800),
 * Shandong rules; the caller's figures: Jining's average monthly wage 5,200.00 (2018), 5,800.00
 * (2019), 6,000.00 (2020), minimum wage 1,910.00, hospital food 30.00 a day. The worker earns
 * 6,500.00, inside 60–300% of 5,200.00 (3,120.00–15,600.00), so 本人工资 is 6,500.00.
 */
class BenefitRuleEdgesTest {
  private static final Instrument REG_2010 = Instruments.WORK_INJURY_REGULATION_2010;
  private static final Instrument REG_2003 = Instruments.WORK_INJURY_REGULATION_2003;

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static CallerFigures figures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "370800", 2009, "2500.00")
        .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
        .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
        .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
        .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1910.00")
        .money("injury.hospitalFood.dailyStandard", "370800", "2009-01-01", null, "30.00");
  }

  private static final WorkInjuryCalculator CALC = WorkInjuryCalculator.of(figures().overBundled());

  private static CaseBuilder jining() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .wage("6500.00");
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  private static List<String> codes(WorkInjuryResult r) {
    return r.warnings().stream().map(Notice::code).toList();
  }

  @Nested
  class SuspensionPeriod {
    /** Art. 33 ¶2: twelve months exactly is within the normal maximum: 12 × 6,500 = 78,000.00. */
    @Test
    void twelveMonthsExactlyIsNotBeyondTheNormalMaximum() {
      WorkInjuryResult r =
          CALC.calculate(jining().suspended("2019-12-18", "2020-12-17", false).build());
      BenefitLine wages = only(r, BenefitItem.SUSPENSION_PERIOD_WAGES);
      assertThat(wages.amount()).isEqualTo(m("78000.00"));
      assertThat(wages.formulaText()).isEqualTo("12 × 6,500.00 = 78,000.00");
      assertThat(codes(r)).doesNotContain("SUSPENSION_OVER_NORMAL_MAXIMUM");
    }

    /**
     * Twelve months and one day: the day is in December 2020 (31 days): 78,000 + 6,500 × 1 ÷ 31 =
     * 78,000 + 209.677… = 78,209.68, and the normal maximum is passed without a confirmed
     * extension.
     */
    @Test
    void oneDayMoreIsBeyondTheNormalMaximum() {
      WorkInjuryResult r =
          CALC.calculate(jining().suspended("2019-12-18", "2020-12-18", false).build());
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_WAGES).amount()).isEqualTo(m("78209.68"));
      assertThat(codes(r)).contains("SUSPENSION_OVER_NORMAL_MAXIMUM");
    }

    /** Art. 33 ¶2: 12 + 12 months is the hard maximum: 24 × 6,500 = 156,000.00; a day more errs. */
    @Test
    void twentyFourMonthsIsTheLimitAndOneDayMoreIsAnError() {
      WorkInjuryResult r =
          CALC.calculate(jining().suspended("2019-12-18", "2021-12-17", true).build());
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_WAGES).amount()).isEqualTo(m("156000.00"));
      assertThat(codes(r)).doesNotContain("SUSPENSION_OVER_NORMAL_MAXIMUM");
      assertThatThrownBy(
              () -> CALC.calculate(jining().suspended("2019-12-18", "2021-12-18", true).build()))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).violations())
                      .extracting(Violation::path, Violation::code)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple(
                              "suspension.endInclusive", "OUT_OF_RANGE")));
    }

    /** Art. 33 ¶2: the original pay stops once the grade is assessed. */
    @Test
    void aPeriodEndingAfterTheAppraisalIsWarned() {
      WorkInjuryResult after =
          CALC.calculate(
              jining()
                  .suspended("2019-12-18", "2020-08-21", false)
                  .graded("2020-08-20", 9)
                  .build());
      assertThat(codes(after)).contains("SUSPENSION_AFTER_APPRAISAL");
      WorkInjuryResult onTheDay =
          CALC.calculate(
              jining()
                  .suspended("2019-12-18", "2020-08-20", false)
                  .graded("2020-08-20", 9)
                  .build());
      assertThat(codes(onTheDay)).doesNotContain("SUSPENSION_AFTER_APPRAISAL");
    }
  }

  @Nested
  class DisabilityAllowance {
    /**
     * Art. 36 ¶1 (2): grade 6 with no job arranged: 60% × 6,500 = 3,900.00 a month, paid by the
     * employer even when insured; no stop at retirement is written for grades 5–6.
     */
    @Test
    void gradeSixWithoutAJobIsPaidByTheEmployer() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .insurance(InsuranceStatus.INSURED, null)
                  .graded("2020-08-20", 6)
                  .noSuitableJob()
                  .build());
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.monthlyAmount()).isEqualTo(m("3900.00"));
      assertThat(allowance.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(allowance.formulaText()).isEqualTo("60% × 6,500.00 = 3,900.00");
      assertThat(allowance.explanationZh()).doesNotContain("退休");
      assertThat(allowance.citations()).contains(Citation.of(REG_2010, 36, 1, 2));
    }

    /** Art. 37: grades 7–10 have no allowance, even with no job arranged. */
    @Test
    void gradeSevenHasNone() {
      WorkInjuryResult r = CALC.calculate(jining().graded("2020-08-20", 7).noSuitableJob().build());
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
    }

    /**
     * Art. 36 ¶1 (2): grade 5 gets the allowance only when no job is arranged and still employed.
     */
    @Test
    void gradeFiveOnlyWithoutAJobAndStillEmployed() {
      assertThat(
              CALC.calculate(jining().graded("2020-08-20", 5).build())
                  .linesOf(BenefitItem.DISABILITY_ALLOWANCE))
          .isEmpty();
      assertThat(
              CALC.calculate(
                      jining()
                          .graded("2020-08-20", 5)
                          .noSuitableJob()
                          .terminated("2021-03-01", InitiatedBy.WORKER)
                          .build())
                  .linesOf(BenefitItem.DISABILITY_ALLOWANCE))
          .isEmpty();
      // 70% × 6,500 = 4,550.00
      assertThat(
              only(
                      CALC.calculate(jining().graded("2020-08-20", 5).noSuitableJob().build()),
                      BenefitItem.DISABILITY_ALLOWANCE)
                  .monthlyAmount())
          .isEqualTo(m("4550.00"));
    }

    /**
     * Art. 35 ¶1 (2): grades 1–4 keep the allowance after a termination; 75% × 6,500 = 4,875.00
     * from the fund, stopping at retirement (art. 35 ¶2).
     */
    @Test
    void gradeFourIsPaidByTheFundUntilRetirement() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .worker(d("1985-05-20"), RetirementCategory.MALE, d("2045-06-01"))
                  .insurance(InsuranceStatus.INSURED, null)
                  .graded("2020-08-20", 4)
                  .terminated("2021-03-01", InitiatedBy.WORKER)
                  .build());
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.monthlyAmount()).isEqualTo(m("4875.00"));
      assertThat(allowance.payer()).isEqualTo(Party.FUND);
      assertThat(allowance.explanationZh()).contains("达到退休年龄（2045-06-01）后停发");
      assertThat(allowance.citations()).contains(Citation.of(REG_2010, 35, 1, 2));

      WorkInjuryResult unknown =
          CALC.calculate(jining().worker(null, null, null).graded("2020-08-20", 4).build());
      assertThat(only(unknown, BenefitItem.DISABILITY_ALLOWANCE).explanationZh())
          .doesNotContain("退休");
    }

    /**
     * Art. 35 ¶1 (2): a wage of 2,000 is raised to the floor 60% × 5,200 = 3,120.00; 75% × 3,120 =
     * 2,340.00, under a minimum wage of 2,500.00, so the allowance is topped up to 2,500.00.
     */
    @Test
    void anAllowanceUnderTheMinimumWageIsToppedUp() {
      WorkInjuryCase c = jining().wage("2000.00").graded("2020-08-20", 4).build();
      WorkInjuryCalculator higherMinimum =
          WorkInjuryCalculator.of(
              CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                  .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
                  .money("wage.minimumMonthly", "370800", "2018-01-01", null, "2500.00")
                  .overBundled());
      BenefitLine topped = only(higherMinimum.calculate(c), BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(topped.monthlyAmount()).isEqualTo(m("2500.00"));
      assertThat(topped.formulaText())
          .isEqualTo("75% × 3,120.00 = 2,340.00，低于最低工资标准 2,500.00，补足至 2,500.00");
      BenefitLine plain = only(CALC.calculate(c), BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(plain.monthlyAmount()).isEqualTo(m("2340.00"));
      assertThat(plain.formulaText()).isEqualTo("75% × 3,120.00 = 2,340.00");
    }

    /**
     * Accrued to a date: 4,875.00 a month from 2020-08-20. Stopping at a retirement on 2020-10-20,
     * before the as-of date: two months, 9,750.00. Up to 2020-10-25, before a retirement on
     * 2020-10-30: two months and five days of October's 31: 9,750 + 4,875 × 5 ÷ 31 = 9,750 +
     * 786.290… = 10,536.29. An as-of date before the start accrues nothing.
     */
    @Test
    void accruedUpToTheEarlierOfRetirementAndTheAsOfDate() {
      CaseBuilder b = jining().graded("2020-08-20", 4);
      WorkInjuryCase retiredEarly =
          b.worker(d("1960-10-20"), RetirementCategory.MALE, d("2020-10-20")).build();
      BenefitLine stopped =
          only(
              CALC.calculate(retiredEarly, CalculationOptions.defaults().withAsOf(d("2021-01-01"))),
              BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(stopped.accrued()).isEqualTo(m("9750.00"));
      assertThat(stopped.formulaText())
          .endsWith("；2020-08-20 至 2020-10-20（不含）共2个月，累计 4,875.00 × 2 = 9,750.00");

      WorkInjuryCase retiringLater =
          jining()
              .graded("2020-08-20", 4)
              .worker(d("1960-10-30"), RetirementCategory.MALE, d("2020-10-30"))
              .build();
      BenefitLine running =
          only(
              CALC.calculate(
                  retiringLater, CalculationOptions.defaults().withAsOf(d("2020-10-25"))),
              BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(running.accrued()).isEqualTo(m("10536.29"));
      assertThat(running.formulaText()).endsWith("累计 4,875.00 × 2 + 4,875.00 × 5 ÷ 31 = 10,536.29");

      BenefitLine notYet =
          only(
              CALC.calculate(
                  retiringLater, CalculationOptions.defaults().withAsOf(d("2020-08-20"))),
              BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(notYet.accrued()).isEqualTo(Money.ZERO);
    }
  }

  @Nested
  class LivingCare {
    /** Art. 34: all five activities need care → 完全不能自理, 50% × 5,800 (2019) = 2,900.00. */
    @Test
    void theLevelFollowsFromTheActivitiesWhenNotGiven() {
      CaseBuilder b = jining();
      b.appraisal(
          new Appraisal(
              d("2020-08-20"),
              List.of(DisabilityGrade.of(1)),
              null,
              Set.of(DailyActivity.values())));
      BenefitLine care = only(CALC.calculate(b.build()), BenefitItem.LIVING_CARE_ALLOWANCE);
      assertThat(care.monthlyAmount()).isEqualTo(m("2900.00"));
      assertThat(care.explanationZh()).contains("统筹地区上年度（2019年度）职工月平均工资的50%");
      // three activities → 大部分不能自理, 40% × 5,800 = 2,320.00
      b.appraisal(
          new Appraisal(
              d("2020-08-20"),
              List.of(DisabilityGrade.of(2)),
              null,
              Set.of(DailyActivity.EATING, DailyActivity.TOILETING, DailyActivity.MOVING_ABOUT)));
      assertThat(only(CALC.calculate(b.build()), BenefitItem.LIVING_CARE_ALLOWANCE).monthlyAmount())
          .isEqualTo(m("2320.00"));
    }
  }

  @Nested
  class Death {
    private CaseBuilder gradedThenDied(int grade, String died) {
      return jining()
          .suspended("2019-12-18", "2020-06-17", false)
          .graded("2020-06-10", grade)
          .died(died);
    }

    /**
     * Art. 39 ¶3: grades 1–4 dying after the paid suspension period get the funeral grant and the
     * pensions but no one-time death subsidy. Funeral: 6 × 5,800 (2019) = 34,800.00.
     */
    @Test
    void gradeFourDyingAfterTheSuspensionGetsNoDeathSubsidy() {
      WorkInjuryResult r = CALC.calculate(gradedThenDied(4, "2020-09-01").build());
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
      assertThat(codes(r)).contains("NO_DEATH_SUBSIDY_AFTER_SUSPENSION");
      assertThat(only(r, BenefitItem.FUNERAL_SUBSIDY).amount()).isEqualTo(m("34800.00"));
    }

    /** Art. 39 ¶1 (3): 20 × 39,251 (2018, the year before the injury) = 785,020.00. */
    @Test
    void gradeFiveOrDeathWithinTheSuspensionGetsIt() {
      WorkInjuryResult five = CALC.calculate(gradedThenDied(5, "2020-09-01").build());
      assertThat(only(five, BenefitItem.ONE_TIME_DEATH_SUBSIDY).amount()).isEqualTo(m("785020.00"));
      assertThat(codes(five)).doesNotContain("NO_DEATH_SUBSIDY_AFTER_SUSPENSION");
      // Within the suspension means up to the appraisal (2020-06-10), which ends it (art. 33 ¶2).
      WorkInjuryResult appraisalDay = CALC.calculate(gradedThenDied(4, "2020-06-10").build());
      assertThat(only(appraisalDay, BenefitItem.ONE_TIME_DEATH_SUBSIDY).amount())
          .isEqualTo(m("785020.00"));
    }

    private static Dependant dep(String name, Relation relation, boolean lonely) {
      return new Dependant(name, relation, null, lonely);
    }

    /**
     * Art. 39 ¶1 (2): spouse 40% × 6,500 = 2,600.00; an orphan 30% + 10% = 40% × 6,500 = 2,600.00;
     * the sum 5,200.00 is under the deceased's wage.
     */
    @Test
    void anOrphanGetsTheSupplement() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .died(
                      "2020-01-10",
                      dep("妻", Relation.SPOUSE, false),
                      dep("子", Relation.CHILD, true))
                  .build());
      List<BenefitLine> pensions = r.linesOf(BenefitItem.DEPENDANT_PENSION);
      assertThat(pensions)
          .extracting(BenefitLine::label, BenefitLine::monthlyAmount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("妻", m("2600.00")),
              org.assertj.core.groups.Tuple.tuple("子", m("2600.00")));
      assertThat(pensions.get(1).explanationZh()).contains("（子女，孤寡老人或孤儿）");
      assertThat(pensions.get(0).explanationZh()).contains("（配偶）").doesNotContain("孤寡");
      assertThat(codes(r))
          .contains("DEPENDANTS_AS_FOUND")
          .doesNotContain("DEPENDANT_PENSIONS_CAPPED");
    }

    /** 40% + 30% + 30% = 100% of 6,500: equal to the wage, so nothing is cut. */
    @Test
    void pensionsEqualToTheWageAreNotCut() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .died(
                      "2020-01-10",
                      dep("妻", Relation.SPOUSE, false),
                      dep("长子", Relation.CHILD, false),
                      dep("次子", Relation.CHILD, false))
                  .build());
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(BenefitLine::monthlyAmount)
          .containsExactly(m("2600.00"), m("1950.00"), m("1950.00"));
      assertThat(codes(r)).doesNotContain("DEPENDANT_PENSIONS_CAPPED");
    }

    /**
     * 40% + 3 × 30% = 130%: 2,600 + 3 × 1,950 = 8,450.00 > 6,500, cut in proportion: 2,600 × 6,500
     * ÷ 8,450 = 2,000.00 and 1,950 × 6,500 ÷ 8,450 = 1,500.00 each; 2,000 + 3 × 1,500 = 6,500.00.
     */
    @Test
    void pensionsAboveTheWageAreCutInProportion() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .died(
                      "2020-01-10",
                      dep("妻", Relation.SPOUSE, false),
                      dep("甲", Relation.CHILD, false),
                      dep("乙", Relation.CHILD, false),
                      dep("丙", Relation.CHILD, false))
                  .build());
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(BenefitLine::monthlyAmount)
          .containsExactly(m("2000.00"), m("1500.00"), m("1500.00"), m("1500.00"));
      assertThat(codes(r)).contains("DEPENDANT_PENSIONS_CAPPED");
    }

    @Test
    void noDependantsNoPensionsAndNoNotice() {
      WorkInjuryResult r = CALC.calculate(jining().died("2020-01-10").build());
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION)).isEmpty();
      assertThat(codes(r)).doesNotContain("DEPENDANTS_AS_FOUND");
    }
  }

  @Nested
  class TerminationSubsidies {
    /** Shandong (2011–): grade 7, 13 and 20 months of Jining's 2020 average 6,000.00. */
    private CaseBuilder gradeSeven(InitiatedBy by) {
      return jining().graded("2020-08-20", 7).terminated("2021-03-01", by);
    }

    @Test
    void theAmountsAndTheirCitations() {
      WorkInjuryResult r =
          CALC.calculate(
              gradeSeven(InitiatedBy.WORKER).insurance(InsuranceStatus.INSURED, null).build());
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
      // 13 × 6,000 = 78,000.00 (fund); 20 × 6,000 = 120,000.00 (employer, 社会保险法 art. 39)
      assertThat(medical.amount()).isEqualTo(m("78000.00"));
      assertThat(medical.payer()).isEqualTo(Party.FUND);
      assertThat(employment.amount()).isEqualTo(m("120000.00"));
      assertThat(employment.payer()).isEqualTo(Party.EMPLOYER);
      // art. 37 (2) for grades 7–10
      assertThat(medical.citations()).contains(Citation.of(REG_2010, 37, 1, 2));
      Citation sil39 = Citation.of(Instruments.SOCIAL_INSURANCE_LAW, 39, 1, 3);
      assertThat(employment.citations()).contains(sil39);
      assertThat(medical.citations()).doesNotContain(sil39);
      assertThat(codes(r)).doesNotContain("TERMINATION_GROUND");
    }

    /** Art. 36 ¶2 for grades 5–6: 22 × 6,000 = 132,000.00 and 36 × 6,000 = 216,000.00. */
    @Test
    void gradeFiveCitesArticle36Paragraph2() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .graded("2020-08-20", 5)
                  .terminated("2021-03-01", InitiatedBy.WORKER)
                  .build());
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      assertThat(medical.amount()).isEqualTo(m("132000.00"));
      assertThat(medical.citations()).contains(Citation.of(REG_2010, 36, 2));
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("216000.00"));
    }

    /** Grades 1–4 keep the labour relation: no termination subsidies. */
    @Test
    void gradeFourHasNone() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .graded("2020-08-20", 4)
                  .terminated("2021-03-01", InitiatedBy.WORKER)
                  .build());
      assertThat(r.linesOf(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY)).isEmpty();
      assertThat(r.linesOf(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY)).isEmpty();
    }

    /** Art. 37 names contract expiry and the worker's request; other grounds are warned. */
    @Test
    void otherGroundsAreComputedAsDueWithAWarning() {
      assertThat(codes(CALC.calculate(gradeSeven(InitiatedBy.CONTRACT_EXPIRY).build())))
          .doesNotContain("TERMINATION_GROUND");
      WorkInjuryResult byEmployer = CALC.calculate(gradeSeven(InitiatedBy.EMPLOYER).build());
      Notice employer =
          byEmployer.warnings().stream()
              .filter(w -> w.code().equals("TERMINATION_GROUND"))
              .findFirst()
              .orElseThrow();
      assertThat(employer.messageZh()).contains("第37条所列情形", "本案由用人单位解除");
      assertThat(employer.messageEn()).contains("art. 37 names", "ended by employer");
      assertThat(only(byEmployer, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount())
          .isEqualTo(m("78000.00"));
      Notice mutual =
          CALC.calculate(gradeSeven(InitiatedBy.MUTUAL_AGREEMENT).build()).warnings().stream()
              .filter(w -> w.code().equals("TERMINATION_GROUND"))
              .findFirst()
              .orElseThrow();
      assertThat(mutual.messageZh()).contains("本案由双方协商解除");
      assertThat(mutual.messageEn()).contains("ended by mutual agreement");
    }

    /** Shandong: occupational disease raises the medical subsidy by 50%: 78,000 × 1.5 = 117,000. */
    @Test
    void occupationalDiseaseRaisesTheMedicalSubsidyOnly() {
      WorkInjuryResult r =
          CALC.calculate(gradeSeven(InitiatedBy.WORKER).injured("2019-12-18", true).build());
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      assertThat(medical.amount()).isEqualTo(m("117000.00"));
      assertThat(medical.formulaText()).isEqualTo("13 × 6,000.00 × 1.5（职业病） = 117,000.00");
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("120000.00"));
    }

    /**
     * Shandong: at retirement age no medical subsidy; the employment subsidy is unspecified and
     * computed as due with a warning. The day before retirement both are due in full.
     */
    @Test
    void atRetirementTheMedicalSubsidyIsNotPayable() {
      WorkInjuryResult retired =
          CALC.calculate(
              gradeSeven(InitiatedBy.WORKER)
                  .worker(d("1961-03-01"), RetirementCategory.MALE, d("2021-03-01"))
                  .build());
      assertThat(retired.linesOf(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY)).isEmpty();
      assertThat(only(retired, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("120000.00"));
      assertThat(codes(retired)).contains("NOT_PAYABLE_AT_RETIREMENT", "RETIRED_AT_TERMINATION");

      WorkInjuryResult before =
          CALC.calculate(
              gradeSeven(InitiatedBy.WORKER)
                  .worker(d("1961-03-02"), RetirementCategory.MALE, d("2021-03-02"))
                  .build());
      assertThat(only(before, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount())
          .isEqualTo(m("78000.00"));
      assertThat(codes(before))
          .doesNotContain("NOT_PAYABLE_AT_RETIREMENT", "RETIRED_AT_TERMINATION");
    }

    @Test
    void aRuleThatLooksAtRetirementNeedsTheRetirementDate() {
      assertThatThrownBy(
              () -> CALC.calculate(gradeSeven(InitiatedBy.WORKER).worker(null, null, null).build()))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).violations())
                      .extracting(Violation::path)
                      .containsExactly("worker.retirementDate"));
    }
  }

  @Nested
  class LateEnrolment {
    /**
     * Art. 62 ¶3, 人社部发〔2016〕29号 item 3: after enrolment the fund pays the grade 1–4 allowance (75%
     * × 6,500 = 4,875.00) and living care (30% × 5,800 = 1,740.00), from the enrolment day itself;
     * the one-time subsidy (21 × 6,500 = 136,500.00) stays with the employer.
     */
    @Test
    void costsArisingOnTheEnrolmentDayAreTheFunds() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2020-08-20")
                  .graded("2020-08-20", 4)
                  .selfCare(SelfCareLevel.PARTIAL)
                  .build());
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.monthlyAmount()).isEqualTo(m("4875.00"));
      assertThat(allowance.payer()).isEqualTo(Party.FUND);
      assertThat(allowance.citations())
          .contains(Citation.of(REG_2010, 62, 3), Citation.of(Instruments.get("rsbf-2016-29"), 3));
      BenefitLine care = only(r, BenefitItem.LIVING_CARE_ALLOWANCE);
      assertThat(care.monthlyAmount()).isEqualTo(m("1740.00"));
      assertThat(care.payer()).isEqualTo(Party.FUND);
      BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
      assertThat(subsidy.amount()).isEqualTo(m("136500.00"));
      assertThat(subsidy.payer()).isEqualTo(Party.EMPLOYER);
    }

    @Test
    void costsArisingTheDayBeforeAreTheEmployers() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2020-08-21")
                  .graded("2020-08-20", 4)
                  .selfCare(SelfCareLevel.PARTIAL)
                  .build());
      assertThat(only(r, BenefitItem.DISABILITY_ALLOWANCE).payer()).isEqualTo(Party.EMPLOYER);
      assertThat(only(r, BenefitItem.LIVING_CARE_ALLOWANCE).payer()).isEqualTo(Party.EMPLOYER);
    }

    /** The grade 5–6 allowance is the employer's even when insured: no art. 62 ¶3 citation. */
    @Test
    void theGradeFiveAllowanceStaysWithTheEmployer() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2020-08-01")
                  .graded("2020-08-20", 5)
                  .noSuitableJob()
                  .build());
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(allowance.citations()).doesNotContain(Citation.of(REG_2010, 62, 3));
    }
  }

  @Nested
  class CostsAndDeductions {
    /**
     * Art. 30 ¶4 (2010): hospital food from the fund, 10 days × 30.00 = 300.00; travel and lodging
     * from the fund; care during the suspension (art. 33 ¶3) from the employer; the appraisal fee
     * from the fund (art. 12).
     */
    @Test
    void underThe2010TextTheFundPaysFoodAndTravel() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .insurance(InsuranceStatus.INSURED, null)
                  .hospital("2019-12-18", "2019-12-27")
                  .expense(BenefitItem.TRAVEL_AND_LODGING, "800.00", "赴省城复诊")
                  .expense(BenefitItem.SUSPENSION_PERIOD_CARE, "1500.00", "护工")
                  .expense(BenefitItem.APPRAISAL_FEE, "300.00", null)
                  .build());
      BenefitLine food = only(r, BenefitItem.HOSPITAL_FOOD_SUBSIDY);
      assertThat(food.amount()).isEqualTo(m("300.00"));
      assertThat(food.payer()).isEqualTo(Party.FUND);
      assertThat(food.formulaText()).isEqualTo("10 × 30.00 = 300.00");
      assertThat(food.citations()).contains(Citation.of(REG_2010, 30, 4));
      assertThat(only(r, BenefitItem.TRAVEL_AND_LODGING).payer()).isEqualTo(Party.FUND);
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_CARE).payer()).isEqualTo(Party.EMPLOYER);
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_CARE).citations())
          .contains(Citation.of(REG_2010, 33, 3));
      BenefitLine fee = only(r, BenefitItem.APPRAISAL_FEE);
      assertThat(fee.payer()).isEqualTo(Party.FUND);
      assertThat(fee.citations()).contains(Citation.of(REG_2010, 12, 1));
      assertThat(fee.explanationZh()).isEqualTo("劳动能力鉴定费/司法鉴定费，按票据所载实际发生额");
    }

    /**
     * The 2004 text (art. 29 ¶4): an injury in 2010 puts hospital food and travel on the employer:
     * 5 days × 30.00 = 150.00. The 2009 average 2,500.00 makes 3,000.00 the 本人工资 (1,500–7,500).
     */
    @Test
    void underThe2003TextTheEmployerPaysFoodAndTravel() {
      WorkInjuryResult r =
          CALC.calculate(
              CaseBuilder.create()
                  .region("370800")
                  .worker(d("1975-05-20"), RetirementCategory.MALE, null)
                  .employed("2009-01-01")
                  .injured("2010-06-01", false)
                  .wage("3000.00")
                  .insurance(InsuranceStatus.INSURED, null)
                  .hospital("2010-06-01", "2010-06-05")
                  .expense(BenefitItem.TRAVEL_AND_LODGING, "400.00", "转院")
                  .expense(BenefitItem.APPRAISAL_FEE, "200.00", null)
                  .build());
      BenefitLine food = only(r, BenefitItem.HOSPITAL_FOOD_SUBSIDY);
      assertThat(food.amount()).isEqualTo(m("150.00"));
      assertThat(food.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(food.citations()).contains(Citation.of(REG_2003, 29, 4));
      assertThat(only(r, BenefitItem.TRAVEL_AND_LODGING).payer()).isEqualTo(Party.EMPLOYER);
      // The 2003 text's article on the fund's uses is not held: the Regulation as a whole.
      assertThat(only(r, BenefitItem.APPRAISAL_FEE).citations()).contains(Citation.of(REG_2003));
    }

    /** Two receipts of one item and payer are one line; blank descriptions are left out. */
    @Test
    void receiptsOfOneItemAreSummed() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .expenseOn(BenefitItem.MEDICAL_EXPENSES, "200.00", "2019-12-20")
                  .expense(BenefitItem.MEDICAL_EXPENSES, "100.00", "门诊")
                  .expense(BenefitItem.MEDICAL_EXPENSES, "50.00", " ")
                  .build());
      BenefitLine medical = only(r, BenefitItem.MEDICAL_EXPENSES);
      // undated receipts count from the injury day (2019-12-18), before the 2019-12-20 one
      assertThat(medical.formulaText()).isEqualTo("50.00 + 100.00 + 200.00 = 350.00");
      assertThat(medical.explanationZh()).isEqualTo("医疗费，按票据所载实际发生额（门诊）");
      assertThat(medical.payer()).isEqualTo(Party.EMPLOYER);
    }

    /** Art. 62 ¶2: what the uninsured employer already paid is deducted from its share. */
    @Test
    void paymentsAreDeductedWithWhatIsKnownOfThem() {
      CaseBuilder b = jining();
      b.paid(new Payment(m("1000.00"), d("2020-01-01"), "垫付"));
      b.paid(new Payment(m("500.00"), null, null));
      WorkInjuryResult r = CALC.calculate(b.build());
      List<BenefitLine> paid = r.linesOf(BenefitItem.ALREADY_PAID);
      assertThat(paid)
          .extracting(BenefitLine::amount, BenefitLine::explanationZh)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(m("-500.00"), "用人单位已支付，予以扣减"),
              org.assertj.core.groups.Tuple.tuple(m("-1000.00"), "用人单位已支付（垫付），2020-01-01，予以扣减"));
      assertThat(paid.get(0).citations()).containsExactly(Citation.of(REG_2010, 62, 2));
      assertThat(paid.get(0).formulaText()).isEqualTo("−500.00");
    }
  }
}
