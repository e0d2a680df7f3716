package org.laborcalc.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.time.MonthEndPolicy;

class RemainingTimeTest {

  @ParameterizedTest(name = "[{index}] {0} → {1}: {2}y{3}m{4}d ({5})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # from     | retirement | y | m  | d  | why
          2020-03-15 | 2025-02-15 | 4 | 11 |  0 | 59 whole months
          2020-03-20 | 2025-02-15 | 4 | 10 | 26 | 2020-03-20 + 58m = 2025-01-20; 26 days to 2025-02-15
          2024-01-31 | 2025-02-28 | 1 |  1 |  0 | 2024-01-31 + 13m = 2025-02-28 (clamped)
          2023-05-20 | 2026-07-10 | 3 |  1 | 20 | 2023-05-20 + 37m = 2026-06-20; 20 days to 2026-07-10
          2025-02-14 | 2025-02-15 | 0 |  0 |  1 | one day left
          2025-02-15 | 2025-02-15 | 0 |  0 |  0 | reached on the day
          2026-01-01 | 2025-02-15 | 0 |  0 |  0 | already past
          """)
  void remainingTime(LocalDate from, LocalDate retirement, int y, int m, int d, String why) {
    assertThat(RemainingTime.until(from, retirement)).as(why).isEqualTo(new RemainingTime(y, m, d));
  }

  @Test
  void nearRetirementExample() {
    // A man born 1966-03-10: 14 months after 1965-01, delay ⌊14/4⌋+1 = 4, age 60y4m, reached
    // 2026-07-10. His contract ends 2023-05-20: 3 years 1 month 20 days remain, under 5 years.
    RetirementAge age =
        StatutoryRetirement.retirementAge(LocalDate.of(1966, 3, 10), RetirementCategory.MALE);
    assertThat(age.retirementDate()).isEqualTo(LocalDate.of(2026, 7, 10));
    RemainingTime left = RemainingTime.until(LocalDate.of(2023, 5, 20), age.retirementDate());
    assertThat(left).isEqualTo(new RemainingTime(3, 1, 20));
    assertThat(left.isLessThanYears(5)).isTrue();
    assertThat(left.isLessThanYears(3)).isFalse();
    assertThat(left.totalMonths()).isEqualTo(37);
    assertThat(left.toChinese()).isEqualTo("3年1个月20天");
  }

  @Test
  void rollingPolicyCountsAMonthOnlyWhenTheDayIsReached() {
    // 2024-01-31 + 12 months = 2025-01-31; + 13 months rolls to 2025-03-01, past the end.
    assertThat(
            RemainingTime.until(
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2025, 2, 28),
                MonthEndPolicy.ROLL_TO_NEXT_MONTH))
        .isEqualTo(new RemainingTime(1, 0, 28));
  }

  @Test
  void anActualFlexibleRetirementDateIsJustTheDatePassed() {
    // 办法第三条: retirement deferred by agreement to 2027-02-15; the caller passes that date.
    assertThat(RemainingTime.until(LocalDate.of(2025, 2, 15), LocalDate.of(2027, 2, 15)))
        .isEqualTo(new RemainingTime(2, 0, 0));
  }

  @Test
  void invalidParts() {
    assertThat(RemainingTime.ZERO.isZero()).isTrue();
    assertThatThrownBy(() -> new RemainingTime(0, 12, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months (12) must be between 0 and 11");
    assertThatThrownBy(() -> new RemainingTime(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years (-1) must not be negative");
    assertThatThrownBy(() -> RemainingTime.ZERO.isLessThanYears(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RemainingTime.until(null, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }
}
