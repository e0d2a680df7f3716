package org.laborcalc.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;

/**
 * One day as the holiday calendar gives it. Immutable.
 *
 * @param date the day
 * @param kind working day, rest day or statutory holiday
 * @param adjusted true when a notice moved the day from what its weekday makes it (调休放假日 on a
 *     weekday, 补班 on a weekend day)
 * @param festival the festival the day belongs to (春节, 国庆节 …), or null for an ordinary day
 * @param verification how the source of the day's kind was checked
 * @param citations the provisions and notices that make the day what it is (at least one)
 */
public record CalendarDay(
    LocalDate date,
    DayKind kind,
    boolean adjusted,
    String festival,
    Verification verification,
    List<Citation> citations) {
  public CalendarDay {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(verification, "verification");
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a calendar day (" + date + ") cites at least one source");
    }
  }

  /** True for a working day. */
  public boolean isWorkday() {
    return kind == DayKind.WORKDAY;
  }
}
