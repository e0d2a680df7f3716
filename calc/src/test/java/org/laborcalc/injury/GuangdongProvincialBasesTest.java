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
import org.laborcalc.injury.CalculationOptions.MajorSelfCare;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 广东省工伤保险条例 (2019 text) where it replaces the national rule, each amount worked out by hand from
 * the article: 本人工资 on the 全省 average, the city's where higher (art. 64 ¶1 (一), ¶2); living care by
 * the four levels of art. 17 ¶3 at 60/50/40/30% (art. 26 ¶2); the funeral grant on that average
 * (art. 35 ¶1 (一)); the pre-termination average bounded (art. 33); 停工留薪期 up to 24 months (art. 25
 * ¶1); each line citing only the provincial articles it applied. Guangzhou (440100), injured
 * 2023-04-01: the averages of 2022 (and of 2023 for a termination in 2024).
 */
class GuangdongProvincialBasesTest {
  private static final String GD = "《广东省工伤保险条例》";
  private static final String ART_64_1_1 = GD + "第六十四条第一款第（一）项";
  private static final String ART_64_2 = GD + "第六十四条第二款";

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static BenefitLine only(WorkInjuryResult r, BenefitItem item) {
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  private static List<String> cited(BenefitLine l) {
    return l.citations().stream().map(Citation::toChinese).toList();
  }

  private static List<String> cited(OwnWage w) {
    return w.citations().stream().map(Citation::toChinese).toList();
  }

  /** An insured Guangzhou worker injured on 2023-04-01. */
  private static CaseBuilder guangzhou() {
    return CaseBuilder.create()
        .region("440100")
        .employed("2015-01-01")
        .injured("2023-04-01", false)
        .insurance(InsuranceStatus.INSURED, null);
  }

  /** The 全省 and Guangzhou averages of {@code year}. */
  private static CallerFigures averages(CallerFigures f, int year, String province, String city) {
    return f.year("wage.provincialAverageMonthly", "440000", year, province)
        .year("wage.regionalAverageMonthly", "440100", year, city);
  }

  private static WorkInjuryResult calc(CaseBuilder b, CallerFigures f) {
    return WorkInjuryCalculator.of(f.overBundled()).calculate(b.build());
  }

  private static WorkInjuryResult calc(CaseBuilder b, CallerFigures f, CalculationOptions o) {
    return WorkInjuryCalculator.of(f.overBundled()).calculate(b.build(), o);
  }

  @Nested
  class OwnWageOnTheProvincialAverage {
    /**
     * City 8,000 above the province's 7,000: art. 64 ¶2 takes the city's. 30,000 > 300% × 8,000 =
     * 24,000 → 本人工资 24,000; grade 9: 9 × 24,000 = 216,000.00 (fund).
     */
    @Test
    void theCitysAverageWhereItIsHigher() {
      WorkInjuryResult r =
          calc(
              guangzhou().graded("2023-10-01", 9).wage("30000.00"),
              averages(CallerFigures.create(), 2022, "7000.00", "8000.00"));
      assertThat(r.wage().regionalAverage()).isEqualTo(m("8000.00"));
      assertThat(r.wage().ownWage()).isEqualTo(m("24000.00"));
      assertThat(r.wage().formula()).contains("广州市2022年度职工月平均工资，高于全省 7,000.00");
      assertThat(cited(r.wage())).contains(ART_64_1_1, ART_64_2);
      BenefitLine subsidy = only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
      assertThat(subsidy.amount()).isEqualTo(m("216000.00"));
      assertThat(subsidy.payer()).isEqualTo(Party.FUND);
    }

    /**
     * City 8,000 below the province's 9,000: the 全省 average stays. 30,000 > 300% × 9,000 = 27,000 →
     * 本人工资 27,000; grade 9: 243,000.00. Art. 64 ¶2 did not apply and is not cited.
     */
    @Test
    void theProvincesAverageWhereTheCitysIsNotHigher() {
      WorkInjuryResult r =
          calc(
              guangzhou().graded("2023-10-01", 9).wage("30000.00"),
              averages(CallerFigures.create(), 2022, "9000.00", "8000.00"));
      assertThat(r.wage().ownWage()).isEqualTo(m("27000.00"));
      assertThat(cited(r.wage())).contains(ART_64_1_1).doesNotContain(ART_64_2);
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("243000.00"));
    }

    /**
     * Equal averages (8,000 each): the city's is not higher, the 全省 one is taken. 3,000 < 60% ×
     * 8,000 = 4,800 → 本人工资 4,800; grade 10: 7 × 4,800 = 33,600.00.
     */
    @Test
    void belowTheFloorOnEqualAverages() {
      WorkInjuryResult r =
          calc(
              guangzhou().graded("2023-10-01", 10).wage("3000.00"),
              averages(CallerFigures.create(), 2022, "8000.00", "8000.00"));
      assertThat(r.wage().ownWage()).isEqualTo(m("4800.00"));
      assertThat(cited(r.wage())).doesNotContain(ART_64_2);
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("33600.00"));
    }

