package org.laborcalc.noncompete.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The months of the restriction's term, counted from its first day: month {@code i} (from 0) runs
 * from {@code start.plusMonths(i)} to the day before {@code start.plusMonths(i + 1)} (a start on
 * the 31st gives a month ending on the 28th, 29th or 30th where the next month is shorter: {@link
 * LocalDate#plusMonths} clamps to the month's last day). Stateless.
 */
final class Period {
  /** 劳动合同法 art. 24 ¶2: "竞业限制期限，不得超过二年". */
  static final int MAX_MONTHS = 24;

  private Period() {}

  /** The last day of a term of {@code months} months from {@code start}. */
  static LocalDate termEnd(LocalDate start, int months) {
    return start.plusMonths(months).minusDays(1);
  }

  /** The first day of term month {@code i}. */
  static LocalDate monthStart(LocalDate start, int i) {
    return start.plusMonths(i);
  }

  /** The days of term month {@code i}. */
  static int monthLength(LocalDate start, int i) {
    return (int) ChronoUnit.DAYS.between(start.plusMonths(i), start.plusMonths(i + 1));
  }

  /** The term month (from 0) that {@code day} falls in. */
  static int monthOf(LocalDate start, LocalDate day) {
    int i = (int) ChronoUnit.MONTHS.between(start, day);
    while (start.plusMonths(i + 1).isAfter(day) && i > 0 && start.plusMonths(i).isAfter(day)) {
      i--;
    }
    while (!start.plusMonths(i + 1).isAfter(day)) {
      i++;
    }
    return i;
  }
}
