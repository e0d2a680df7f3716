package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.CalculationOptions.UnpublishedYearlyFigure;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.testkit.OwnFiguresCase;
import org.laborcalc.time.DateRange;

/**
 * Yearly statistics (the 上年度 figures: average wages, the disposable income) cover their own
 * calendar year only: never the next year's, however the entry is written.
 */
class YearlyFiguresTest {

  private static Money m(String s) {
    return Money.parse(s);
  }

  /**
   * The one-year guard. Jining's 2018 average 5,200.00 is given as [2018-01-01, 2019-01-01). An
   * injury of 2020-03-02 needs 2019's figure (art. 64 ¶2: 上年度): the 2018 one is not used for it;
   * the calculation refuses for want of 2019's, and the partial result lists 2019 as missing. An
   * injury of 2019-12-18 uses 2018's: 60% × 5,200 = 3,120 ≤ 6,500 ≤ 15,600 → 6,500.00; grade 9: 9 ×
   * 6,500 = 58,500.00 (art. 37 ¶1 (一)).
   */
  @Test
  void aFigureOfOneYearIsNotTheNextYearsFigure() {
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                .overBundled());

    WorkInjuryResult in2019 = calc.calculate(CaseBuilder.create().graded("2020-08-20", 9).build());
    assertThat(in2019.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("58500.00"));

