package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.LumpSum;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The one-time payments a province lets an uninsured employer make in place of the monthly
 * benefits, hand-computed from the texts: Zhejiang arts. 34 ¶2 and 35 ¶2, Sichuan arts. 33 ¶2 and
 * 36 ¶2.
 *
 * <p>Hangzhou (330100), injured 2023-06-01, wage 2,000.00 raised to 60% × 5,000.00 = 3,000.00
 * (本人工资); the 2022 全省职工年平均工资 given as 100,000.00.
 */
class UninsuredLumpSumTest {
  private static final String ZJ_34_1 = "《浙江省工伤保险条例》第三十四条第一款";
  private static final String ZJ_34_2 = "《浙江省工伤保险条例》第三十四条第二款";
  private static final String ZJ_35_2 = "《浙江省工伤保险条例》第三十五条第二款";
  private static final String SC_33_2 = "《四川省工伤保险条例》第三十三条第二款";
  private static final String SC_36_2 = "《四川省工伤保险条例》第三十六条第二款";
  private static final String ART_62_2 = "《工伤保险条例》第六十二条第二款";

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  private static List<String> cites(BenefitLine l) {
    return l.citations().stream().map(Citation::toChinese).toList();
  }

  private static List<String> codes(WorkInjuryResult r) {
    return r.warnings().stream().map(Notice::code).toList();
  }

  private static String offered(WorkInjuryResult r) {
    return r.warnings().stream()
        .filter(n -> n.code().equals("LUMP_SUM_OFFERED"))
        .map(Notice::messageZh)
        .findFirst()
        .orElseThrow();
  }

  static WorkInjuryCase withLumpSum(WorkInjuryCase c, LumpSum lumpSum) {
    return new WorkInjuryCase(
        c.region(),
        c.worker(),
        c.employment(),
        c.injury(),
        c.appraisal(),
        c.suspension(),
        c.hospitalStays(),
        c.expenses(),
        c.insurance(),
        c.death(),
        c.alreadyPaid(),
        c.wage(),
        lumpSum);
  }

  private static CaseBuilder hangzhou() {
    return CaseBuilder.create()
        .region("330100")
        .employed("2020-01-01")
        .injured("2023-06-01", false)
        .wage("2000.00");
  }