    /**
     * Within 60–300% of the province's 7,000 (4,200 to 21,000), where the national clamp on the
     * city's 3,000 (1,800 to 9,000) would have cut 10,000 to 9,000: 本人工资 stays 10,000; grade 8: 11
     * × 10,000 = 110,000.00.
     */
    @Test
    void withinTheBoundsOfTheProvincialAverage() {
      WorkInjuryResult r =
          calc(
              guangzhou().graded("2023-10-01", 8).wage("10000.00"),
              averages(CallerFigures.create(), 2022, "7000.00", "3000.00"));
      assertThat(r.wage().ownWage()).isEqualTo(m("10000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).amount())
          .isEqualTo(m("110000.00"));
    }

    /** Without the 全省 figure nothing on 本人工资 is computed; the figure is listed with its year. */
    @Test
    void theProvincialAverageIsARequiredFigure() {
      WorkInjuryResult r =
          WorkInjuryCalculator.of(
                  CallerFigures.create()
                      .year("wage.regionalAverageMonthly", "440100", 2022, "8000.00")
                      .overBundled())
              .calculatePartial(
                  guangzhou().graded("2023-10-01", 9).wage("6000.00").build(),
                  CalculationOptions.defaults());
      assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)).isEmpty();
      assertThat(r.missing())
          .anySatisfy(
              f -> {
                assertThat(f.key().name()).isEqualTo("wage.provincialAverageMonthly");
                assertThat(f.region().code()).isEqualTo("440000");
                assertThat(f.year()).isEqualTo(2022);
              });
    }

    /**
     * A Guangdong province's entry of wage.regionalAverageMonthly is not the city's: the city's is
     * listed as missing, with the city's code.
     */
    @Test
    void theProvincesEntryDoesNotStandInForTheCitys() {
      WorkInjuryResult r =
          WorkInjuryCalculator.of(
                  CallerFigures.create()
                      .year("wage.provincialAverageMonthly", "440000", 2022, "7000.00")
                      .year("wage.regionalAverageMonthly", "440000", 2022, "7000.00")
                      .overBundled())
              .calculatePartial(
                  guangzhou().graded("2023-10-01", 9).wage("6000.00").build(),
                  CalculationOptions.defaults());
      assertThat(r.missing())
          .anySatisfy(
              f -> {
                assertThat(f.key().name()).isEqualTo("wage.regionalAverageMonthly");
                assertThat(f.region().code()).isEqualTo("440100");
              });
    }

