package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.CalculationOptions.PensionCapWage;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 供养亲属抚恤金 (art. 39 ¶1 (二)): who pays after a late enrolment (art. 62 ¶3, 人社部发〔2016〕29号 item 三 (二),
 * SECONDARY), and which wage caps them ({@link PensionCapWage}), hand-computed.
 */
class DependantPensionPayerAndCapTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static List<String> cites(BenefitLine l) {
    return l.citations().stream().map(Citation::toChinese).toList();
  }

  private static final WorkInjuryCalculator ZHENGZHOU =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2021, "6000.00")
              .overBundled());

  @Nested
  class LateEnrolment {
    /**
     * Jining, injured 2022-03-01, died 2022-03-10; spouse 40% × 6,000.00 = 2,400.00 from the death
     * (not Henan, whose art. 30 ¶1 starts the pensions with the next month: HenanMonthlyStartTest).
     */
    private WorkInjuryCase died(String enrolment) {
      return CaseBuilder.create()
          .region("370800")
          .employed("2015-01-01")
          .injured("2022-03-01", false)
          .wage("6000.00")
          .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, enrolment)
          .died("2022-03-10", new Dependant("配偶", Relation.SPOUSE, null, false))
          .build();
    }

    /**
     * Enrolled 2022-09-01: the employer pays 2022-03-10 to 2022-08-31, the fund from 2022-09-01. As
     * of 2022-12-10: employer 5 months and 22 days of August: 2,400 × 5 + 2,400 × 22 ÷ 31 =
     * 13,703.23; fund 3 months and 9 days of December: 2,400 × 3 + 2,400 × 9 ÷ 31 = 7,896.77. Each
     * month is counted once in the monthly totals: the fund's 2,400.00.
     */
    @Test
    void theMonthsAfterTheEnrolmentAreTheFunds() {
      WorkInjuryResult r =
          ZHENGZHOU.calculate(
              died("2022-09-01"),
              CalculationOptions.defaults().withAsOf(LocalDate.of(2022, 12, 10)));
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(
              BenefitLine::payer,
              BenefitLine::monthlyAmount,
              BenefitLine::startDate,
              BenefitLine::until,
              BenefitLine::accrued)
          .containsExactly(
              tuple(
                  Party.EMPLOYER,
                  m("2400.00"),
                  LocalDate.of(2022, 3, 10),
                  LocalDate.of(2022, 8, 31),
                  m("13703.23")),
              tuple(Party.FUND, m("2400.00"), LocalDate.of(2022, 9, 1), null, m("7896.77")));
      // The months before the enrolment are the uninsured employer's under art. 62 ¶2 (issue 22
      // §5: not ¶3, which governs only what arises after the enrolment).
      BenefitLine before = r.linesOf(BenefitItem.DEPENDANT_PENSION).get(0);
      assertThat(cites(before))
          .contains("《工伤保险条例》第三十九条第一款第（二）项", "《工伤保险条例》第六十二条第二款")
          .doesNotContain("《工伤保险条例》第六十二条第三款");
      BenefitLine after = r.linesOf(BenefitItem.DEPENDANT_PENSION).get(1);
      assertThat(cites(after))
          .contains("《工伤保险条例》第三十九条第一款第（二）项", "《工伤保险条例》第六十二条第三款")
          .contains("《人力资源社会保障部关于执行〈工伤保险条例〉若干问题的意见（二）》第三条")
          .doesNotContain("《工伤保险条例》第六十二条第二款");
      for (BenefitLine l : r.linesOf(BenefitItem.DEPENDANT_PENSION)) {
        assertThat(l.explanationZh()).contains("据二手资料，未经原文核实");
      }
      assertThat(r.totals().monthlyFund()).isEqualTo(m("2400.00"));
      assertThat(r.totals().monthlyEmployer()).isEqualTo(m("0.00"));
      assertThat(r.warnings())
          .anyMatch(n -> n.code().equals("SECONDARY_SOURCE") && n.messageZh().contains("分段"));
    }

    /** Enrolled the day after the death: one day is the employer's, the rest the fund's. */
    @Test
    void enrolledTheDayAfterTheEmployerPaysOneDay() {
      WorkInjuryResult r = ZHENGZHOU.calculate(died("2022-03-11"));
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(BenefitLine::payer, BenefitLine::startDate, BenefitLine::until)
          .containsExactly(
              tuple(Party.EMPLOYER, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 10)),
              tuple(Party.FUND, LocalDate.of(2022, 3, 11), null));
    }

    /** Enrolled on the day of the death: the pension arises after enrolment, the fund's, whole. */
    @Test
    void enrolledOnTheDayOfTheDeathNoSplit() {
      WorkInjuryResult r = ZHENGZHOU.calculate(died("2022-03-10"));
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(BenefitLine::payer, BenefitLine::until)
          .containsExactly(tuple(Party.FUND, null));
    }
  }

  @Nested
  class CapWage {
    /**
     * Zhengzhou, 2021 average 6,000.00 (bounds 3,600.00 – 18,000.00); spouse 40% and three children
     * 30% each: 130% of 本人工资.
     */
    private WorkInjuryCase died(String wage) {
      Dependant child1 = new Dependant("子女甲", Relation.CHILD, null, false);
      Dependant child2 = new Dependant("子女乙", Relation.CHILD, null, false);
      Dependant child3 = new Dependant("子女丙", Relation.CHILD, null, false);
      return CaseBuilder.create()
          .region("410100")
          .employed("2015-01-01")
          .injured("2022-03-01", false)
          .wage(wage)
          .insurance(InsuranceStatus.UNINSURED, null)
          .died(
              "2022-03-10",
              new Dependant("配偶", Relation.SPOUSE, null, false),
              child1,
              child2,
              child3)
          .build();
    }

    private List<Money> pensions(String wage, PensionCapWage capWage) {
      return ZHENGZHOU
          .calculate(died(wage), CalculationOptions.defaults().withPensionCapWage(capWage))
          .linesOf(BenefitItem.DEPENDANT_PENSION)
          .stream()
          .map(BenefitLine::monthlyAmount)
          .toList();
    }

    /**
     * Wage 2,000.00 raised to 本人工资 3,600.00: pensions 1,440 + 3 × 1,080 = 4,680.00. Cap 3,600
     * (default): 1,440 × 3,600 ÷ 4,680 = 1,107.69; 1,080 × 3,600 ÷ 4,680 = 830.769… → 830.76. Cap
     * 2,000 (the wage found): 1,440 × 2,000 ÷ 4,680 = 615.384… → 615.38; 1,080 × 2,000 ÷ 4,680 =
     * 461.538… → 461.53.
     */
    @Test
    void belowTheFloorTheWageFoundCutsDeeper() {
      assertThat(pensions("2000.00", PensionCapWage.OWN_WAGE))
          .containsExactly(m("1107.69"), m("830.76"), m("830.76"), m("830.76"));
      assertThat(pensions("2000.00", PensionCapWage.AVERAGE_WAGE_FOUND))
          .containsExactly(m("615.38"), m("461.53"), m("461.53"), m("461.53"));
    }

    /**
     * Wage 30,000.00 capped to 本人工资 18,000.00: pensions 7,200 + 3 × 5,400 = 23,400.00. Cap 18,000
     * (default): 7,200 × 18,000 ÷ 23,400 = 5,538.46; 5,400 × 18,000 ÷ 23,400 = 4,153.846… →
     * 4,153.84. Cap 30,000 (the wage found): 23,400 is not above it, paid uncut.
     */
    @Test
    void aboveTheCeilingTheWageFoundCutsNothing() {
      assertThat(pensions("30000.00", PensionCapWage.OWN_WAGE))
          .containsExactly(m("5538.46"), m("4153.84"), m("4153.84"), m("4153.84"));
      assertThat(pensions("30000.00", PensionCapWage.AVERAGE_WAGE_FOUND))
          .containsExactly(m("7200.00"), m("5400.00"), m("5400.00"), m("5400.00"));
    }

    /** The default is OWN_WAGE, and the option keeps the other choices. */
    @Test
    void theDefaultAndTheWithers() {
      CalculationOptions o =
          CalculationOptions.defaults()
              .withUnpublishedYearlyFigure(
                  CalculationOptions.UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY)
              .withPensionCap(CalculationOptions.PensionCapAllocation.LARGEST_REMAINDER)
              .withPensionCapWage(PensionCapWage.AVERAGE_WAGE_FOUND);
      assertThat(CalculationOptions.defaults().pensionCapWage()).isEqualTo(PensionCapWage.OWN_WAGE);
      assertThat(o.unpublishedYearlyFigure())
          .isEqualTo(CalculationOptions.UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY);
      assertThat(o.pensionCap())
          .isEqualTo(CalculationOptions.PensionCapAllocation.LARGEST_REMAINDER);
      assertThat(o.pensionCapWage()).isEqualTo(PensionCapWage.AVERAGE_WAGE_FOUND);
    }
  }
}
