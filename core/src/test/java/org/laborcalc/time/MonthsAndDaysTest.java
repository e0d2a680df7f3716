package org.laborcalc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.time.MonthEndPolicy.CLAMP_TO_MONTH_END;
import static org.laborcalc.time.MonthEndPolicy.ROLL_TO_NEXT_MONTH;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MonthsAndDaysTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A 停工留薪期 from 2019-12-18 to 2020-06-17 inclusive is six whole months. */
  @ParameterizedTest
  @EnumSource(MonthEndPolicy.class)
  void sixMonthsOfLeave(MonthEndPolicy policy) {
    MonthsAndDays six = new MonthsAndDays(6, 0);
    assertThat(MonthsAndDays.between(d("2019-12-18"), d("2020-06-18"), policy)).isEqualTo(six);
    assertThat(DateRange.ofClosed(d("2019-12-18"), d("2020-06-17")).length(policy)).isEqualTo(six);
    // one day short of six months: 5 months (to 2020-05-18) and 30 days (May 18 → Jun 17)
    assertThat(DateRange.ofClosed(d("2019-12-18"), d("2020-06-16")).length(policy))
        .isEqualTo(new MonthsAndDays(5, 30));
    // twelve days more: 6 months (to 2020-06-18) and 12 days (→ Jun 30 exclusive)
    assertThat(DateRange.ofClosed(d("2019-12-18"), d("2020-06-29")).length(policy))
        .isEqualTo(new MonthsAndDays(6, 12));
  }

  @ParameterizedTest(name = "{0} + {1} months: clamp {2}, roll {3}")
  @CsvSource({
    "2019-01-15, 1, 2019-02-15, 2019-02-15",
    "2019-01-31, 1, 2019-02-28, 2019-03-01",
    "2019-01-30, 1, 2019-02-28, 2019-03-01",
    "2019-01-29, 1, 2019-02-28, 2019-03-01",
    "2020-01-31, 1, 2020-02-29, 2020-03-01",
    "2020-01-29, 1, 2020-02-29, 2020-02-29",
    "2019-03-31, 1, 2019-04-30, 2019-05-01",
    "2019-01-31, 2, 2019-03-31, 2019-03-31",
    "2019-08-31, 6, 2020-02-29, 2020-03-01",
    // leap day: one year later there is no 29 February
    "2020-02-29, 12, 2021-02-28, 2021-03-01",
    "2020-02-29, 48, 2024-02-29, 2024-02-29",
    "2020-02-29, 1, 2020-03-29, 2020-03-29",
    "2019-12-31, 0, 2019-12-31, 2019-12-31",
  })
  void plusMonthsUnderEachPolicy(String start, long months, String clamp, String roll) {
    assertThat(CLAMP_TO_MONTH_END.plusMonths(d(start), months)).isEqualTo(d(clamp));
    assertThat(ROLL_TO_NEXT_MONTH.plusMonths(d(start), months)).isEqualTo(d(roll));
  }

  @ParameterizedTest(name = "[{0}, {1}) = clamp {2}m{3}d, roll {4}m{5}d")
  @CsvSource({
    // Jan 31 → Mar 1: clamp reaches Feb 28 after one month, then 1 day; roll reaches Mar 1.
    "2019-01-31, 2019-03-01, 1, 1, 1, 0",
    // in a leap year clamp stops at Feb 29, still 1 day short of Mar 1
    "2020-01-31, 2020-03-01, 1, 1, 1, 0",
    // Jan 31 → Feb 28 (2019): clamp counts a whole month; roll needs until Mar 1: 28 days
    "2019-01-31, 2019-02-28, 1, 0, 0, 28",
    // leap day → 2021-02-28: clamp says a year; roll stops at 2021-01-29, then 30 days
    "2020-02-29, 2021-02-28, 12, 0, 11, 30",
    "2020-02-29, 2021-03-01, 12, 1, 12, 0",
    "2020-02-29, 2024-02-29, 48, 0, 48, 0",
    // Jan 31 → Mar 30 under clamp: Feb 28 after one month, 30 days to Mar 30
    "2019-01-31, 2019-03-30, 1, 30, 1, 29",
    "2019-01-01, 2019-01-01, 0, 0, 0, 0",
    "2019-01-01, 2019-01-31, 0, 30, 0, 30",
  })
  void betweenUnderEachPolicy(
      String start,
      String endExclusive,
      int clampMonths,
      int clampDays,
      int rollMonths,
      int rollDays) {
    assertThat(MonthsAndDays.between(d(start), d(endExclusive), CLAMP_TO_MONTH_END))
        .isEqualTo(new MonthsAndDays(clampMonths, clampDays));
    assertThat(MonthsAndDays.between(d(start), d(endExclusive), ROLL_TO_NEXT_MONTH))
        .isEqualTo(new MonthsAndDays(rollMonths, rollDays));
  }

  @Test
  void endBeforeStartIsRefusedNamingBothDates() {
    assertThatThrownBy(
            () -> MonthsAndDays.between(d("2020-01-02"), d("2020-01-01"), CLAMP_TO_MONTH_END))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endExclusive (2020-01-01) must not be before startInclusive (2020-01-02)");
    assertThatThrownBy(() -> MonthsAndDays.between(d("2020-01-01"), d("2020-01-02"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }

  @Test
  void partsAreChecked() {
    assertThatThrownBy(() -> new MonthsAndDays(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months (-1) must not be negative");
    assertThatThrownBy(() -> new MonthsAndDays(0, 31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days (31) must be between 0 and 30");
    assertThatThrownBy(() -> new MonthsAndDays(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days (-1) must be between 0 and 30");
  }

  @Test
  void printedInBothLanguages() {
    assertThat(new MonthsAndDays(6, 12).toString()).isEqualTo("6 months 12 days");
    assertThat(new MonthsAndDays(6, 12).toChinese()).isEqualTo("6个月12天");
    assertThat(new MonthsAndDays(6, 0).toChinese()).isEqualTo("6个月");
    assertThat(new MonthsAndDays(0, 5).toChinese()).isEqualTo("0个月5天");
  }
}