    assertThatThrownBy(
            () ->
                calc.calculate(
                    CaseBuilder.create()
                        .employed("2019-03-01")
                        .injured("2020-03-02", false)
                        .graded("2020-08-20", 9)
                        .build()))
        .isInstanceOfSatisfying(
            MissingParameterException.class,
            e -> {
              assertThat(e.key()).isEqualTo("wage.regionalAverageMonthly");
              assertThat(e.year()).isEqualTo(2019);
            });
    WorkInjuryResult in2020 =
        calc.calculatePartial(
            CaseBuilder.create()
                .employed("2019-03-01")
                .injured("2020-03-02", false)
                .graded("2020-08-20", 9)
                .build(),
            CalculationOptions.defaults());
    assertThat(in2020.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)).isEmpty();
    assertThat(in2020.missing())
        .extracting(f -> f.key().name(), MissingFigure::year)
        .containsExactly(tuple("wage.regionalAverageMonthly", 2019));
  }

  /** An open-ended yearly entry in a pack is refused where it is written, in both languages. */
  @Test
  void anOpenEndedYearlyEntryIsALocatedError() {
    CallerFigures f =
        CallerFigures.create()
            .money("wage.regionalAverageMonthly", "370800", "2018-01-01", null, "5200.00");

    assertThatThrownBy(f::pack)
        .isInstanceOfSatisfying(
            InvalidPackException.class,
            e -> {
              assertThat(e.path()).isEqualTo("entries[0].until");
              assertThat(e.messageZh()).contains("年度统计数据", "2019-01-01");
              assertThat(e.messageEn())
                  .contains("yearly statistic", "until is required", "until 2019-01-01");
            });
  }

  /** An entry over two years, or from the middle of a year, is refused too. */
  @Test
  void aYearlyEntryMustBeExactlyOneCalendarYear() {
    assertThatThrownBy(
            () ->
                CallerFigures.create()
                    .money(
                        "income.nationalUrbanDisposablePerCapita",
                        "000000",
                        "2022-01-01",
                        "2024-01-01",
                        "49283.00")
                    .pack())
        .isInstanceOfSatisfying(
            InvalidPackException.class, e -> assertThat(e.path()).isEqualTo("entries[0].until"));
    assertThatThrownBy(
            () ->
                CallerFigures.create()
                    .money(
                        "wage.provincialAverageMonthly",
                        "330000",
                        "2023-07-01",
                        "2024-07-01",
                        "8000.00")
                    .pack())
        .isInstanceOfSatisfying(
            InvalidPackException.class, e -> assertThat(e.path()).isEqualTo("entries[0].from"));
    assertThatThrownBy(
            () ->
                UserFigures.pack("figures")
                    .add(
                        WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
                        Region.of("330100"),
                        DateRange.from(LocalDate.of(2022, 1, 1)),
                        m("6000.00"),
                        "杭州市统计局公告"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one calendar year");
  }

  /** Figures that are not yearly statistics (months per grade, a minimum wage) stay open-ended. */
  @Test
  void otherFiguresMayStayInForceUntilRepealed() {
    assertThat(
            CallerFigures.create()
                .money("wage.minimumMonthly", "330100", "2021-08-01", null, "2280.00")
                .number("wage.ownWage.floorPercent", "330100", "2011-01-01", null, "60")
                .pack()
                .entries())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.range().isUnbounded()).isTrue());
  }

  /**
   * 人社部发〔2013〕34号 (secondary text): the previous year's figure, provisionally, only under the named
   * option. Zhengzhou, uninsured, death on 2025-03-05 (injury 2025-03-01), Zhengzhou's 2024 average
   * 7,000.00 supplied, computed as known on 2025-01-10, before the 2024 national disposable income
   * (54,188.00) was published on 2025-01-17. 丧葬补助金 6 × 7,000 = 42,000.00 (art. 39 ¶1 (一)) either
   * way. 一次性工亡补助金 (art. 39 ¶1 (三)): by default missing, the 2024 figure listed; with the option 20
   * × 51,821.00 (2023, published 2024-02-29) = 1,036,420.00, warned PROVISIONAL.
   */
  @Test
  void thePreviousYearsFigureIsUsedProvisionallyOnlyUnderTheOptionAndWarnedOnItsLine() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("410100")
            .employed("2020-01-01")
            .injured("2025-03-01", false)
            .died("2025-03-05")
            .wage("5000.00")
            .build();
    WorkInjuryCalculator calc =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "410100", 2024, "7000.00")
                .overBundled());
    CalculationOptions beforePublication =
        CalculationOptions.defaults().withKnownAsOf(LocalDate.of(2025, 1, 10));

    WorkInjuryResult strict = calc.calculatePartial(c, beforePublication);
    assertThat(strict.linesOf(BenefitItem.FUNERAL_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("42000.00"));
    assertThat(strict.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
    assertThat(strict.missing())
        .extracting(f -> f.key().name(), MissingFigure::year, MissingFigure::items)
        .containsExactly(
            tuple(
                "income.nationalUrbanDisposablePerCapita",
                2024,
                List.of(BenefitItem.ONE_TIME_DEATH_SUBSIDY)));
    assertThat(strict.warnings()).extracting(Notice::code).doesNotContain("PROVISIONAL");

    WorkInjuryResult provisional =
        calc.calculate(
            c,
            beforePublication.withUnpublishedYearlyFigure(
                UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY));
    assertThat(provisional.isComplete()).isTrue();
    assertThat(provisional.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("1036420.00"));
    assertThat(provisional.linesOf(BenefitItem.FUNERAL_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("42000.00"));
    assertThat(provisional.warnings())
        .filteredOn(n -> n.code().equals("PROVISIONAL"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.messageZh())
                  .startsWith("一次性工亡补助金：暂按2023年度")
                  .contains("51821.00", "2024年度", "人社部发〔2013〕34号");
              assertThat(n.messageEn()).contains("PROVISIONAL", "2023", "2024");
            });
    assertThat(LaborCalcJson.writeResult(provisional))
        .contains("\"unpublishedYearlyFigure\": \"PREVIOUS_YEAR_PROVISIONALLY\"");
  }

  /**
   * Only the year just before: as known on 2024-01-20, neither the 2024 nor the 2023 income was
   * published (2023's came on 2024-02-29), so the 2022 figure is not taken; 2024 stays missing.
   */
  @Test
  void neverAFigureTwoYearsOld() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("410100")
            .employed("2020-01-01")
            .injured("2025-03-01", false)
            .died("2025-03-05")
            .wage("5000.00")
            .build();
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "410100", 2024, "7000.00")
                    .overBundled())
            .calculatePartial(
                c,
                CalculationOptions.defaults()
                    .withKnownAsOf(LocalDate.of(2024, 1, 20))
                    .withUnpublishedYearlyFigure(
                        UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY));

    assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
    assertThat(r.missing())
        .extracting(f -> f.key().name(), MissingFigure::year)
        .containsExactly(tuple("income.nationalUrbanDisposablePerCapita", 2024));
  }

  /**
   * A provisional average wage touches 本人工资 and every line on it. Jining's 2019 average is not
   * supplied, 2018's (5,200.00) is; an injury of 2020-03-02 needs 2019's. Provisionally: 60% ×
   * 5,200 = 3,120 ≤ 6,500 ≤ 15,600 → 6,500.00; grade 9: 9 × 6,500 = 58,500.00 (art. 37 ¶1 (一)),
   * both warned.
   */
  @Test
  void aProvisionalAverageWageIsWarnedOnTheOwnWageAndOnEachLineThatMultipliesIt() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                    .overBundled())
            .calculate(
                CaseBuilder.create()
                    .employed("2019-03-01")
                    .injured("2020-03-02", false)
                    .graded("2020-08-20", 9)
                    .build(),
                CalculationOptions.defaults()
                    .withUnpublishedYearlyFigure(
                        UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY));

    assertThat(r.wage().ownWage()).isEqualTo(m("6500.00"));
    assertThat(r.wage().regionalAverage()).isEqualTo(m("5200.00"));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY))
        .extracting(BenefitLine::amount)
        .containsExactly(m("58500.00"));
    assertThat(r.warnings())
        .filteredOn(n -> n.code().equals("PROVISIONAL"))
        .extracting(n -> n.messageZh().substring(0, n.messageZh().indexOf('：')))
        .containsExactly("本人工资", "一次性伤残补助金");
  }

  /** A case file names the option in its options, and a result written records it. */
  @Test
  void aCaseFileChoosesTheOption() {
    org.laborcalc.json.CaseFile file =
        LaborCalcJson.readCaseFile(
            OwnFiguresCase.INSURED_GRADE_9.replaceFirst(
                "\\{",
                "{\"options\": {\"unpublishedYearlyFigure\": \"PREVIOUS_YEAR_PROVISIONALLY\"},"));

    assertThat(file.options().unpublishedYearlyFigure())
        .isEqualTo(UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY);
    assertThat(LaborCalcJson.readCaseFile(LaborCalcJson.writeCaseFile(file)).options())
        .isEqualTo(file.options());
  }
}
