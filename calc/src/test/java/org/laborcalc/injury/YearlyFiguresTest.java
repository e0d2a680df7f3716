package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
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
}
