package org.laborcalc.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.region.Region;

/**
 * 劳部发〔1994〕479号 art. 3 row by row, on both sides of each edge, and art. 4's window for each. The
 * peer calculator of ARBITRATION.md §1.2 ({@code sick-pay.js}) returns 9/12/18/24/30 months for
 * 实际工作年限 of ten years or more — one tier too long; art. 3 (二) says 6/9/12/18/24, which is what this
 * table holds.
 */
class MedicalPeriodTableTest {
  private static final LocalDate FIRST_SICK_DAY = LocalDate.of(2030, 6, 15);

  @ParameterizedTest(name = "实际 {0} years, 本单位 {1} years (+{2} days) → {3} months within {4}")
  @CsvSource({
    // (一) 实际工作年限十年以下: 本单位五年以下 3, 五年以上 6.
    "8, 4, 364, 3, 6",
    "8, 5, 0, 6, 12",
    "9, 9, 0, 6, 12",
    // (二) 实际工作年限十年以上: 五年以下 6, 五年以上十年以下 9, 十年以上十五年以下 12,
    // 十五年以上二十年以下 18, 二十年以上 24.
    "12, 3, 0, 6, 12",
    "12, 4, 364, 6, 12",
    "12, 5, 0, 9, 15",
    "12, 9, 364, 9, 15",
    "12, 10, 0, 12, 18",
    "16, 15, 0, 18, 24",
    "22, 19, 364, 18, 24",
    "22, 20, 0, 24, 30",
    "35, 30, 0, 24, 30"
  })
  void eachTierGivesTheMonthsOfArticle3AndTheWindowOfArticle4(
      int actualYears, int currentYears, int extraDays, int months, int window) {
    SickLeaveCase c =
        new SickLeaveCase(
            Region.of("110000"),
            FIRST_SICK_DAY.minusYears(actualYears).minusDays(extraDays),
            FIRST_SICK_DAY.minusYears(currentYears).minusDays(extraDays),
            List.of(new SickLeaveCase.SickPeriod(FIRST_SICK_DAY, FIRST_SICK_DAY)),
            null,
            List.of());
    SickLeaveResult.Cycle cycle =
        SickLeaveCalculation.INSTANCE
            .compute(c, SickLeaveOptions.defaults(), BundledPacks.parameters())
            .cycles()
            .get(0);
    assertThat(cycle.months()).isEqualTo(months);
    assertThat(cycle.windowMonths()).isEqualTo(window);
  }
}
