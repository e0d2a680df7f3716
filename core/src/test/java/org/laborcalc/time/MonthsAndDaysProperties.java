package org.laborcalc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of counting whole months and the days left over, under either month-end policy. */
class MonthsAndDaysProperties {

  /** 1990 to 2060, with month ends and leap days over-represented. */
  @Provide
  Arbitrary<LocalDate> date() {
    Arbitrary<LocalDate> any =
        Arbitraries.integers().between(0, 70 * 366).map(LocalDate.of(1990, 1, 1)::plusDays);
    Arbitrary<LocalDate> monthEnd =
        Arbitraries.integers()
            .between(0, 70 * 12)
            .map(m -> LocalDate.of(1990, 1, 1).plusMonths(m + 1L).minusDays(1));
    return Arbitraries.oneOf(any, monthEnd);
  }

  @Property
  void wholeMonthsAreAsManyAsFit(
      @ForAll("date") LocalDate start,
      @ForAll @IntRange(min = 0, max = 2000) int length,
      @ForAll MonthEndPolicy policy) {
    LocalDate end = start.plusDays(length);
    MonthsAndDays md = MonthsAndDays.between(start, end, policy);
    LocalDate afterMonths = policy.plusMonths(start, md.months());
    assertThat(afterMonths).isBeforeOrEqualTo(end);
    assertThat(policy.plusMonths(start, md.months() + 1L)).isAfter(end);
    assertThat(md.days()).isBetween(0, 30);
    assertThat(afterMonths.plusDays(md.days())).isEqualTo(end);
  }

  @Property
  void theRangeLengthIsTheSameCount(
      @ForAll("date") LocalDate start,
      @ForAll @IntRange(min = 0, max = 2000) int length,
      @ForAll MonthEndPolicy policy) {
    LocalDate end = start.plusDays(length);
    assertThat(DateRange.of(start, end).length(policy))
        .isEqualTo(MonthsAndDays.between(start, end, policy));
  }

  @Property
  void plusMonthsIsStrictlyIncreasing(
      @ForAll("date") LocalDate start,
      @ForAll @IntRange(min = 0, max = 400) int months,
      @ForAll MonthEndPolicy policy) {
    assertThat(policy.plusMonths(start, months + 1L)).isAfter(policy.plusMonths(start, months));
  }

  /** Roll differs from clamp only where clamp had to clamp, and then by exactly one day. */
  @Property
  void rollIsClampOrTheDayAfter(
      @ForAll("date") LocalDate start, @ForAll @IntRange(min = 0, max = 400) int months) {
    LocalDate clamp = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, months);
    LocalDate roll = MonthEndPolicy.ROLL_TO_NEXT_MONTH.plusMonths(start, months);
    long gap = ChronoUnit.DAYS.between(clamp, roll);
    assertThat(gap).isEqualTo(clamp.getDayOfMonth() == start.getDayOfMonth() ? 0 : 1);
    assertThat(clamp.getDayOfMonth()).isLessThanOrEqualTo(start.getDayOfMonth());
  }

  @Property
  void moreDaysNeverMeanFewerMonths(
      @ForAll("date") LocalDate start,
      @ForAll @IntRange(min = 0, max = 2000) int length,
      @ForAll MonthEndPolicy policy) {
    MonthsAndDays shorter = MonthsAndDays.between(start, start.plusDays(length), policy);
    MonthsAndDays longer = MonthsAndDays.between(start, start.plusDays(length + 1L), policy);
    assertThat(longer.months()).isGreaterThanOrEqualTo(shorter.months());
  }
}