  private static CallerFigures hangzhouFigures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "330100", 2022, "5000.00")
        .year("wage.regionalAverageMonthly", "330100", 2023, "5000.00")
        .money("wage.minimumMonthly", "330100", "2023-01-01", null, "2690.00");
  }

  private static WorkInjuryCalculator zhejiang() {
    return WorkInjuryCalculator.of(
        hangzhouFigures()
            .year("wage.provincialAverageAnnual", "330000", 2022, "100000.00")
            .overBundled());
  }

  private static List<String> paths(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::path).toList();
    }
    throw new AssertionError("no violation");
  }

  @Nested
  class ZhejiangArticle34 {
    private WorkInjuryCase gradeTwo(InsuranceStatus status, LumpSum lumpSum) {
      return withLumpSum(
          hangzhou()
              .insurance(status, null)
              .graded("2024-03-01", 2)
              .selfCare(SelfCareLevel.MAJOR)
              .build(),
          lumpSum);
    }

    /**
     * Chosen: 14 × 100,000.00 = 1,400,000.00 from the employer, in place of the subsidy (25 ×
     * 3,000), the allowance (85%) and living care.
     */
    @Test
    void theLumpSumReplacesTheGradeOneToFourItems() {
      WorkInjuryResult r =
          zhejiang().calculate(gradeTwo(InsuranceStatus.UNINSURED, new LumpSum(false, null)));
      BenefitLine sum = only(r, BenefitItem.UNINSURED_DISABILITY_LUMP_SUM);
      assertThat(sum.amount()).isEqualTo(m("1400000.00"));
      assertThat(sum.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(cites(sum)).containsExactly(ZJ_34_1, ZJ_34_2, ART_62_2);
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)).isEmpty();
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
      assertThat(r.linesOf(BenefitItem.LIVING_CARE_ALLOWANCE)).isEmpty();
      assertThat(r.totals().employer()).isEqualTo(m("1400000.00"));
      assertThat(codes(r)).doesNotContain("LUMP_SUM_OFFERED");
    }

    /** Not chosen: the monthly items, and a notice with 14 × 100,000.00 = 1,400,000.00. */
    @Test
    void notChosenTheAlternativeIsANoticeWithItsAmount() {
      WorkInjuryResult r = zhejiang().calculate(gradeTwo(InsuranceStatus.UNINSURED, null));
      assertThat(r.linesOf(BenefitItem.UNINSURED_DISABILITY_LUMP_SUM)).isEmpty();
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("75000.00"));
      assertThat(only(r, BenefitItem.DISABILITY_ALLOWANCE).monthlyAmount()).isEqualTo(m("2690.00"));
      assertThat(offered(r)).contains("1,400,000.00").contains(ZJ_34_2);
    }

    /** Without the 全省 annual average the notice names it; the result stays complete. */
    @Test
    void notChosenWithoutTheFigureTheNoticeNamesIt() {
      WorkInjuryResult r =
          WorkInjuryCalculator.of(hangzhouFigures().overBundled())
              .calculate(gradeTwo(InsuranceStatus.UNINSURED, null));
      assertThat(r.isComplete()).isTrue();
      assertThat(offered(r)).contains("wage.provincialAverageAnnual@330000 2022");
    }

    /** Chosen without the figure: missing, never guessed. */
    @Test
    void chosenWithoutTheFigureItIsMissing() {
      WorkInjuryResult r =
          WorkInjuryCalculator.of(hangzhouFigures().overBundled())
              .calculatePartial(
                  gradeTwo(InsuranceStatus.UNINSURED, new LumpSum(false, null)),
                  CalculationOptions.defaults());
      assertThat(r.missing())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.key().name()).isEqualTo("wage.provincialAverageAnnual");
                assertThat(f.region().code()).isEqualTo("330000");
                assertThat(f.year()).isEqualTo(2022);
                assertThat(f.items()).containsExactly(BenefitItem.UNINSURED_DISABILITY_LUMP_SUM);
              });
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
    }

    /** Grade 4: 10 × 100,000.00; grade 5 has no such lump sum. */
    @Test
    void gradeFourIsTheLastGrade() {
      WorkInjuryCase four =
          withLumpSum(
              hangzhou().insurance(InsuranceStatus.UNINSURED, null).graded("2024-03-01", 4).build(),
              new LumpSum(false, null));
      assertThat(
              only(zhejiang().calculate(four), BenefitItem.UNINSURED_DISABILITY_LUMP_SUM).amount())
          .isEqualTo(m("1000000.00"));
      WorkInjuryCase five =
          withLumpSum(
              hangzhou()
                  .insurance(InsuranceStatus.UNINSURED, null)
                  .graded("2024-03-01", 5)
                  .noSuitableJob()
                  .build(),
              new LumpSum(false, null));
      assertThat(paths(() -> zhejiang().calculate(five))).containsExactly("lumpSum");
      assertThat(zhejiang().validate(five)).extracting(Violation::path).containsExactly("lumpSum");
    }

    /** Only an uninsured employer: an insured one is refused; an amount is refused. */
    @Test
    void onlyUninsuredAndNoAmount() {
      assertThat(
              paths(
                  () ->
                      zhejiang()
                          .calculate(gradeTwo(InsuranceStatus.INSURED, new LumpSum(false, null)))))
          .containsExactly("lumpSum");
      assertThat(
              paths(
                  () ->
                      zhejiang()
                          .calculate(
                              gradeTwo(InsuranceStatus.UNINSURED, new LumpSum(false, m("10.00"))))))
          .containsExactly("lumpSum.amount");
    }

    /** An insured employer's worker gets no notice of an alternative. */
    @Test
    void insuredNoNotice() {
      assertThat(codes(zhejiang().calculate(gradeTwo(InsuranceStatus.INSURED, null))))
          .doesNotContain("LUMP_SUM_OFFERED");
    }
  }

  @Nested
  class SichuanArticle33 {
    /**
     * Chengdu, injured 2021-05-01, grade 1: 16 × the 2020 全省城镇全部单位就业人员年平均工资 80,000.00 =
     * 1,280,000.00, by agreement.
     */
    private WorkInjuryCase gradeOne(String injured, LumpSum lumpSum) {
      return withLumpSum(
          CaseBuilder.create()
              .region("510100")
              .employed("2019-01-01")
              .injured(injured, false)
              .insurance(InsuranceStatus.UNINSURED, null)
              .graded("2021-12-01", 1)
              .wage("6000.00")
              .build(),
          lumpSum);
    }

    private WorkInjuryCalculator sichuan() {
      return WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "510100", 2020, "6000.00")
              .year("wage.regionalAverageMonthly", "510100", 2019, "6000.00")
              .year("wage.provincialUrbanAllUnitsAverageAnnual", "510000", 2020, "80000.00")
              .money("wage.minimumMonthly", "510100", "2019-01-01", null, "2000.00")
              .overBundled());
    }

    @Test
    void agreedTheLumpSumIsSixteenTimesTheUrbanAverage() {
      WorkInjuryResult r = sichuan().calculate(gradeOne("2021-05-01", new LumpSum(true, null)));
      BenefitLine sum = only(r, BenefitItem.UNINSURED_DISABILITY_LUMP_SUM);
      assertThat(sum.amount()).isEqualTo(m("1280000.00"));
      assertThat(sum.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(cites(sum)).contains(SC_33_2, ART_62_2);
      assertThat(r.linesOf(BenefitItem.DISABILITY_ALLOWANCE)).isEmpty();
    }

    /** Art. 33 ¶2 “协商一致”: chosen without the employer's agreement is refused. */
    @Test
    void withoutAgreementItIsRefused() {
      assertThat(paths(() -> sichuan().calculate(gradeOne("2021-05-01", new LumpSum(false, null)))))
          .containsExactly("lumpSum.agreedWithEmployer");
    }

    /** Art. 49: an injury before 2020-09-01 follows the earlier rules, which offer none. */
    @Test
    void beforeTheRegulationThereIsNone() {
      assertThat(paths(() -> sichuan().calculate(gradeOne("2020-08-31", new LumpSum(true, null)))))
          .containsExactly("lumpSum");
    }

    @Test
    void notChosenTheNoticeSaysAgreementIsNeeded() {
      WorkInjuryResult r = sichuan().calculate(gradeOne("2021-05-01", null));
      assertThat(offered(r)).contains("协商一致").contains("1,280,000.00").contains(SC_33_2);
    }
  }

  @Nested
  class DependantPensions {
    /**
     * Died in the accident on 2023-06-01 (no appraisal). 本人工资 3,000.00: spouse 40% = 1,200.00,
     * child 30% = 900.00, parent 30% = 900.00; the sum 3,000.00 is not above the cap.
     */
    private WorkInjuryCase died(LumpSum lumpSum, String spouseBirth, String childBirth) {
      return withLumpSum(
          hangzhou()
              .insurance(InsuranceStatus.UNINSURED, null)
              .died(
                  "2023-06-01",
                  new Dependant(
                      "配偶", Relation.SPOUSE, spouseBirth == null ? null : d(spouseBirth), false),
                  new Dependant("子女", Relation.CHILD, d(childBirth), false),
                  new Dependant("父亲", Relation.PARENT, d("1948-01-01"), false))
              .build(),
          lumpSum);
    }

    private LocalDate d(String s) {
      return LocalDate.parse(s);
    }

    private Money lump(WorkInjuryResult r, String name) {
      return r.linesOf(BenefitItem.DEPENDANT_PENSION_LUMP_SUM).stream()
          .filter(l -> name.equals(l.label()))
          .findFirst()
          .orElseThrow()
          .amount();
    }

    /**
     * Art. 35 ¶2: spouse 63 → 20 − 3 = 17 years: 1,200 × 12 × 17 = 244,800.00; child born
     * 2010-06-01 → to 2028-06-01, 60 months: 900 × 60 = 54,000.00; father 75 → 5 years: 900 × 12 ×
     * 5 = 54,000.00.
     */
    @Test
    void eachPensionTimesItsPeriod() {
      WorkInjuryResult r =
          zhejiang().calculate(died(new LumpSum(false, null), "1960-03-01", "2010-06-01"));
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION)).isEmpty();
      assertThat(lump(r, "配偶")).isEqualTo(m("244800.00"));
      assertThat(lump(r, "子女")).isEqualTo(m("54000.00"));
      assertThat(lump(r, "父亲")).isEqualTo(m("54000.00"));
      BenefitLine spouse = r.linesOf(BenefitItem.DEPENDANT_PENSION_LUMP_SUM).get(0);
      assertThat(spouse.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(cites(spouse)).contains(ZJ_35_2, ART_62_2);
    }

    /**
     * The part month: child born 2010-06-15 → 60 months and 14 days, June has 30: 900 × 60 + 900 ×
     * 14 ÷ 30 = 54,420.00.
     */
    @Test
    void aPartMonthToEighteenIsAFractionOfItsMonth() {
      WorkInjuryResult r =
          zhejiang().calculate(died(new LumpSum(false, null), "1960-03-01", "2010-06-15"));
      assertThat(lump(r, "子女")).isEqualTo(m("54420.00"));
    }

    /**
     * Both sides of 18 and of 60: a child of 17 (born 2005-06-02) is paid the one day to
     * 2023-06-02: 900 × 1 ÷ 30 = 30.00; of 18 (born 2005-06-01) 20 years: 216,000.00. A spouse of
     * 60 (born 1963-06-01): 20 years, 288,000.00; of 61 (born 1962-06-01): 19 years, 273,600.00.
     */
    @Test
    void theEdgesOfTheAges() {
      WorkInjuryResult a =
          zhejiang().calculate(died(new LumpSum(false, null), "1963-06-01", "2005-06-02"));
      assertThat(lump(a, "子女")).isEqualTo(m("30.00"));
      assertThat(lump(a, "配偶")).isEqualTo(m("288000.00"));
      WorkInjuryResult b =
          zhejiang().calculate(died(new LumpSum(false, null), "1962-06-01", "2005-06-01"));
      assertThat(lump(b, "子女")).isEqualTo(m("216000.00"));
      assertThat(lump(b, "配偶")).isEqualTo(m("273600.00"));
    }

    /** Not chosen: monthly pensions, and the notice with 244,800 + 54,000 + 54,000 = 352,800.00. */
    @Test
    void notChosenTheNoticeGivesTheTotal() {
      WorkInjuryResult r = zhejiang().calculate(died(null, "1960-03-01", "2010-06-01"));
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION)).hasSize(3);
      assertThat(offered(r)).contains("352,800.00").contains(ZJ_35_2);
    }

    @Test
    void aBirthDateIsRequired() {
      assertThat(
              paths(() -> zhejiang().calculate(died(new LumpSum(false, null), null, "2010-06-01"))))
          .containsExactly("death.dependants[0].birthDate");
    }

    /** Sichuan art. 36 ¶2 leaves the standard to the provincial government: the agreed amount. */
    @Test
    void sichuanTakesTheAgreedAmount() {
      WorkInjuryCalculator sichuan =
          WorkInjuryCalculator.of(
              CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "510100", 2022, "6000.00")
                  .year("wage.regionalAverageMonthly", "510100", 2023, "6000.00")
                  .overBundled());
      WorkInjuryCase base =
          CaseBuilder.create()
              .region("510100")
              .employed("2020-01-01")
              .injured("2023-06-01", false)
              .insurance(InsuranceStatus.UNINSURED, null)
              .wage("6000.00")
              .died("2023-06-01", new Dependant("配偶", Relation.SPOUSE, null, false))
              .build();
      WorkInjuryResult r = sichuan.calculate(withLumpSum(base, new LumpSum(true, m("300000.00"))));
      BenefitLine sum = only(r, BenefitItem.DEPENDANT_PENSION_LUMP_SUM);
      assertThat(sum.amount()).isEqualTo(m("300000.00"));
      assertThat(sum.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(cites(sum)).contains(SC_36_2, ART_62_2);
      assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION)).isEmpty();
      assertThat(paths(() -> sichuan.calculate(withLumpSum(base, new LumpSum(true, null)))))
          .containsExactly("lumpSum.amount");
      assertThat(paths(() -> sichuan.calculate(withLumpSum(base, new LumpSum(false, m("1.00"))))))
          .containsExactly("lumpSum.agreedWithEmployer");
      assertThat(offered(sichuan.calculate(base))).contains("省人民政府");
    }
  }
}
