package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.time.DateRange;

/**
 * A case whose figures are not all supplied: every line that can be computed, every figure that is
 * missing at once with the items it keeps out, and yearly statistics used for their own year only.
 * Amounts are worked by hand from the articles and the figures each test supplies.
 */
class MissingFiguresTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  /**
   * Hangzhou, uninsured, grade 8: injured 2023-06-10, paid suspension 2023-06-10 to 2023-12-09 (6
   * whole months), 10 days in hospital from the injury, appraised 2024-01-15, left at the worker's
   * request on 2024-03-31; wage 7,000.00 a month. An uninsured employer pays every item (art. 62
   * ¶2).
   */
  private static WorkInjuryCase hangzhouGrade8Uninsured() {
    return CaseBuilder.create()
        .region("330100")
        .employed("2022-03-01")
        .injured("2023-06-10", false)
        .suspended("2023-06-10", "2023-12-09", false)
        .hospital("2023-06-10", "2023-06-19")
        .graded("2024-01-15", 8)
        .terminated("2024-03-31", InitiatedBy.WORKER)
        .insurance(InsuranceStatus.UNINSURED, null)
        .wage("7000.00")
        .build();
  }

  @Nested
  class EveryMissingFigureAtOnce {

    /**
     * The bundled packs carry Zhejiang's rules but no city figures. Computable without them: the
     * suspension pay on the wage the case states, 6 × 7,000 = 42,000.00 (art. 33 ¶1). Missing, in
     * the order the engine needs them: Hangzhou's 2022 average wage (本人工资 of an injury in 2023,
     * art. 64 ¶2; the grade 8 subsidy multiplies it), Zhejiang's 2023 average wage (the base of the
     * two termination subsidies, 浙江省工伤保险条例 art. 27, at a termination in 2024), and — for hospital
     * food, 35% of the local minimum wage (浙江 art. 24) — Hangzhou's minimum wage and the days a
     * month's wage is divided by, both on the first day in hospital.
     */
    @Test
    void theResultHasEveryComputableLineAndListsEachMissingFigureWithTheItemsItKeepsOut() {
      WorkInjuryResult r =
          WorkInjuryCalculator.withBundledParameters()
              .calculatePartial(hangzhouGrade8Uninsured(), CalculationOptions.defaults());

      assertThat(r.isComplete()).isFalse();
      assertThat(r.wage()).isNull();
      assertThat(r.lines())
          .extracting(BenefitLine::item, BenefitLine::amount, BenefitLine::payer)
          .containsExactly(
              tuple(BenefitItem.SUSPENSION_PERIOD_WAGES, m("42000.00"), Party.EMPLOYER));
      assertThat(r.totals().employer()).isEqualTo(m("42000.00"));
      assertThat(r.missing())
          .extracting(
              f -> f.key().name(), f -> f.region().code(), MissingFigure::year, MissingFigure::date)
          .containsExactly(
              tuple("wage.regionalAverageMonthly", "330100", 2022, null),
              tuple("wage.provincialAverageMonthly", "330000", 2023, null),
              tuple("wage.minimumMonthly", "330100", null, LocalDate.of(2023, 6, 10)),
              tuple(
                  "injury.hospitalFood.minimumWageDayDivisor",
                  "330100",
                  null,
                  LocalDate.of(2023, 6, 10)));
      assertThat(r.missing())
          .extracting(MissingFigure::items)
          .containsExactly(
              List.of(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY),
              List.of(
                  BenefitItem.ONE_TIME_MEDICAL_SUBSIDY, BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY),
              List.of(BenefitItem.HOSPITAL_FOOD_SUBSIDY),
              List.of(BenefitItem.HOSPITAL_FOOD_SUBSIDY));
      assertThat(r.missing().get(0).nameZh()).isEqualTo("统筹地区职工月平均工资");
      assertThat(r.missing().get(0).region().fullName()).contains("杭州");
    }

    /**
     * The list filled in once gives the whole award in one more run. Figures: Hangzhou 2022
     * 6,000.00, Zhejiang 2023 8,000.00, minimum wage 2,280.00 a month, 30 days to the month. 本人工资:
     * 60% × 6,000 = 3,600 ≤ 7,000 ≤ 300% × 6,000 = 18,000 → 7,000.00. 一次性伤残补助金 grade 8: 11 × 7,000
     * = 77,000.00 (art. 37 ¶1 (一)); 停工留薪期 6 × 7,000 = 42,000.00; 医疗 and 就业 each 7 × 8,000 =
     * 56,000.00 (浙江 art. 27, grade 8: 7 months; 38 years old at termination, far from retirement);
     * food 10 × 35% × 2,280.00 ÷ 30 = 266.00 (浙江 art. 24). All the employer's: 77,000 + 42,000 +
     * 56,000 + 56,000 + 266 = 231,266.00.
     */
    @Test
    void supplyingTheListedFiguresCompletesTheResultInOneRun() {
      WorkInjuryCalculator calc =
          WorkInjuryCalculator.of(
              BundledPacks.parameters()
                  .with(
                      UserFigures.pack("hangzhou-figures")
                          .year(
                              WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
                              Region.of("330100"),
                              2022,
                              m("6000.00"),
                              "杭州市统计局公告（测试）")
                          .year(
                              WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE,
                              Region.of("330000"),
                              2023,
                              m("8000.00"),
                              "浙江省统计局公告（测试）")
                          .add(
                              WorkInjuryKeys.MINIMUM_MONTHLY_WAGE,
                              Region.of("330100"),
                              DateRange.from(LocalDate.of(2021, 8, 1)),
                              m("2280.00"),
                              "浙江省最低工资标准（测试）")
                          .add(
                              WorkInjuryKeys.HOSPITAL_FOOD_MINIMUM_WAGE_DAY_DIVISOR,
                              Region.of("330100"),
                              DateRange.from(LocalDate.of(2020, 1, 1)),
                              new java.math.BigDecimal("30"),
                              "仲裁委采用的折算天数（测试）")
                          .build()));

      WorkInjuryResult r = calc.calculate(hangzhouGrade8Uninsured());

      assertThat(r.isComplete()).isTrue();
      assertThat(r.missing()).isEmpty();
      assertThat(r.wage().ownWage()).isEqualTo(m("7000.00"));
      assertThat(r.lines())
          .extracting(BenefitLine::item, BenefitLine::amount, BenefitLine::payer)
          .containsExactly(
              tuple(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, m("77000.00"), Party.EMPLOYER),
              tuple(BenefitItem.ONE_TIME_MEDICAL_SUBSIDY, m("56000.00"), Party.EMPLOYER),
              tuple(BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY, m("56000.00"), Party.EMPLOYER),
              tuple(BenefitItem.SUSPENSION_PERIOD_WAGES, m("42000.00"), Party.EMPLOYER),
              tuple(BenefitItem.HOSPITAL_FOOD_SUBSIDY, m("266.00"), Party.EMPLOYER));
      assertThat(r.totals().employer()).isEqualTo(m("231266.00"));
      assertThat(calc.validate(hangzhouGrade8Uninsured())).isEmpty();
    }

    /**
     * Validate lists the same figures, each a MISSING_PARAMETER violation at parameters carrying
     * its key, region, year or date and items as fields; the strict call refuses with the first.
     */
    @Test
    void validateReportsTheSameListAndTheStrictCallRefusesWithTheFirst() {
      WorkInjuryCalculator calc = WorkInjuryCalculator.withBundledParameters();
      List<org.laborcalc.error.Violation> vs = calc.validate(hangzhouGrade8Uninsured());

      assertThat(vs)
          .isEqualTo(
              calc
                  .calculatePartial(hangzhouGrade8Uninsured(), CalculationOptions.defaults())
                  .missing()
                  .stream()
                  .map(MissingFigure::toViolation)
                  .toList());
      assertThat(vs).extracting(org.laborcalc.error.Violation::path).containsOnly("parameters");
      assertThat(vs.get(1).fields())
          .containsExactly(
              entry("key", "wage.provincialAverageMonthly"),
              entry("region", "330000"),
              entry("year", "2023"),
              entry("items", "ONE_TIME_MEDICAL_SUBSIDY ONE_TIME_EMPLOYMENT_SUBSIDY"));
      assertThat(vs.get(2).fields()).containsEntry("date", "2023-06-10").doesNotContainKey("year");
      assertThatThrownBy(() -> calc.calculate(hangzhouGrade8Uninsured()))
          .isInstanceOfSatisfying(
              MissingParameterException.class,
              e -> {
                assertThat(e.key()).isEqualTo("wage.regionalAverageMonthly");
                assertThat(e.year()).isEqualTo(2022);
                assertThat(e.fields())
                    .containsExactly(
                        entry("key", "wage.regionalAverageMonthly"),
                        entry("region", "330100"),
                        entry("year", "2022"));
              });
    }

    /** The result document leads with the missing list and marks its totals incomplete. */
    @Test
    void theJsonAndTheSheetShowTheMissingListFirst() {
      WorkInjuryResult r =
          WorkInjuryCalculator.withBundledParameters()
              .calculatePartial(hangzhouGrade8Uninsured(), CalculationOptions.defaults());

      String json = LaborCalcJson.writeResult(r);
      assertThat(json)
          .startsWith(
              "{\n  \"format\": \"laborcalc.work-injury-result/1\",\n  \"missing\": [\n    {\n"
                  + "      \"key\": \"wage.regionalAverageMonthly\",\n"
                  + "      \"nameZh\": \"统筹地区职工月平均工资\",\n")
          .contains(
              "\"region\": {\n        \"code\": \"330100\",",
              "\"year\": 2022,\n      \"date\": null,",
              "\"items\": [\n        \"ONE_TIME_DISABILITY_SUBSIDY\"\n      ]",
              "\"complete\": false",
              "\"wage\": null");
      String sheet = org.laborcalc.sheet.CalculationSheets.text(r);
      assertThat(sheet.indexOf("缺少的参数")).isPositive().isLessThan(sheet.indexOf("三、待遇项目"));
      // the figure by its name, never its key (issue 20: keys only in the JSON)
      assertThat(sheet)
          .contains("本清单不完整", "全省职工月平均工资", "2023年度")
          .doesNotContain("wage.provincialAverageMonthly");
    }
  }

  @Nested
  class AProvinceWithoutABundledRule {

    /**
     * Hefei (Anhui: no bundled provincial pack), insured, grade 8, injured 2023-06-10, left at the
     * worker's request 2024-03-31, wage 7,000.00; Hefei's 2022 average 6,000.00 supplied. The
     * national items are computed: 本人工资 7,000.00 (within 3,600–18,000), 一次性伤残补助金 11 × 7,000 =
     * 77,000.00 from the fund (art. 37 ¶1 (一), months fixed nationally). The two termination
     * subsidies need the province's standard (art. 37 ¶1 (二): “具体标准由省、自治区、直辖市人民政府规定”), which is
     * missing for the date of the injury that selects the rule's version.
     */
    @Test
    void getsTheNationalItemsAndAMissingEntryNamingTheRule() {
      WorkInjuryCase c =
          CaseBuilder.create()
              .region("340100")
              .employed("2022-03-01")
              .injured("2023-06-10", false)
              .graded("2024-01-15", 8)
              .terminated("2024-03-31", InitiatedBy.WORKER)
              .insurance(InsuranceStatus.INSURED, null)
              .wage("7000.00")
              .build();
      WorkInjuryCalculator calc =
          WorkInjuryCalculator.of(
              CallerFigures.create()
                  .year("wage.regionalAverageMonthly", "340100", 2022, "6000.00")
                  .overBundled());

      WorkInjuryResult r = calc.calculatePartial(c, CalculationOptions.defaults());

      assertThat(r.lines())
          .extracting(BenefitLine::item, BenefitLine::amount, BenefitLine::payer)
          .containsExactly(
              tuple(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, m("77000.00"), Party.FUND));
      assertThat(r.totals().fund()).isEqualTo(m("77000.00"));
      assertThat(r.missing())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.key()).isEqualTo(WorkInjuryKeys.TERMINATION_SUBSIDIES);
                assertThat(f.nameZh()).isEqualTo("一次性工伤医疗补助金和一次性伤残就业补助金标准");
                assertThat(f.region().code()).isEqualTo("340100");
                assertThat(f.date()).isEqualTo(LocalDate.of(2023, 6, 10));
                assertThat(f.items())
                    .containsExactly(
                        BenefitItem.ONE_TIME_MEDICAL_SUBSIDY,
                        BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY);
              });
    }
  }
}
