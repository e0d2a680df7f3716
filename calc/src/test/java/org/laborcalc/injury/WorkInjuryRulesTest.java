package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.CalculationOptions.SuspensionDays;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.result.Party;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/** One rule at a time, each amount worked out by hand in the test from the article cited. */
class WorkInjuryRulesTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  /** The seed case's facts and figures (Jining, uninsured, 6,500 a month). */
  private static CaseBuilder seed() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .suspended("2019-12-18", "2020-06-17", false)
        .graded("2020-08-20", 9)
        .wage("6500.00");
  }

  private static CallerFigures seedFigures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
        .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00");
  }

  private static WorkInjuryCalculator over(CallerFigures f) {
    return WorkInjuryCalculator.of(f.overBundled());
  }

  @Nested
  class SuspensionPeriod {
    /** Art. 33 ¶2: normally ≤ 12 months; 13 months without a confirmed extension is warned. */
    @Test
    void thirteenMonthsWithoutConfirmedExtensionIsWarned() {
      WorkInjuryCase c =
          seed().suspended("2019-12-18", "2021-01-17", false).graded("2021-02-01", 9).build();
      WorkInjuryResult r = over(seedFigures()).calculate(c);
      // 13 × 6,500 = 84,500.00
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_WAGES).amount()).isEqualTo(m("84500.00"));
      assertThat(r.warnings()).anyMatch(w -> w.code().equals("SUSPENSION_OVER_NORMAL_MAXIMUM"));

      WorkInjuryCase confirmed =
          seed().suspended("2019-12-18", "2021-01-17", true).graded("2021-02-01", 9).build();
      assertThat(over(seedFigures()).calculate(confirmed).warnings())
          .noneMatch(w -> w.code().equals("SUSPENSION_OVER_NORMAL_MAXIMUM"));
    }

    /** Art. 33 ¶2: the extension is at most 12 months more, so 25 months is an input error. */
    @Test
    void twentyFiveMonthsIsAnError() {
      WorkInjuryCase c =
          seed().suspended("2019-12-18", "2022-01-17", true).graded("2022-02-01", 9).build();
      assertThatThrownBy(() -> over(seedFigures()).calculate(c))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).violations())
                      .extracting(Violation::path)
                      .containsExactly("suspension.endInclusive"));
    }

    /**
     * 2019-12-18 to 2020-01-27 = 1 month and 10 days (the part from 2020-01-18, in January's 31
     * days): 6,500 + 6,500 × 10 ÷ 31 = 6,500 + 2,096.774… = 8,596.77. Under PAY_DAYS the part's 计薪日
     * (国办发明电〔2019〕16号: 1-19 Sunday a working day, 1-24 a rest day, 1-25 to 1-27 the statutory 春节
     * days): 1-19, 1-20 to 1-23, 1-25 to 1-27 = 8 days, so 6,500 + 6,500 ÷ 21.75 × 8 = 6,500 +
     * 2,390.8045… = 8,890.80 (calendar days over 21.75 would have paid 9,488.51).
     */
    @Test
    void aPartMonthUnderEitherNamedConvention() {
      WorkInjuryCase c = seed().suspended("2019-12-18", "2020-01-27", false).build();
      WorkInjuryCalculator calc = over(seedFigures());
      assertThat(only(calc.calculate(c), BenefitItem.SUSPENSION_PERIOD_WAGES).amount())
          .isEqualTo(m("8596.77"));
      WorkInjuryResult payDays =
          calc.calculate(
              c, CalculationOptions.defaults().withSuspensionDays(SuspensionDays.PAY_DAYS));
      assertThat(only(payDays, BenefitItem.SUSPENSION_PERIOD_WAGES).amount())
          .isEqualTo(m("8890.80"));
      assertThat(only(payDays, BenefitItem.SUSPENSION_PERIOD_WAGES).formulaText())
          .isEqualTo("1 × 6,500.00 + 6,500.00 ÷ 21.75 × 8（计薪日） = 8,890.80");
    }

    /** PAY_DAYS before the calendar's first year (2008) cannot count pay days: a located error. */
    @Test
    void payDaysInAYearTheCalendarDoesNotHoldIsALocatedError() {
      CallerFigures f =
          CallerFigures.create().year("wage.regionalAverageMonthly", "370800", 2006, "1500.00");
      WorkInjuryCase c =
          seed()
              .employed("2006-01-01")
              .injured("2007-03-01", false)
              .suspended("2007-03-01", "2007-04-10", false)
              .graded("2007-06-01", 9)
              .build();
      assertThatThrownBy(
              () ->
                  over(f)
                      .calculate(
                          c,
                          CalculationOptions.defaults()
                              .withSuspensionDays(SuspensionDays.PAY_DAYS)))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidInputException) e).violations())
                      .extracting(Violation::path, Violation::code)
                      .containsExactly(tuple("options.suspensionDays", "CALENDAR_GAP")));
    }

    /**
     * CALENDAR_FRACTION, a part that runs into the next month: 2019-12-18 to 2020-02-05 = 1 month
     * (to 2020-01-17) and 19 days (1-18 to 2-05), divided by the 31 days of January, where the part
     * begins: 6,500 + 6,500 × 19 ÷ 31 = 6,500 + 3,983.870… = 10,483.87.
     */
    @Test
    void aCalendarFractionThatStraddlesTwoMonthsUsesTheMonthItBeginsIn() {
      WorkInjuryCase c = seed().suspended("2019-12-18", "2020-02-05", false).build();
      BenefitLine l = only(over(seedFigures()).calculate(c), BenefitItem.SUSPENSION_PERIOD_WAGES);
      assertThat(l.amount()).isEqualTo(m("10483.87"));
      assertThat(l.formulaText()).isEqualTo("1 × 6,500.00 + 6,500.00 × 19 ÷ 31 = 10,483.87");
    }

    /**
     * PAY_DAYS never pays a part month more than a whole one: 2021-06-01 to 2021-07-30 = 1 month
     * and the 30 days of 7-01 to 7-30, with 22 weekdays and no holiday — more than 21.75, so the
     * part counts 21.75: 6,500 + 6,500 ÷ 21.75 × 21.75 = 13,000.00, not 6,500 ÷ 21.75 × 22 =
     * 6,574.71 for the part. One day fewer (to 7-29: 21 pay days) is under the bound: 6,500 + 6,500
     * ÷ 21.75 × 21 = 6,500 + 6,275.862… = 12,775.86.
     */
    @Test
    void payDaysOfAPartMonthAreAtMostAMonths() {
      CallerFigures f =
          seedFigures()
              .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2021, "6200.00");
      CalculationOptions payDays =
          CalculationOptions.defaults().withSuspensionDays(SuspensionDays.PAY_DAYS);
      WorkInjuryCase over =
          seed()
              .injured("2021-06-01", false)
              .suspended("2021-06-01", "2021-07-30", false)
              .graded("2021-09-01", 9)
              .build();
      BenefitLine capped =
          only(over(f).calculate(over, payDays), BenefitItem.SUSPENSION_PERIOD_WAGES);
      assertThat(capped.amount()).isEqualTo(m("13000.00"));
      assertThat(capped.formulaText())
          .isEqualTo("1 × 6,500.00 + 6,500.00 ÷ 21.75 × 21.75（计薪日22天，以一个月的计薪天数为限） = 13,000.00");

      WorkInjuryCase under =
          seed()
              .injured("2021-06-01", false)
              .suspended("2021-06-01", "2021-07-29", false)
              .graded("2021-09-01", 9)
              .build();
      assertThat(
              only(over(f).calculate(under, payDays), BenefitItem.SUSPENSION_PERIOD_WAGES).amount())
          .isEqualTo(m("12775.86"));
    }
  }

  @Nested
  class Liability {
    /**
     * Art. 62 ¶3 and 人社部发〔2016〕29号 item 3: after a late enrolment the fund pays the new medical
     * costs and the medical subsidy; the one-time disability subsidy (not in the list), earlier
     * costs, wages and the employment subsidy stay with the employer. Henan, grade 7:
     *
     * <pre>
     * 一次性伤残补助金 13 × 6,000 = 78,000.00 employer (not in the list)
     * 医疗补助金 12 × 6,500 = 78,000.00 fund (termination after enrolment)
     * 就业补助金 36 × 6,500 = 234,000.00 employer
     * 停工留薪期 6 × 6,000 = 36,000.00 employer
     * 医疗费 1,000.00 before enrolment: employer; 2,000.00 after: fund
     * employer 78,000 + 234,000 + 36,000 + 1,000 = 349,000.00; fund 78,000 + 2,000 = 80,000.00
     * </pre>
     */
    @Test
    void aLateEnrolmentSplitsTheItemsByDateAndByKind() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2020-01-01")
              .injured("2022-03-01", false)
              .suspended("2022-03-01", "2022-08-31", false)
              .graded("2022-09-01", 7)
              .terminated("2023-03-31", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2022-06-01")
              .wage("6000.00")
              .expenseOn(BenefitItem.MEDICAL_EXPENSES, "1000.00", "2022-03-05")
              .expenseOn(BenefitItem.MEDICAL_EXPENSES, "2000.00", "2022-07-01")
              .build();
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
                  .year("wage.regionalAverageMonthly", "410100", 2022, "6500.00"))
              .calculate(c);

      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).payer())
          .isEqualTo(Party.EMPLOYER);
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).payer()).isEqualTo(Party.FUND);
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("78000.00"));
      assertThat(r.linesOf(BenefitItem.MEDICAL_EXPENSES))
          .extracting(BenefitLine::payer, BenefitLine::amount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("1000.00")),
              org.assertj.core.groups.Tuple.tuple(Party.FUND, m("2000.00")));
      assertThat(r.totals().employer()).isEqualTo(m("349000.00"));
      assertThat(r.totals().fund()).isEqualTo(m("80000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).citations())
          .extracting(ci -> ci.toChinese())
          .contains("《工伤保险条例》第六十二条第三款");
    }

    /**
     * Henan art. 33: an under-declared base. 本人工资 6,000; declared 3,000 is below 60% × 6,000 =
     * 3,600, so the fund's 本人工资 is 3,600. Grade 7: fund 13 × 3,600 = 46,800.00; the employer pays
     * 13 × 6,000 − 46,800 = 78,000 − 46,800 = 31,200.00.
     */
    @Test
    void anUnderDeclaredBaseLeavesTheDifferenceWithTheEmployer() {
      CaseBuilder b =
          CaseBuilder.create()
              .region("410100")
              .employed("2015-01-01")
              .injured("2022-03-01", false)
              .graded("2022-09-01", 7)
              .wage("6000.00");
      b.insurance(
          new WorkInjuryCase.Insurance(
              InsuranceStatus.UNDER_DECLARED_BASE, null, m("3000.00"), null));
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00"))
              .calculate(b.build());
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
          .extracting(BenefitLine::payer, BenefitLine::amount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("31200.00")),
              org.assertj.core.groups.Tuple.tuple(Party.FUND, m("46800.00")));
      BenefitLine difference = r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).get(0);
      assertThat(difference.formulaText()).isEqualTo("78,000.00 − 46,800.00 = 31,200.00");
      assertThat(difference.citations())
          .extracting(ci -> ci.toChinese())
          .contains("《河南省工伤保险条例》第三十三条");
    }

    /**
     * Art. 17 ¶4: injured 2022-03-01, the employer applied for recognition only on 2022-05-15.
     * Costs after the 30 days (from 2022-04-01) up to the application are the employer's: 1,000.00
     * of 2022-04-15; 500.00 of 2022-03-20 and 2,000.00 of 2022-06-01 stay with the fund.
     */
    @Test
    void aLateRecognitionApplicationShiftsTheGapsCostsToTheEmployer() {
      CaseBuilder b =
          CaseBuilder.create()
              .region("410100")
              .employed("2015-01-01")
              .injured("2022-03-01", false)
              .wage("6000.00")
              .expenseOn(BenefitItem.MEDICAL_EXPENSES, "500.00", "2022-03-20")
              .expenseOn(BenefitItem.MEDICAL_EXPENSES, "1000.00", "2022-04-15")
              .expenseOn(BenefitItem.MEDICAL_EXPENSES, "2000.00", "2022-06-01");
      b.insurance(
          new WorkInjuryCase.Insurance(
              InsuranceStatus.INSURED, null, null, LocalDate.of(2022, 5, 15)));
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00"))
              .calculate(b.build());
      assertThat(r.linesOf(BenefitItem.MEDICAL_EXPENSES))
          .extracting(BenefitLine::payer, BenefitLine::amount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Party.EMPLOYER, m("1000.00")),
              org.assertj.core.groups.Tuple.tuple(Party.FUND, m("2500.00")));
      assertThat(r.linesOf(BenefitItem.MEDICAL_EXPENSES).get(0).citations())
          .extracting(ci -> ci.toChinese())
          .contains("《工伤保险条例》第十七条第四款");
    }

    /**
     * Shandong 2011's near-retirement rule is [U] in the digest (issue 22 §5): a worker less than
     * five years from retirement gets the grade 9 employment subsidy in full, 12 × 5,800 =
     * 69,600.00, never silently — the line and a notice say so. A man born 1961-01-15 retires at 60
     * on 2021-01-15, under three months after the 2020-10-31 termination; the seed's worker (born
     * 1985) is decades away and gets no such note.
     */
    @Test
    void shandongsUnconfirmedNearRetirementRuleIsNeverSilent() {
      WorkInjuryCase near =
          seed()
              .worker(LocalDate.of(1961, 1, 15), RetirementCategory.MALE, null)
              .terminated("2020-10-31", InitiatedBy.WORKER)
              .build();
      WorkInjuryResult r = over(seedFigures()).calculate(near);
      BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
      assertThat(employment.amount()).isEqualTo(m("69600.00"));
      assertThat(employment.explanationZh())
          .endsWith("；距法定退休年龄（2021-01-15）不足五年，本省临近退休的递减规则未经核实，本项按全额计算，可能偏高");
      assertThat(r.warnings()).anyMatch(w -> w.code().equals("NEAR_RETIREMENT_RULE_UNCONFIRMED"));

      WorkInjuryResult far =
          over(seedFigures())
              .calculate(seed().terminated("2020-10-31", InitiatedBy.WORKER).build());
      assertThat(only(far, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("69600.00"));
      assertThat(only(far, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).explanationZh())
          .doesNotContain("不足五年");
      assertThat(far.warnings())
          .noneMatch(w -> w.code().equals("NEAR_RETIREMENT_RULE_UNCONFIRMED"));
    }

    /** Amounts already paid are deducted on their own line: 250,800 − 10,000 = 240,800.00. */
    @Test
    void alreadyPaidIsDeductedFromTheEmployer() {
      WorkInjuryCase c =
          seed()
              .terminated("2020-10-31", InitiatedBy.WORKER)
              .expense(BenefitItem.RE_EXAMINATION_FEE, "300.00", null)
              .expense(BenefitItem.FOLLOW_UP_TREATMENT, "40000.00", null)
              .expense(BenefitItem.APPRAISAL_FEE, "2800.00", null)
              .paid("10000.00")
              .build();
      WorkInjuryResult r = over(seedFigures()).calculate(c);
      assertThat(only(r, BenefitItem.ALREADY_PAID).amount()).isEqualTo(m("-10000.00"));
      assertThat(r.totals().employer()).isEqualTo(m("240800.00"));
    }
  }

  @Nested
  class MonthlyItems {
    private CaseBuilder grade2() {
      return CaseBuilder.create()
          .region("330100")
          .employed("2020-01-01")
          .injured("2023-06-01", false)
          .graded("2024-03-01", 2)
          .selfCare(SelfCareLevel.MAJOR)
          .wage("2000.00");
    }

    private CallerFigures figures() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "330100", 2022, "5000.00")
          .year("wage.regionalAverageMonthly", "330100", 2023, "5000.00")
          .money("wage.minimumMonthly", "330100", "2023-01-01", null, "2690.00");
    }

    /**
     * Accrued to 2024-06-16 from 2024-03-01: 3 months and 15 of June's 30 days. Allowance 2,690 × 3
     * + 2,690 × 15 ÷ 30 = 8,070 + 1,345 = 9,415.00; living care 2,000 × 3 + 1,000 = 7,000.00.
     */
    @Test
    void monthlyItemsAccrueToTheAsOfDate() {
      WorkInjuryResult r =
          over(figures())
              .calculate(
                  grade2().build(),
                  CalculationOptions.defaults().withAsOf(LocalDate.of(2024, 6, 16)));
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
      assertThat(allowance.accrued()).isEqualTo(m("9415.00"));
      assertThat(only(r, BenefitItem.LIVING_CARE_ALLOWANCE).accrued()).isEqualTo(m("7000.00"));
      assertThat(r.totals().employer()).isEqualTo(m("75000.00"));
    }

    /** Without a minimum wage in force the top-up cannot be decided: the figure is required. */
    @Test
    void theMinimumWageIsARequiredFigure() {
      CallerFigures noMinimum =
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "330100", 2022, "5000.00")
              .year("wage.regionalAverageMonthly", "330100", 2023, "5000.00");
      assertThatThrownBy(() -> over(noMinimum).calculate(grade2().build()))
          .isInstanceOfSatisfying(
              MissingParameterException.class,
              e -> {
                assertThat(e.key()).isEqualTo("wage.minimumMonthly");
                assertThat(e.regionCode()).isEqualTo("330100");
                assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 1));
                assertThat(e.messageZh()).contains("月最低工资标准");
              });
    }

    /**
     * Art. 36 ¶1 (2): grade 5 keeping the relation without suitable work: 70% × 5,000 = 3,500.00 a
     * month, paid by the employer even when insured (社会保险法 art. 39 (2)).
     */
    @Test
    void grade5WithoutSuitableWorkGetsTheEmployersAllowance() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2015-01-01")
              .injured("2022-03-01", false)
              .graded("2022-09-01", 5)
              .noSuitableJob()
              .insurance(InsuranceStatus.INSURED, null)
              .wage("5000.00")
              .build();
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2021, "6000.00")
                  .money("wage.minimumMonthly", "410100", "2022-01-01", null, "2000.00"))
              .calculate(c);
      BenefitLine allowance = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(allowance.monthlyAmount()).isEqualTo(m("3500.00"));
      assertThat(allowance.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(r.totals().monthlyEmployer()).isEqualTo(m("3500.00"));
    }
  }

  @Nested
  class Death {
    private CaseBuilder died(Dependant... dependants) {
      return CaseBuilder.create()
          .region("410100")
          .employed("2020-01-01")
          .injured("2024-03-01", false)
          .died("2024-03-05", dependants)
          .wage("5000.00");
    }

    private CallerFigures figures() {
      return CallerFigures.create().year("wage.regionalAverageMonthly", "410100", 2023, "7000.00");
    }

    /**
     * Art. 39 ¶1 (2): 40% + 3 × 30% = 130% of 5,000 = 6,500 > 5,000, cut in proportion and rounded
     * down: spouse 2,000 × 5,000 ÷ 6,500 = 1,538.46; others 1,500 × 5,000 ÷ 6,500 = 1,153.84 each;
     * together 4,999.98 ≤ 5,000.
     */
    @Test
    void pensionsAboveTheWageAreCutInProportion() {
      WorkInjuryCase c =
          died(
                  new Dependant("child a", Relation.CHILD, LocalDate.of(2012, 1, 1), false),
                  new Dependant("spouse", Relation.SPOUSE, LocalDate.of(1985, 1, 1), false),
                  new Dependant("child b", Relation.CHILD, LocalDate.of(2014, 1, 1), false),
                  new Dependant("mother", Relation.PARENT, LocalDate.of(1955, 1, 1), false))
              .build();
      WorkInjuryResult r = over(figures()).calculate(c);
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION))
          .extracting(BenefitLine::label, BenefitLine::monthlyAmount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("spouse", m("1538.46")),
              org.assertj.core.groups.Tuple.tuple("child a", m("1153.84")),
              org.assertj.core.groups.Tuple.tuple("child b", m("1153.84")),
              org.assertj.core.groups.Tuple.tuple("mother", m("1153.84")));
      assertThat(r.totals().monthlyEmployer()).isEqualTo(m("4999.98"));
      assertThat(r.warnings()).anyMatch(w -> w.code().equals("DEPENDANT_PENSIONS_CAPPED"));
    }

    /**
     * Injured and died in 2025: 20 × the 2024 national figure 54,188 = 1,083,760.00 (the published
     * 2025 standard). As known on 2025-01-10, before the NBS release of 2025-01-17, the figure did
     * not exist yet: the calculation says which figure is missing instead of using another.
     */
    @Test
    void anAwardCanBeReproducedAsKnownOnADate() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2020-01-01")
              .injured("2025-03-01", false)
              .died("2025-03-05")
              .wage("5000.00")
              .build();
      WorkInjuryCalculator calc =
          over(
              CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2024, "7000.00"));
      WorkInjuryResult known =
          calc.calculate(c, CalculationOptions.defaults().withKnownAsOf(LocalDate.of(2025, 2, 1)));
      assertThat(only(known, BenefitItem.ONE_TIME_DEATH_SUBSIDY).amount())
          .isEqualTo(m("1083760.00"));
      assertThatThrownBy(
              () ->
                  calc.calculate(
                      c, CalculationOptions.defaults().withKnownAsOf(LocalDate.of(2025, 1, 10))))
          .isInstanceOfSatisfying(
              MissingParameterException.class,
              e -> assertThat(e.key()).isEqualTo("income.nationalUrbanDisposablePerCapita"));
    }

    /** An orphan gets 30% + 10% = 40% of 5,000 = 2,000.00 (art. 39 ¶1 (2)). */
    @Test
    void anOrphanGetsTenPercentMore() {
      WorkInjuryResult r =
          over(figures())
              .calculate(
                  died(new Dependant("orphan", Relation.CHILD, LocalDate.of(2016, 1, 1), true))
                      .build());
      assertThat(only(r, BenefitItem.DEPENDANT_PENSION).monthlyAmount()).isEqualTo(m("2000.00"));
    }

    /** Art. 39 ¶3: grade 1–4 dying after the suspension period: no one-time death subsidy. */
    @Test
    void gradeOneToFourAfterTheSuspensionGetsNoDeathSubsidy() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2020-01-01")
              .injured("2023-03-01", false)
              .suspended("2023-03-01", "2023-08-31", false)
              .graded("2023-09-01", 3)
              .selfCare(SelfCareLevel.PARTIAL)
              .died("2024-05-01")
              .wage("5000.00")
              .build();
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2022, "7000.00")
                  .year("wage.regionalAverageMonthly", "410100", 2023, "7000.00")
                  .money("wage.minimumMonthly", "410100", "2022-01-01", null, "2000.00"))
              .calculate(c);
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
      assertThat(only(r, BenefitItem.FUNERAL_SUBSIDY).amount()).isEqualTo(m("42000.00"));
      assertThat(r.warnings()).anyMatch(w -> w.code().equals("NO_DEATH_SUBSIDY_AFTER_SUSPENSION"));
    }
  }

  @Nested
  class ProvincialRules {
    /**
     * Zhejiang art. 27 ¶2, 男 born 1966-01-15: retirement at 60 years 4 months (2024 decision) on
     * 2026-05-15. Terminated 2024-03-31: fewer than five years remain; age 58 then, 60 at
     * retirement: 2 years of age short → 20%. Grade 7: employment 10 × 7,000 × 20% = 14,000.00;
     * medical 10 × 7,000 = 70,000.00 unreduced.
     */
    @Test
    void zhejiangReducesTheEmploymentSubsidyByYearsOfAge() {
      WorkInjuryResult r =
          zhejiang(LocalDate.of(1966, 1, 15), "2023-05-10", "2024-03-31", 2022, 2023);
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("14000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("70000.00"));
    }

    /**
     * 男 born 1970-01-15 retires at 61 years 4 months on 2031-05-15. Terminated 2026-03-31: 5 years
     * 1½ months remain, outside the five-year window: full 70,000.00, although the age count (61 −
     * 56 = 5) alone would reduce. Terminated 2026-06-30: 4 years 10½ months remain, 5 years of age
     * short → 80%: 56,000.00.
     */
    @Test
    void zhejiangsReductionStartsOnlyInsideTheFiveYearWindow() {
      LocalDate born = LocalDate.of(1970, 1, 15);
      assertThat(
              only(
                      zhejiang(born, "2025-05-10", "2026-03-31", 2024, 2025),
                      BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY)
                  .amount())
          .isEqualTo(m("70000.00"));
      assertThat(
              only(
                      zhejiang(born, "2025-05-10", "2026-06-30", 2024, 2025),
                      BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY)
                  .amount())
          .isEqualTo(m("56000.00"));
    }

    private WorkInjuryResult zhejiang(
        LocalDate born, String injured, String terminated, int clampYear, int provincialYear) {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("330100")
              .worker(born, RetirementCategory.MALE, null)
              .employed("2010-01-01")
              .injured(injured, false)
              .graded(LocalDate.parse(injured).plusMonths(5).toString(), 7)
              .terminated(terminated, InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("8000.00")
              .build();
      return over(CallerFigures.create()
              .year("wage.regionalAverageMonthly", "330100", clampYear, "7500.00")
              .year("wage.provincialAverageMonthly", "330000", provincialYear, "7000.00"))
          .calculate(c);
    }

    /**
     * Guangdong arts. 31–33: the base is 本人工资 (6,000), raised to the 12-month average before
     * termination (7,000) when higher. Grade 9: medical 2 × 7,000 = 14,000.00 (fund); employment 8
     * × 7,000 = 56,000.00 (employer).
     */
    @Test
    void guangdongUsesTheOwnWageRaisedToThePreTerminationAverage() {
      CaseBuilder b =
          CaseBuilder.create()
              .region("440100")
              .employed("2015-01-01")
              .injured("2023-04-01", false)
              .graded("2023-10-01", 9)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null);
      b.wage(new WageFacts(m("6000.00"), null, m("7000.00")));
      CallerFigures f =
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "440100", 2022, "8000.00")
              // Arts. 33 and 64 ¶2 compare with the 全省 average: the city's 8,000 is higher.
              .year("wage.provincialAverageMonthly", "440000", 2022, "7500.00")
              .year("wage.provincialAverageMonthly", "440000", 2023, "7500.00")
              .year("wage.regionalAverageMonthly", "440100", 2023, "8000.00");
      WorkInjuryResult r = over(f).calculate(b.build());
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("14000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).payer()).isEqualTo(Party.FUND);
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("56000.00"));

      b.wage(new WageFacts(m("6000.00"), null, null));
      assertThatThrownBy(() -> over(f).calculate(b.build()))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactly("wage.preTerminationAverageWage"));
    }

    /**
     * Jiangsu (省政府令第103号, SECONDARY): yuan per grade; grade 7 occupational disease: medical 120,000
     * × 1.4 = 168,000.00; employment 45,000.00.
     */
    @Test
    void jiangsuPaysFixedYuanWithTheDiseaseUplift() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("320100")
              .employed("2015-01-01")
              .injured("2023-04-01", true)
              .graded("2023-10-01", 7)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("6000.00")
              .build();
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "320100", 2022, "8000.00"))
              .calculate(c);
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("168000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("45000.00"));
      assertThat(r.warnings()).anyMatch(w -> w.code().equals("SECONDARY_SOURCE"));
    }

    /** Hubei's medical months are unconfirmed and not bundled: the caller must supply the rule. */
    @Test
    void hubeiMedicalSubsidyNeedsACallerRule() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("420100")
              .employed("2015-01-01")
              .injured("2023-04-01", false)
              .graded("2023-10-01", 7)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("6000.00")
              .build();
      assertThatThrownBy(
              () ->
                  over(CallerFigures.create()
                          .year("wage.regionalAverageMonthly", "420100", 2022, "8000.00")
                          .year("wage.regionalAverageMonthly", "420100", 2023, "8000.00"))
                      .calculate(c))
          .isInstanceOfSatisfying(
              UnsupportedCaseException.class,
              e -> {
                assertThat(e.code()).isEqualTo("NO_APPLICABLE_RULE");
                assertThat(e.messageEn()).contains("injury.terminationSubsidies");
              });
    }
  }

  @Nested
  class Regimes {
    /**
     * Injured 2008 in Henan (rule in force 2007-10-01), grade 7, insured, under the 2003 text: the
     * employer pays both termination subsidies (2003 art. 35). Subsidy 12 × 3,000 = 36,000.00
     * (fund); medical 12 × 2,800 = 33,600.00 and employment 36 × 2,800 = 100,800.00 (employer).
     */
    @Test
    void underThe2003TextTheEmployerPaysBothTerminationSubsidies() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2005-01-01")
              .injured("2008-05-01", false)
              .graded("2008-11-01", 7)
              .terminated("2009-06-30", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("3000.00")
              .build();
      WorkInjuryResult r =
          over(CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2007, "2500.00")
                  .year("wage.regionalAverageMonthly", "410100", 2008, "2800.00"))
              .calculate(c);
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("36000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).payer()).isEqualTo(Party.FUND);
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).amount()).isEqualTo(m("33600.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY).payer()).isEqualTo(Party.EMPLOYER);
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("100800.00"));
    }

    /**
     * Injured 2010-06-01, graded 2011-03-01, grade 8: by the injury date 10 × 4,000 = 40,000.00
     * (2003 art. 35); by the benefit date 11 × 4,000 = 44,000.00 (2010 art. 37).
     */
    @Test
    void theRegimeRuleIsANamedChoice() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("410100")
              .employed("2008-01-01")
              .injured("2010-06-01", false)
              .graded("2011-03-01", 8)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("4000.00")
              .build();
      WorkInjuryCalculator calc =
          over(
              CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "410100", 2009, "3000.00"));
      assertThat(only(calc.calculate(c), BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("40000.00"));
      WorkInjuryResult byBenefit =
          calc.calculate(c, CalculationOptions.defaults().withRegimeRule(RegimeRule.BENEFIT_DATE));
      assertThat(only(byBenefit, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("44000.00"));
      assertThat(byBenefit.options().regimeRule()).isEqualTo(RegimeRule.BENEFIT_DATE);
    }
  }

  @Nested
  class Inputs {
    /** Hospital food: 10 + 5 days × 50.00 = 750.00 (art. 30 ¶4; uninsured: the employer). */
    @Test
    void hospitalFoodCountsTheDaysOfEveryStay() {
      WorkInjuryCase c =
          seed().hospital("2019-12-18", "2019-12-27").hospital("2020-01-05", "2020-01-09").build();
      WorkInjuryResult r =
          over(seedFigures()
                  .money(
                      "injury.hospitalFood.dailyStandard", "370800", "2019-01-01", null, "50.00"))
              .calculate(c);
      assertThat(only(r, BenefitItem.HOSPITAL_FOOD_SUBSIDY).amount()).isEqualTo(m("750.00"));
      assertThat(only(r, BenefitItem.HOSPITAL_FOOD_SUBSIDY).formulaText())
          .isEqualTo("15 × 50.00 = 750.00");
    }

    /** A figure no pack supplies is named with its region and the date asked about. */
    @Test
    void aMissingRegionalAverageIsNamed() {
      assertThatThrownBy(
              () -> WorkInjuryCalculator.withBundledParameters().calculate(seed().build()))
          .isInstanceOfSatisfying(
              MissingParameterException.class,
              e -> {
                assertThat(e.key()).isEqualTo("wage.regionalAverageMonthly");
                assertThat(e.regionCode()).isEqualTo("370800");
                assertThat(e.date()).isEqualTo(LocalDate.of(2018, 7, 1));
              });
    }

    /** Contradictory dates are reported together, each at its field. */
    @Test
    void contradictoryFactsAreLocatedErrors() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .employed("2020-01-01")
              .injured("2019-12-18", false)
              .suspended("2019-12-18", "2019-12-01", false)
              .graded("2019-12-01", 9)
              .terminated("2019-11-30", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.UNINSURED, "2020-02-01")
              .expense(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, "100.00", null)
              .died("2019-12-01")
              .build();
      assertThat(
              WorkInjuryCalculator.withBundledParameters()
                  .validate(c, CalculationOptions.defaults()))
          .extracting(Violation::path)
          .containsExactlyInAnyOrder(
              "injury.date",
              "employment.termination.date",
              "suspension.endInclusive",
              "appraisal.date",
              "death.date",
              "insurance.enrolmentDate",
              "expenses[0].item");
    }

    /** Missing required facts are Bean Validation violations with paths, in both languages. */
    @Test
    void missingFactsAreLocated() {
      WorkInjuryCase c =
          new WorkInjuryCase(
              null,
              new Worker(null, null, null),
              new Employment(null, null, false),
              new WorkInjuryCase.Injury(null, false),
              null,
              null,
              null,
              null,
              new WorkInjuryCase.Insurance(InsuranceStatus.UNINSURED, null),
              null,
              null,
              new WageFacts(null, null, null));
      assertThat(
              WorkInjuryCalculator.withBundledParameters()
                  .validate(c, CalculationOptions.defaults()))
          .extracting(Violation::path)
          .containsExactlyInAnyOrder(
              "region", "employment.start", "injury.date", "wage.monthlyWage");
      assertThatThrownBy(() -> WorkInjuryCalculator.withBundledParameters().calculate(c))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.messageZh()).contains("region");
                assertThat(e.violations())
                    .allMatch(v -> !v.messageZh().isBlank() && !v.messageEn().isBlank());
              });
    }
  }
}
