package org.laborcalc.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.time.MonthEndPolicy;

/**
 * Worked cases derived by hand from 办法第一条. For each row: months of birth after the category's first
 * affected month (1965-01 / 1970-01 / 1975-01) = "after"; delay = ⌊after ÷ 4 (or 2)⌋ + 1, at most
 * 36 (or 60); the date is the birth date plus the age, a missing day clamped to month end.
 */
class StatutoryRetirementTest {

  @ParameterizedTest(name = "[{index}] {0} born {1} → {2}y{3}m on {4}: {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # category | birth      | y  | m  | date       | why
          MALE       | 1950-06-15 | 60 |  0 | 2010-06-15 | long before the reform: the original age
          MALE       | 1964-12-15 | 60 |  0 | 2024-12-15 | 1964-12 + 60y = 2024-12, before 2025-01-01
          MALE       | 1964-12-31 | 60 |  0 | 2024-12-31 | the last day of the original rule
          MALE       | 1965-01-01 | 60 |  1 | 2025-02-01 | [S] anchor: original date 2025-01-01 is the reform day; after 0, ⌊0/4⌋+1 = 1
          MALE       | 1965-01-31 | 60 |  1 | 2025-02-28 | after 0 → 1; 31 Feb does not exist: clamped
          MALE       | 1965-04-10 | 60 |  1 | 2025-05-10 | after 3: still the first four-month period, ⌊3/4⌋+1 = 1
          MALE       | 1965-05-10 | 60 |  2 | 2025-07-10 | after 4: second period, ⌊4/4⌋+1 = 2
          MALE       | 1965-08-20 | 60 |  2 | 2025-10-20 | after 7: ⌊7/4⌋+1 = 2
          MALE       | 1965-09-01 | 60 |  3 | 2025-12-01 | after 8: ⌊8/4⌋+1 = 3
          MALE       | 1966-01-15 | 60 |  4 | 2026-05-15 | after 12: ⌊12/4⌋+1 = 4
          MALE       | 1970-06-30 | 61 |  5 | 2031-11-30 | after 65: ⌊65/4⌋+1 = 17 = 1y5m
          MALE       | 1976-08-31 | 62 | 11 | 2039-07-31 | after 139: ⌊139/4⌋+1 = 35, one short of the cap
          MALE       | 1976-09-01 | 63 |  0 | 2039-09-01 | [S] anchor: after 140: ⌊140/4⌋+1 = 36 = the cap
          MALE       | 1980-02-29 | 63 |  0 | 2043-02-28 | capped at 36; 29 Feb 2043 does not exist: clamped
          FEMALE_CADRE_55 | 1969-12-31 | 55 |  0 | 2024-12-31 | original date before 2025-01-01
          FEMALE_CADRE_55 | 1970-01-01 | 55 |  1 | 2025-02-01 | [S] anchor: after 0 → 1
          FEMALE_CADRE_55 | 1970-04-30 | 55 |  1 | 2025-05-30 | after 3 → 1
          FEMALE_CADRE_55 | 1970-05-01 | 55 |  2 | 2025-07-01 | after 4 → 2
          FEMALE_CADRE_55 | 1972-03-31 | 55 |  7 | 2027-10-31 | after 26: ⌊26/4⌋+1 = 7
          FEMALE_CADRE_55 | 1981-08-15 | 57 | 11 | 2039-07-15 | after 139 → 35
          FEMALE_CADRE_55 | 1981-09-15 | 58 |  0 | 2039-09-15 | [S] anchor: after 140 → 36 = the cap
          FEMALE_CADRE_55 | 1990-12-31 | 58 |  0 | 2048-12-31 | capped
          FEMALE_WORKER_50 | 1974-12-31 | 50 |  0 | 2024-12-31 | original date before 2025-01-01
          FEMALE_WORKER_50 | 1975-01-01 | 50 |  1 | 2025-02-01 | [S] anchor: after 0, ⌊0/2⌋+1 = 1
          FEMALE_WORKER_50 | 1975-02-28 | 50 |  1 | 2025-03-28 | after 1: ⌊1/2⌋+1 = 1, still the first two-month period
          FEMALE_WORKER_50 | 1975-03-31 | 50 |  2 | 2025-05-31 | after 2: ⌊2/2⌋+1 = 2
          FEMALE_WORKER_50 | 1975-04-30 | 50 |  2 | 2025-06-30 | after 3: ⌊3/2⌋+1 = 2
          FEMALE_WORKER_50 | 1975-05-31 | 50 |  3 | 2025-08-31 | after 4: ⌊4/2⌋+1 = 3
          FEMALE_WORKER_50 | 1976-01-31 | 50 |  7 | 2026-08-31 | after 12: ⌊12/2⌋+1 = 7
          FEMALE_WORKER_50 | 1980-02-29 | 52 |  7 | 2032-09-29 | after 61: ⌊61/2⌋+1 = 31 = 2y7m
          FEMALE_WORKER_50 | 1984-10-31 | 54 | 11 | 2039-09-30 | after 117 → 59; 31 Sep does not exist: clamped
          FEMALE_WORKER_50 | 1984-11-01 | 55 |  0 | 2039-11-01 | [S] anchor: after 118: ⌊118/2⌋+1 = 60 = the cap
          FEMALE_WORKER_50 | 1992-07-31 | 55 |  0 | 2047-07-31 | capped
          """)
  void statutoryRetirementAgeAndDate(
      RetirementCategory category,
      LocalDate birth,
      int years,
      int months,
      LocalDate date,
      String why) {
    RetirementAge age = StatutoryRetirement.retirementAge(birth, category);
    assertThat(age.years()).as(why).isEqualTo(years);
    assertThat(age.months()).as(why).isEqualTo(months);
    assertThat(age.retirementDate()).as(why).isEqualTo(date);
    assertThat(age.category()).isEqualTo(category);
    assertThat(age.birthDate()).isEqualTo(birth);
  }

  @ParameterizedTest(name = "{0}: first affected birth month {1}")
  @CsvSource({"MALE, 1965-01, 36", "FEMALE_CADRE_55, 1970-01, 36", "FEMALE_WORKER_50, 1975-01, 60"})
  void cutOffsFollowFromTheOriginalAgeReachedInJanuary2025(
      RetirementCategory category, YearMonth first, int maxDelay) {
    assertThat(category.firstAffectedBirthMonth()).isEqualTo(first);
    assertThat(category.maxDelayMonths()).isEqualTo(maxDelay);
    assertThat(StatutoryRetirement.delayMonths(first.minusMonths(1), category)).isZero();
    assertThat(StatutoryRetirement.delayMonths(first, category)).isEqualTo(1);
  }

  @Test
  void aMissingDayCanRollToTheNextMonthInstead() {
    LocalDate birth = LocalDate.of(1965, 1, 31);
    assertThat(
            StatutoryRetirement.retirementAge(
                    birth, RetirementCategory.MALE, MonthEndPolicy.ROLL_TO_NEXT_MONTH)
                .retirementDate())
        .isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(StatutoryRetirement.retirementAge(birth, RetirementCategory.MALE).explanationZh())
        .contains("取该月末日");
  }

  @Test
  void theResultCitesTheDecisionAndExplainsTheDelay() {
    RetirementAge age =
        StatutoryRetirement.retirementAge(LocalDate.of(1965, 5, 10), RetirementCategory.MALE);
    assertThat(age.citations())
        .extracting(Citation::instrument)
        .containsOnly(Instruments.get("yanchi-tuixiu-jueding-2024"));
    assertThat(age.citations())
        .extracting(Citation::quote)
        .anySatisfy(q -> assertThat(q).contains("每四个月延迟一个月"))
        .anySatisfy(q -> assertThat(q).contains("从原六十周岁延迟至六十三周岁"));
    assertThat(age.delayMonths()).isEqualTo(2);
    assertThat(age.totalMonths()).isEqualTo(722);
    assertThat(age.ageZh()).isEqualTo("60岁2个月");
    assertThat(age.ageEn()).isEqualTo("60 years 2 months");
    assertThat(age.explanationZh())
        .contains(
            "男职工", "1965-05-10", "2025-05-10", "1965-01", "晚4个月", "延迟2个月", "60岁2个月", "2025-07-10");
    assertThat(age.explanationEn())
        .contains("male worker", "4 months after it", "the delay is 2 months", "60 years 2 months");
  }

  @Test
  void beforeTheReformTheExplanationSaysWhyThereIsNoDelay() {
    RetirementAge age =
        StatutoryRetirement.retirementAge(
            LocalDate.of(1969, 12, 31), RetirementCategory.FEMALE_CADRE_55);
    assertThat(age.delayMonths()).isZero();
    assertThat(age.ageZh()).isEqualTo("55周岁");
    assertThat(age.explanationZh()).contains("2024-12-31", "不适用延迟");
    assertThat(age.explanationEn()).contains("before 2025-01-01: no delay");
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2} 周岁")
  @CsvSource({
    "1965-06-15, 2025-06-14, 59",
    "1965-06-15, 2025-06-15, 60",
    "1980-02-29, 2043-02-27, 62",
    "1980-02-29, 2043-02-28, 63",
    "2000-01-01, 2000-01-01, 0"
  })
  void completedYearsOfAgeCountFromTheBirthday(LocalDate birth, LocalDate on, int expected) {
    assertThat(StatutoryRetirement.completedYearsOfAge(birth, on)).isEqualTo(expected);
  }

  @Test
  void birthDatesOutsideAWorkingLifeAreRejected() {
    assertThatThrownBy(
            () ->
                StatutoryRetirement.retirementAge(
                    LocalDate.of(1899, 12, 31), RetirementCategory.MALE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("birthDate (1899-12-31) must not be before 1900-01-01");
    LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
    assertThatThrownBy(() -> StatutoryRetirement.retirementAge(future, RetirementCategory.MALE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("birthDate (" + future + ") must not be after today");
    assertThatThrownBy(
            () ->
                StatutoryRetirement.completedYearsOfAge(
                    LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("on (2000-01-01) must not be before birthDate (2000-01-02)");
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> StatutoryRetirement.retirementAge(null, RetirementCategory.MALE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("birthDate");
    assertThatThrownBy(() -> StatutoryRetirement.retirementAge(LocalDate.of(1970, 1, 1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("category");
    assertThatThrownBy(
            () ->
                StatutoryRetirement.retirementAge(
                    LocalDate.of(1970, 1, 1), RetirementCategory.MALE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dayPolicy");
  }
}
