package org.laborcalc.retirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.time.MonthEndPolicy;

/** Laws of the 2024 decision that hold for every birth date from 1900 to 2010. */
class RetirementProperties {

  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final YearMonth FIRST_MONTH = YearMonth.of(1900, 1);
  private static final int DAYS = 40_541; // 2010-12-31 is 40,541 days after 1900-01-01
  private static final int MONTHS = 1_331; // 2010-12 is 1,331 months after 1900-01

  @Property
  void ageNeverFallsAndRisesAtMostOneMonthPerBirthMonth(
      @ForAll RetirementCategory category, @ForAll @IntRange(min = 0, max = MONTHS - 1) int m) {
    YearMonth born = FIRST_MONTH.plusMonths(m);
    int step =
        StatutoryRetirement.delayMonths(born.plusMonths(1), category)
            - StatutoryRetirement.delayMonths(born, category);
    assertThat(step).isBetween(0, 1);
  }

  @Property
  void ageStaysBetweenTheOriginalAndTheTargetAge(
      @ForAll RetirementCategory category, @ForAll @IntRange(min = 0, max = DAYS) int d) {
    RetirementAge age = StatutoryRetirement.retirementAge(FIRST_DAY.plusDays(d), category);
    assertThat(age.totalMonths())
        .isBetween(category.originalAgeYears() * 12, category.targetAgeYears() * 12);
  }

  @Property
  void onlyWorkersReachingTheOriginalAgeFrom2025AreDelayed(
      @ForAll RetirementCategory category, @ForAll @IntRange(min = 0, max = DAYS) int d) {
    LocalDate birth = FIRST_DAY.plusDays(d);
    LocalDate originalDate = birth.plusYears(category.originalAgeYears());
    RetirementAge age = StatutoryRetirement.retirementAge(birth, category);
    assertThat(age.delayMonths() > 0)
        .isEqualTo(!originalDate.isBefore(StatutoryRetirement.REFORM_START));
  }

  @Property
  void theWorkerReachesTheAgeExactlyOnTheRetirementDate(
      @ForAll RetirementCategory category,
      @ForAll @IntRange(min = 0, max = DAYS) int d,
      @ForAll MonthEndPolicy policy) {
    LocalDate birth = FIRST_DAY.plusDays(d);
    RetirementAge age = StatutoryRetirement.retirementAge(birth, category, policy);
    LocalDate date = age.retirementDate();
    assertThat(StatutoryRetirement.completedYearsOfAge(birth, date, policy)).isEqualTo(age.years());
    int dayBefore = StatutoryRetirement.completedYearsOfAge(birth, date.minusDays(1), policy);
    assertThat(dayBefore).isEqualTo(age.months() == 0 ? age.years() - 1 : age.years());
  }

  @Property
  void remainingTimeAddedToTheStartGivesTheRetirementDate(
      @ForAll @IntRange(min = 0, max = 20_000) int daysBefore,
      @ForAll @IntRange(min = 0, max = 20_000) int retirementOffset,
      @ForAll MonthEndPolicy policy) {
    LocalDate retirement = LocalDate.of(2000, 1, 1).plusDays(retirementOffset);
    LocalDate from = retirement.minusDays(daysBefore);
    RemainingTime left = RemainingTime.until(from, retirement, policy);
    assertThat(policy.plusMonths(from, left.totalMonths()).plusDays(left.days()))
        .isEqualTo(retirement);
    assertThat(left.isZero()).isEqualTo(daysBefore == 0);
  }
}
