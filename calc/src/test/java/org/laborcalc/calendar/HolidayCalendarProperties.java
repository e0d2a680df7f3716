package org.laborcalc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborcalc.time.DateRange;

/** Laws of the holiday calendar over every day it places. */
class HolidayCalendarProperties {
  private static final HolidayCalendar CAL = HolidayCalendar.national();

  @Provide
  Arbitrary<LocalDate> placedDays() {
    LocalDate first = LocalDate.of(2008, 1, 1);
    LocalDate last = LocalDate.of(2026, 12, 24);
    return Arbitraries.longs()
        .between(0, last.toEpochDay() - first.toEpochDay())
        .map(first::plusDays);
  }

  @Property
  void anUnadjustedDayIsWhatItsWeekdayMakesIt(@ForAll("placedDays") LocalDate date) {
    CalendarDay d = CAL.day(date);
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (!d.adjusted() && d.kind() != DayKind.STATUTORY_HOLIDAY) {
      assertThat(d.kind()).isEqualTo(weekend ? DayKind.REST_DAY : DayKind.WORKDAY);
    }
    if (d.adjusted()) {
      assertThat(d.kind()).isEqualTo(weekend ? DayKind.WORKDAY : DayKind.REST_DAY);
    }
    assertThat(d.citations()).isNotEmpty();
  }

  @Property
  void aMonthsWorkingDaysAreTheSumOfItsPartsAndNeverMoreThanItsWeekdaysPlusItsSwaps(
      @ForAll("placedDays") LocalDate date) {
    YearMonth m = YearMonth.from(date);
    if (m.equals(YearMonth.of(2026, 12))) {
      return;
    }
    LocalDate start = m.atDay(1);
    LocalDate end = m.plusMonths(1).atDay(1);
    int whole = CAL.workingDays(m);
    int parts =
        CAL.workingDays(DateRange.of(start, date)) + CAL.workingDays(DateRange.of(date, end));
    assertThat(parts).isEqualTo(whole);
    assertThat(whole).isBetween(14, 24);
  }
}
