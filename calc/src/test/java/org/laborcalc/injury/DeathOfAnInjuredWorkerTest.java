package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.CalculationOptions.PensionCapAllocation;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The death of a worker who was injured first (issue 22 §2), under the 2010 text: art. 39 ¶3 with
 * the suspension ended by the appraisal (art. 33 ¶2); the worker's own monthly benefits ending at
 * death (art. 42 ¶1 (一)); the dependants' pensions under the cap, cut in proportion or by largest
 * remainder.
 *
 * <p>Figures: Jining (370800), uninsured (everything the employer's, art. 62 ¶2), 本人工资 6,500.00
 * (inside 60–300% of 5,200.00); Jining 2019 average 5,800.00; national 2018 disposable income
 * 39,251.
 */
class DeathOfAnInjuredWorkerTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
              .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
              .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1910.00")
              .overBundled());

  private static CaseBuilder jining() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .wage("6500.00");
  }

  private static List<String> codes(WorkInjuryResult r) {
    return r.warnings().stream().map(Notice::code).toList();
  }

  @Nested
  class DeathSubsidyAfterTheAppraisal {
    /**
     * Grade 3 graded 2020-06-10, no suspension stated, dies 2020-09-01: the appraisal ended the
     * suspension, so no death subsidy (art. 39 ¶3); the funeral grant 6 × 5,800.00 = 34,800.00.
     */
    @Test
    void gradeThreeDyingAfterTheAppraisalGetsNoDeathSubsidyEvenWithoutASuspension() {
      WorkInjuryResult r =
          CALC.calculate(jining().graded("2020-06-10", 3).died("2020-09-01").build());
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
      assertThat(codes(r)).contains("NO_DEATH_SUBSIDY_AFTER_SUSPENSION");
      assertThat(r.linesOf(BenefitItem.FUNERAL_SUBSIDY).get(0).amount()).isEqualTo(m("34800.00"));
    }

    /** A suspension stated to run past the appraisal still ends at it: 20 × 39,251 only before. */
    @Test
    void aSuspensionStatedPastTheAppraisalEndsAtIt() {
      CaseBuilder b = jining().suspended("2019-12-18", "2020-12-17", false).graded("2020-06-10", 2);
      assertThat(
              CALC.calculate(b.died("2020-07-01").build())
                  .linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY))
          .isEmpty();
      assertThat(
              CALC.calculate(b.died("2020-06-09").build())
                  .linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)
                  .get(0)
                  .amount())
          .isEqualTo(m("785020.00"));
    }
  }

  @Nested
  class OwnBenefitsEndAtDeath {
    /**
     * Grade 3: 80% × 6,500.00 = 5,200.00 a month from the appraisal 2020-06-10; the worker dies
     * 2020-09-01, so it is due to that day: 2020-06-10 to 2020-09-02 (exclusive) is 2 months and 23
     * days (2020-08-10 to 09-02), the part month in August (31 days): 5,200.00 × 2 + 5,200.00 × 23
     * ÷ 31 = 10,400.00 + 3,858.0645… = 14,258.06, although the as-of date is 2021-01-01.
     */
    @Test
    void theDisabilityAllowanceIsDueUpToTheDayOfDeathAndSaysSo() {
      WorkInjuryResult r =
          CALC.calculate(
              jining().graded("2020-06-10", 3).died("2020-09-01").build(),
              CalculationOptions.defaults().withAsOf(LocalDate.of(2021, 1, 1)));
      BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
      assertThat(allowance.monthlyAmount()).isEqualTo(m("5200.00"));
      assertThat(allowance.until()).isEqualTo(LocalDate.of(2020, 9, 1));
      assertThat(allowance.accrued()).isEqualTo(m("14258.06"));
      assertThat(allowance.explanationZh()).contains("2020-09-01 死亡").doesNotContain("退休");
      assertThat(allowance.citations())
          .contains(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 42, 1, 1));
    }

    /**
     * The monthly totals hold only what is still due each month: the spouse's pension 40% ×
     * 6,500.00 = 2,600.00, not the dead worker's allowance beside it.
     */
    @Test
    void theMonthlyTotalsNeverAddTheWorkersBenefitsToTheDependantsPensions() {
      WorkInjuryResult r =
          CALC.calculate(
              jining()
                  .graded("2020-06-10", 3)
                  .died("2020-09-01", new Dependant("妻", Relation.SPOUSE, null, false))
                  .build());
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).hasSize(1);
      assertThat(r.totals().monthlyEmployer().plus(r.totals().monthlyFund()))
          .isEqualTo(m("2600.00"));
    }

    @Test
    void noAllowanceForAWorkerWhoDiedBeforeTheAppraisal() {
      WorkInjuryResult r =
          CALC.calculate(jining().graded("2020-06-10", 3).died("2020-05-01").build());
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
    }

    /**
     * A living grade 3 worker's allowance stops at retirement (art. 35 ¶1 (二)), the test kit's
     * worker retiring on 2048-05-20: due to the day before, and in the monthly totals.
     */
    @Test
    void aLivingWorkersAllowanceRunsToRetirement() {
      WorkInjuryResult r = CALC.calculate(jining().graded("2020-06-10", 3).build());
      BenefitLine allowance = r.linesOf(BenefitItem.DISABILITY_ALLOWANCE).get(0);
      assertThat(allowance.until()).isEqualTo(LocalDate.of(2048, 5, 19));
      assertThat(allowance.explanationZh()).contains("达到退休年龄（2048-05-20）后停发");
      assertThat(r.totals().monthlyEmployer()).isEqualTo(m("5200.00"));
    }
  }

  @Nested
  class PensionsUnderTheCap {
    /**
     * Spouse 40%, an orphan 30% + 10%, a child 30% of 6,500.00: 2,600.00 + 2,600.00 + 1,950.00 =
     * 7,150.00 > 6,500.00. Each × 6,500 ÷ 7,150: 2,363.6363… and 1,772.7272…, fractions of a fen
     * dropped: 2,363.63 + 2,363.63 + 1,772.72 = 6,499.98, two fen short of the cap. Listed by
     * relation then name: 妻, 乙 (the orphan), 甲.
     */
    private WorkInjuryCase threeDependants() {
      return jining()
          .died(
              "2020-01-10",
              new Dependant("妻", Relation.SPOUSE, null, false),
              new Dependant("甲", Relation.CHILD, null, false),
              new Dependant("乙", Relation.CHILD, null, true))
          .build();
    }

    private List<Money> pensions(PensionCapAllocation allocation) {
      return CALC
          .calculate(threeDependants(), CalculationOptions.defaults().withPensionCap(allocation))
          .linesOf(BenefitItem.DEPENDANT_PENSION)
          .stream()
          .map(BenefitLine::monthlyAmount)
          .toList();
    }

    @Test
    void proportionalRoundsEachDownAndMayFallShortOfTheCap() {
      assertThat(pensions(PensionCapAllocation.PROPORTIONAL))
          .containsExactly(m("2363.63"), m("2363.63"), m("1772.72"));
    }

    /**
     * Largest remainder: the two fen go to the largest dropped fractions — 甲's 0.00727… first, then
     * the tie of 妻 and 乙 at 0.00636… to 妻, listed first: 2,363.64 + 2,363.63 + 1,772.73 = 6,500.00,
     * the cap exactly.
     */
    @Test
    void largestRemainderSumsExactlyToTheCap() {
      assertThat(pensions(PensionCapAllocation.LARGEST_REMAINDER))
          .containsExactly(m("2363.64"), m("2363.63"), m("1772.73"));
      BenefitLine spouse =
          CALC.calculate(
                  threeDependants(),
                  CalculationOptions.defaults()
                      .withPensionCap(PensionCapAllocation.LARGEST_REMAINDER))
              .linesOf(BenefitItem.DEPENDANT_PENSION)
              .get(0);
      assertThat(spouse.formulaText())
          .isEqualTo(
              "40% × 6,500.00 = 2,600.00；按比例核减：2,600.00 × 6,500.00 ÷ 7,150.00 = 2,363.63（舍去分以下）"
                  + "；按最大余额法补足：2,363.63 + 0.01 = 2,363.64");
      assertThat(spouse.parameters().get(0).value()).isEqualTo("SPOUSE: 40%");
    }
  }
}
