package org.laborcalc.retirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.time.MonthEndPolicy;

/**
 * The 2024 NPC decision on the gradual raising of the retirement age, read at its edges: a man
 * reaching 60 before 2025-01-01 is not delayed (decision item 5); born 1965-01 he retires at 60 and
 * 1 month; from births in 1976-09 at 63, the maximum (Measures art. 1). "Less than five years to
 * retirement" (Henan art. 27) is false with exactly five years left.
 */
class RetirementAgeEdgesTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void reachingSixtyBefore2025MeansNoDelay() {
    RetirementAge age = StatutoryRetirement.retirementAge(d("1964-12-15"), RetirementCategory.MALE);
    assertThat(age.retirementDate()).isEqualTo(d("2024-12-15"));
    assertThat(age.explanationEn()).contains(", before 2025-01-01: no delay (decision item 5). ");
    assertThat(age.explanationZh()).contains("早于2025年1月1日，不适用延迟（决定第五项）");
    assertThat(age.ageEn()).isEqualTo("60 years");
    assertThat(age.ageZh()).isEqualTo("60周岁");
  }

  @Test
  void bornInJanuary1965OneMonthOfDelay() {
    RetirementAge age = StatutoryRetirement.retirementAge(d("1965-01-15"), RetirementCategory.MALE);
    assertThat(age.retirementDate()).isEqualTo(d("2025-02-15"));
    assertThat(age.explanationEn())
        .contains("so the delay is 1 month (at most 36 months, i.e. age 63)")
        .contains("Statutory retirement age 60 years 1 month, reached on 2025-02-15");
    assertThat(age.explanationZh()).contains("延迟1个月（上限36个月，即63周岁）");
    assertThat(age.ageEn()).isEqualTo("60 years 1 month");
    assertThat(age.ageZh()).isEqualTo("60岁1个月");
  }

  @Test
  void bornInSeptember1976TheMaximum() {
    RetirementAge age = StatutoryRetirement.retirementAge(d("1976-09-10"), RetirementCategory.MALE);
    assertThat(age.retirementDate()).isEqualTo(d("2039-09-10"));
    assertThat(age.explanationEn()).contains("so the delay is 36 months (the maximum, 36 months");
    assertThat(age.explanationZh()).contains("延迟36个月（已达上限36个月，即63周岁）");
  }

  /** Born 1965-01-31: 60 years and 1 month on falls in February 2025, which has no 31st. */
  @Test
  void aMissingDayIsClampedOrRolledAsAsked() {
    RetirementAge clamped =
        StatutoryRetirement.retirementAge(
            d("1965-01-31"), RetirementCategory.MALE, MonthEndPolicy.CLAMP_TO_MONTH_END);
    assertThat(clamped.retirementDate()).isEqualTo(d("2025-02-28"));
    assertThat(clamped.explanationEn()).contains("clamped to the month's last day");
    assertThat(clamped.explanationZh()).contains("取该月末日");
    RetirementAge rolled =
        StatutoryRetirement.retirementAge(
            d("1965-01-31"), RetirementCategory.MALE, MonthEndPolicy.ROLL_TO_NEXT_MONTH);
    assertThat(rolled.retirementDate()).isEqualTo(d("2025-03-01"));
    assertThat(rolled.explanationEn()).contains("rolls to the 1st of the next month");
    assertThat(rolled.explanationZh()).contains("顺延至次月一日");
  }

  @Test
  void exactlyFiveYearsLeftIsNotLessThanFive() {
    RemainingTime five = RemainingTime.until(d("2020-03-01"), d("2025-03-01"));
    assertThat(five).isEqualTo(new RemainingTime(5, 0, 0));
    assertThat(five.isLessThanYears(5)).isFalse();
    assertThat(five.isLessThanYears(6)).isTrue();
    assertThat(five.isLessThanYears(0)).isFalse();
    RemainingTime justUnder = RemainingTime.until(d("2020-03-02"), d("2025-03-01"));
    assertThat(justUnder.isLessThanYears(5)).isTrue();
    assertThat(justUnder.totalMonths()).isEqualTo(59);
    assertThat(justUnder).hasToString("4 years 11 months 27 days");
  }
}
