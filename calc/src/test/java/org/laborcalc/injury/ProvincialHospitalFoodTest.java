package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 住院伙食补助费 where a province sets its own standard (issue 22 §5): Zhejiang art. 24 (2020 text)
 * “按照当地最低工资百分之三十五的标准，根据住院期间的实际天数计算确定” — from the local minimum wage (the bundled 35%), with the
 * number of days a month's wage is divided by stated by the caller, since the text gives none.
 *
 * <p>Hangzhou (330100), injured 2021-02-01, 本人工资 7,000.00 inside 60–300% of the 2020 average
 * 6,000.00; in hospital 2021-02-01 to 2021-02-10, 10 days; minimum wage 2,280.00 a month.
 */
class ProvincialHospitalFoodTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static CallerFigures hangzhou() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "330100", 2020, "6000.00")
        .money("wage.minimumMonthly", "330100", "2017-12-01", null, "2280.00");
  }

  private static WorkInjuryCase inHospital() {
    return CaseBuilder.create()
        .region("330100")
        .employed("2020-01-01")
        .injured("2021-02-01", false)
        .wage("7000.00")
        .hospital("2021-02-01", "2021-02-10")
        .build();
  }

  private static BenefitLine food(CallerFigures figures) {
    return WorkInjuryCalculator.of(figures.overBundled())
        .calculate(inHospital())
        .linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY)
        .get(0);
  }

  /** 10 × 35% × 2,280.00 ÷ 30 = 7,980 ÷ 30 = 266.00. */
  @Test
  void zhejiangPaysAPercentageOfTheMinimumWageForEachDayInHospital() {
    BenefitLine food =
        food(
            hangzhou()
                .number(
                    "injury.hospitalFood.minimumWageDayDivisor",
                    "330100",
                    "2017-12-01",
                    null,
                    "30"));
    assertThat(food.amount()).isEqualTo(m("266.00"));
    assertThat(food.formulaText()).isEqualTo("10 × 35% × 2,280.00 ÷ 30 = 266.00");
    assertThat(food.citations())
        .contains(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 30, 4));
    assertThat(food.citations()).extracting(Citation::toString).contains("浙江省工伤保险条例 art. 24 ¶1");
  }

  /** 7,980 ÷ 21.75 = 366.896… → 366.90, rounded once, on the whole stay. */
  @Test
  void theDivisorIsTheCallersAndTheStayIsRoundedOnce() {
    BenefitLine food =
        food(
            hangzhou()
                .number(
                    "injury.hospitalFood.minimumWageDayDivisor",
                    "330100",
                    "2017-12-01",
                    null,
                    "21.75"));
    assertThat(food.amount()).isEqualTo(m("366.90"));
  }

  /** No divisor: the figure the text does not give is asked for by name, never guessed. */
  @Test
  void withoutADivisorTheFigureIsAskedFor() {
    assertThatThrownBy(() -> food(hangzhou()))
        .isInstanceOf(MissingParameterException.class)
        .hasMessageContaining("injury.hospitalFood.minimumWageDayDivisor");
  }

  /** A daily standard of a city, where no provincial rule replaces it, is used as before. */
  @Test
  void elsewhereTheDailyStandardOfTheCityApplies() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
                    .money(
                        "injury.hospitalFood.dailyStandard", "370800", "2015-01-01", null, "30.00")
                    .overBundled())
            .calculate(
                CaseBuilder.create()
                    .region("370800")
                    .employed("2020-01-01")
                    .injured("2021-02-01", false)
                    .wage("7000.00")
                    .hospital("2021-02-01", "2021-02-10")
                    .build());
    // 10 × 30.00 = 300.00
    assertThat(r.linesOf(BenefitItem.HOSPITAL_FOOD_SUBSIDY).get(0).formulaText())
        .isEqualTo("10 × 30.00 = 300.00");
  }
}