    /** Art. 64 ¶2 names the employer's city: a case placed only in the province is refused. */
    @Test
    void aCaseInTheProvinceWithoutItsCityIsRefusedAtTheRegion() {
      assertThatThrownBy(
              () ->
                  calc(
                      guangzhou().region("440000").graded("2023-10-01", 9).wage("6000.00"),
                      averages(CallerFigures.create(), 2022, "7000.00", "8000.00")))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations()).extracting(Violation::path).containsExactly("region"));
    }
  }

  @Nested
  class LivingCareByTheFourLevels {
    private CaseBuilder gradeOne(Set<DailyActivity> activities, SelfCareLevel level) {
      return guangzhou()
          .wage("6000.00")
          .appraisal(
              new Appraisal(
                  LocalDate.parse("2023-10-01"),
                  List.of(DisabilityGrade.of(1)),
                  level,
                  activities));
    }

    private BenefitLine care(
        Set<DailyActivity> activities, SelfCareLevel level, String province, String city) {
      return only(
          calc(gradeOne(activities, level), withMinimumWage(province, city)),
          BenefitItem.LIVING_CARE_ALLOWANCE);
    }

    /** The averages, and the minimum wage the grade 1 disability allowance is held to. */
    private CallerFigures withMinimumWage(String province, String city) {
      return averages(CallerFigures.create(), 2022, province, city)
          .money("wage.minimumMonthly", "440100", "2015-01-01", null, "2300.00");
    }

    private static final Set<DailyActivity> FIVE = Set.of(DailyActivity.values());
    private static final Set<DailyActivity> FOUR =
        Set.of(
            DailyActivity.EATING,
            DailyActivity.TURNING_OVER,
            DailyActivity.TOILETING,
            DailyActivity.DRESSING_AND_WASHING);
    private static final Set<DailyActivity> THREE =
        Set.of(DailyActivity.EATING, DailyActivity.TURNING_OVER, DailyActivity.TOILETING);
    private static final Set<DailyActivity> TWO =
        Set.of(DailyActivity.EATING, DailyActivity.TURNING_OVER);
    private static final Set<DailyActivity> ONE = Set.of(DailyActivity.MOVING_ABOUT);

    /**
     * Five activities = 一级 (art. 17 ¶3): 60% × the city's 8,000 (above the province's 7,000) =
     * 4,800.00 a month, from the fund; cited to the fund's monthly payment (national art. 34 ¶1),
     * arts. 26, 17 ¶3 and 64 ¶2 — not to the national 50% of art. 34 ¶2.
     */
    @Test
    void fiveActivitiesAreLevelOneAtSixtyPercentOfTheCitysAverage() {
      BenefitLine l = care(FIVE, null, "7000.00", "8000.00");
      assertThat(l.monthlyAmount()).isEqualTo(m("4800.00"));
      assertThat(l.payer()).isEqualTo(Party.FUND);
      assertThat(cited(l))
          .contains("《工伤保险条例》第三十四条第一款", GD + "第二十六条第一款", GD + "第二十六条第二款", GD + "第十七条第三款", ART_64_2)
          .doesNotContain("《工伤保险条例》第三十四条第二款");
      assertThat(l.formulaText(org.laborcalc.result.Language.ZH))
          .isEqualTo("60% × 8,000.00（广州市2022年度职工月平均工资，高于全省 7,000.00） = 4,800.00");
    }

    /** Four = 二级: 50% × 8,000 = 4,000.00; three = 三级: 40% × 8,000 = 3,200.00. */
    @Test
    void fourAndThreeActivitiesAreLevelsTwoAndThree() {
      assertThat(care(FOUR, null, "7000.00", "8000.00").monthlyAmount()).isEqualTo(m("4000.00"));
      assertThat(care(THREE, null, "7000.00", "8000.00").monthlyAmount()).isEqualTo(m("3200.00"));
    }

    /** One or two = 四级: 30% × the province's 9,000 (the city's 8,000 lower) = 2,700.00. */
    @Test
    void oneOrTwoActivitiesAreLevelFourOnTheProvincesAverage() {
      BenefitLine two = care(TWO, null, "9000.00", "8000.00");
      assertThat(two.monthlyAmount()).isEqualTo(m("2700.00"));
      assertThat(cited(two)).doesNotContain(ART_64_2);
      assertThat(care(ONE, null, "9000.00", "8000.00").monthlyAmount()).isEqualTo(m("2700.00"));
    }

    /**
     * The national 完全 (all five) and 部分 (one or two) map onto one level each: 60% and 30% of 8,000
     * = 4,800.00 and 2,400.00, no option needed.
     */
    @Test
    void fullAndPartialMapOntoOneLevelEach() {
      assertThat(care(null, SelfCareLevel.FULL, "7000.00", "8000.00").monthlyAmount())
          .isEqualTo(m("4800.00"));
      assertThat(care(null, SelfCareLevel.PARTIAL, "7000.00", "8000.00").monthlyAmount())
          .isEqualTo(m("2400.00"));
    }

    /**
     * 大部分 is three or four activities, 三级 or 二级: by default the case must list them (a located
     * error); the named option reads it as four (50% × 8,000 = 4,000.00) or three (3,200.00).
     */
    @Test
    void majorNeedsTheActivitiesOrTheNamedOption() {
      CaseBuilder b = gradeOne(null, SelfCareLevel.MAJOR);
      CallerFigures f = withMinimumWage("7000.00", "8000.00");
      assertThatThrownBy(() -> calc(b, f))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactly("appraisal.activitiesNeedingCare"));
      assertThat(
              WorkInjuryCalculator.of(f.overBundled())
                  .validate(b.build(), CalculationOptions.defaults()))
          .extracting(Violation::path)
          .contains("appraisal.activitiesNeedingCare");
      WorkInjuryResult four =
          calc(
              b, f, CalculationOptions.defaults().withMajorSelfCare(MajorSelfCare.FOUR_ACTIVITIES));
      assertThat(only(four, BenefitItem.LIVING_CARE_ALLOWANCE).monthlyAmount())
          .isEqualTo(m("4000.00"));
      assertThat(only(four, BenefitItem.LIVING_CARE_ALLOWANCE).explanationZh())
          .contains("majorSelfCare = FOUR_ACTIVITIES");
      WorkInjuryResult three =
          calc(
              b,
              f,
              CalculationOptions.defaults().withMajorSelfCare(MajorSelfCare.THREE_ACTIVITIES));
      assertThat(only(three, BenefitItem.LIVING_CARE_ALLOWANCE).monthlyAmount())
          .isEqualTo(m("3200.00"));
    }
  }

  @Nested
  class FuneralGrantOnTheProvincialAverage {
    /**
     * Death 2023-06-01: 6 × the city's 8,000 (province 7,000) = 48,000.00, cited to art. 35 ¶1 (一)
     * and art. 64 ¶2; with the province's 9,000 above the city's: 6 × 9,000 = 54,000.00, no ¶2.
     */
    @Test
    void sixMonthsOfTheHigherAverage() {
      CaseBuilder b = guangzhou().wage("6000.00").died("2023-06-01");
      BenefitLine city =
          only(
              calc(b, averages(CallerFigures.create(), 2022, "7000.00", "8000.00")),
              BenefitItem.FUNERAL_SUBSIDY);
      assertThat(city.amount()).isEqualTo(m("48000.00"));
      assertThat(city.payer()).isEqualTo(Party.FUND);
      assertThat(cited(city)).contains("《工伤保险条例》第三十九条第一款第（一）项", GD + "第三十五条第一款第（一）项", ART_64_2);
      BenefitLine province =
          only(
              calc(b, averages(CallerFigures.create(), 2022, "9000.00", "8000.00")),
              BenefitItem.FUNERAL_SUBSIDY);
      assertThat(province.amount()).isEqualTo(m("54000.00"));
      assertThat(cited(province)).doesNotContain(ART_64_2);
    }
  }

  @Nested
  class TerminationBaseBoundedByArticle33 {
    /**
     * Grade 7, terminated 2024-01-31 by the worker. 本人工资 6,000 (within 60–300% of 2022's 7,000).
     * The pre-termination average 30,000 is above 300% × the city's 2023 average 8,000 (province
     * 7,500) = 24,000, so 24,000, which is above 6,000: medical 6 × 24,000 = 144,000.00 (fund),
     * employment 25 × 24,000 = 600,000.00 (employer); each cites its own article of art. 32 ¶2,
     * art. 33 and art. 64 ¶2, never arts. 31, 63 or 66.
     */
    @Test
    void aboveTheCapOfTheCitysAverage() {
      CaseBuilder b =
          guangzhou()
              .graded("2023-10-01", 7)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .wage(new WageFacts(m("6000.00"), null, m("30000.00")));
      CallerFigures f = averages(CallerFigures.create(), 2022, "7000.00", "6500.00");
      averages(f, 2023, "7500.00", "8000.00");
      WorkInjuryResult r = calc(b, f);
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
      assertThat(medical.amount()).isEqualTo(m("144000.00"));
      assertThat(medical.payer()).isEqualTo(Party.FUND);
      assertThat(employment.amount()).isEqualTo(m("600000.00"));
      assertThat(employment.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(cited(medical))
          .containsExactly("《工伤保险条例》第三十七条第一款第（二）项", GD + "第三十二条第二款第（一）项", GD + "第三十三条", ART_64_2);
      assertThat(cited(employment))
          .containsExactly(
              "《工伤保险条例》第三十七条第一款第（二）项",
              GD + "第三十二条第二款第（二）项",
              GD + "第三十三条",
              ART_64_2,
              "《中华人民共和国社会保险法》第三十九条第一款第（三）项");
    }

    /**
     * 本人工资 3,000 → 60% × 7,000 = 4,200. The pre-termination average 4,000 is below 60% × the
     * province's 2023 average 7,500 (city 7,000 lower) = 4,500, so 4,500, above 4,200: medical 6 ×
     * 4,500 = 27,000.00; employment 25 × 4,500 = 112,500.00; art. 33 cited, art. 64 ¶2 not.
     */
    @Test
    void belowTheFloorOfTheProvincesAverage() {
      CaseBuilder b =
          guangzhou()
              .graded("2023-10-01", 7)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .wage(new WageFacts(m("3000.00"), null, m("4000.00")));
      CallerFigures f = averages(CallerFigures.create(), 2022, "7000.00", "6500.00");
      averages(f, 2023, "7500.00", "7000.00");
      WorkInjuryResult r = calc(b, f);
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      assertThat(medical.amount()).isEqualTo(m("27000.00"));
      assertThat(only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY).amount())
          .isEqualTo(m("112500.00"));
      assertThat(cited(medical)).contains(GD + "第三十三条").doesNotContain(ART_64_2);
    }

    /**
     * The pre-termination average 3,000, raised to its floor 60% × 8,000 = 4,800, is still below
     * 本人工资 6,000: the base stays 本人工资 and art. 33 did not apply. Grade 5: medical 10 × 6,000 =
     * 60,000.00, cited to art. 31 ¶1 (一) only; employment 50 × 6,000 = 300,000.00, art. 31 ¶1 (二).
     */
    @Test
    void aBoundedAverageBelowTheOwnWageLeavesTheOwnWage() {
      CaseBuilder b =
          guangzhou()
              .graded("2023-10-01", 5)
              .terminated("2024-01-31", InitiatedBy.WORKER)
              .wage(new WageFacts(m("6000.00"), null, m("3000.00")));
      CallerFigures f = averages(CallerFigures.create(), 2022, "7000.00", "6500.00");
      averages(f, 2023, "7500.00", "8000.00");
      WorkInjuryResult r = calc(b, f);
      BenefitLine medical = only(r, BenefitItem.ONE_TIME_MEDICAL_SUBSIDY);
      assertThat(medical.amount()).isEqualTo(m("60000.00"));
      assertThat(cited(medical)).containsExactly("《工伤保险条例》第三十六条第二款", GD + "第三十一条第一款第（一）项");
      BenefitLine employment = only(r, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
      assertThat(employment.amount()).isEqualTo(m("300000.00"));
      assertThat(cited(employment))
          .containsExactly("《工伤保险条例》第三十六条第二款", GD + "第三十一条第一款第（二）项", "《中华人民共和国社会保险法》第三十九条第一款第（三）项");
    }
  }

  @Nested
  class SuspensionUpToTwentyFourMonths {
    /**
     * Art. 25 ¶1: up to 24 months, with no normal 12 and extension: 18 months without a confirmed
     * extension is not warned; 18 × 6,000 = 108,000.00 (employer).
     */
    @Test
    void eighteenMonthsNeedNoConfirmedExtension() {
      WorkInjuryResult r =
          calc(
              guangzhou().wage("6000.00").suspended("2023-04-01", "2024-09-30", false),
              averages(CallerFigures.create(), 2022, "7000.00", "8000.00"));
      BenefitLine l = only(r, BenefitItem.SUSPENSION_PERIOD_WAGES);
      assertThat(l.amount()).isEqualTo(m("108000.00"));
      assertThat(l.payer()).isEqualTo(Party.EMPLOYER);
      assertThat(r.warnings()).noneMatch(w -> w.code().equals("SUSPENSION_OVER_NORMAL_MAXIMUM"));
    }

    /** 24 months and a day break art. 25 ¶1, which the located error names. */
    @Test
    void beyondTwentyFourMonthsIsAnErrorCitingArticle25() {
      assertThatThrownBy(
              () ->
                  calc(
                      guangzhou().wage("6000.00").suspended("2023-04-01", "2025-04-01", true),
                      averages(CallerFigures.create(), 2022, "7000.00", "8000.00")))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("suspension.endInclusive");
                assertThat(e.violations().get(0).messageZh()).contains(GD + "第二十五条第一款");
              });
    }

    /** Exactly 24 months (2023-04-01 to 2025-03-31): 24 × 6,000 = 144,000.00. */
    @Test
    void exactlyTwentyFourMonthsArePaid() {
      WorkInjuryResult r =
          calc(
              guangzhou().wage("6000.00").suspended("2023-04-01", "2025-03-31", false),
              averages(CallerFigures.create(), 2022, "7000.00", "8000.00"));
      assertThat(only(r, BenefitItem.SUSPENSION_PERIOD_WAGES).amount()).isEqualTo(m("144000.00"));
    }
  }

  @Nested
  class DisabilityRetirementAllowanceUntilDeath {
    private CaseBuilder gradeTwo() {
      return guangzhou()
          .worker(LocalDate.parse("1980-05-10"), null, LocalDate.parse("2040-05-10"))
          .graded("2023-10-01", 2)
          .wage("6000.00");
    }

    private CallerFigures figures() {
      return averages(CallerFigures.create(), 2022, "7000.00", "8000.00")
          .money("wage.minimumMonthly", "440100", "2015-01-01", null, "2300.00");
    }

    /**
     * Art. 28 ¶1 (二): grade 2 who asked to end the relation (伤残退休): 85% × 6,000 = 5,100.00 a month
     * from the fund, until death — no stop at the retirement date 2040-05-10; cited to art. 28 ¶1
     * and its item (二).
     */
    @Test
    void aWorkerWhoEndsTheRelationIsPaidUntilDeath() {
      WorkInjuryResult r = calc(gradeTwo().terminated("2024-01-31", InitiatedBy.WORKER), figures());
      BenefitLine l = only(r, BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(l.monthlyAmount()).isEqualTo(m("5100.00"));
      assertThat(l.payer()).isEqualTo(Party.FUND);
      assertThat(l.until()).isNull();
      assertThat(cited(l)).contains(GD + "第二十八条第一款", GD + "第二十八条第一款第（二）项");
    }

    /**
     * The same worker keeping the relation (art. 28 ¶3: the national rule): stops at retirement.
     */
    @Test
    void aWorkerWhoKeepsTheRelationStopsAtRetirement() {
      BenefitLine l = only(calc(gradeTwo(), figures()), BenefitItem.DISABILITY_ALLOWANCE);
      assertThat(l.monthlyAmount()).isEqualTo(m("5100.00"));
      assertThat(l.until()).isEqualTo(LocalDate.parse("2040-05-09"));
      assertThat(cited(l)).doesNotContain(GD + "第二十八条第一款");
    }
  }
}
