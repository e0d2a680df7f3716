package org.laborcalc.time;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A half-open range of calendar dates {@code [start, end)}, or {@code [start, ∞)} when unbounded.
 *
 * <p>Immutable and thread-safe. Factory names say which end is included: {@link #of(LocalDate,
 * LocalDate)} takes an exclusive end, {@link #ofClosed(LocalDate, LocalDate)} an inclusive one. The
 * string form is {@code 2019-12-18/2020-06-18} (end exclusive) or {@code 2019-12-18/..}, and {@code
 * parse(r.toString()).equals(r)} holds.
 */
public final class DateRange {

  private final LocalDate start;
  private final LocalDate end; // exclusive; null when unbounded

  // The string form, made on first use: a parameter entry's range is shown in every result line
  // that uses it. A racy single check is safe, as for String's hash: every thread computes the
  // same immutable string.
  private String text;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /** {@code [startInclusive, endExclusive)}; an empty range (start == end) is allowed. */
  public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive ("
              + endExclusive
              + ") must not be before startInclusive ("
              + startInclusive
              + ")");
    }
    return new DateRange(startInclusive, endExclusive);
  }

  /** {@code [startInclusive, endInclusive]}, e.g. a 停工留薪期 "from 2019-12-18 to 2020-06-17". */
  public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
    requireNonNull(startInclusive, "startInclusive");
    requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive ("
              + endInclusive
              + ") must not be before startInclusive ("
              + startInclusive
              + ")");
    }
    return new DateRange(startInclusive, endInclusive.plusDays(1));
  }

  /** {@code [startInclusive, ∞)}. */
  public static DateRange from(LocalDate startInclusive) {
    requireNonNull(startInclusive, "startInclusive");
    return new DateRange(startInclusive, null);
  }

  /** Parses {@code start/endExclusive} or {@code start/..}. */
  public static DateRange parse(String text) {
    requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "date range (\""
              + abbreviate(text)
              + "\") must be \"start/endExclusive\" or \"start/..\"");
    }
    try {
      LocalDate s = LocalDate.parse(text.substring(0, slash));
      String e = text.substring(slash + 1);
      return e.equals("..") ? from(s) : of(s, LocalDate.parse(e));
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(
          "date range (\"" + abbreviate(text) + "\") must use ISO dates (yyyy-MM-dd)", ex);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  public LocalDate start() {
    return start;
  }

  /** The exclusive end, empty when unbounded. */
  public Optional<LocalDate> endExclusive() {
    return Optional.ofNullable(end);
  }

  /** The last day included, empty when unbounded or when the range is empty. */
  public Optional<LocalDate> endInclusive() {
    return end == null || end.equals(start) ? Optional.empty() : Optional.of(end.minusDays(1));
  }

  public boolean isUnbounded() {
    return end == null;
  }

  public boolean isEmpty() {
    return end != null && end.equals(start);
  }

  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || date.isBefore(end));
  }

  /** True when the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    if (isEmpty() || other.isEmpty()) {
      return false;
    }
    boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
    boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** The days both ranges contain, empty when they do not overlap. */
  public Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e;
    if (end == null) {
      e = other.end;
    } else if (other.end == null) {
      e = end;
    } else {
      e = end.isBefore(other.end) ? end : other.end;
    }
    return Optional.of(new DateRange(s, e));
  }

  /** Number of days in the range. */
  public long lengthInDays() {
    if (end == null) {
      throw new IllegalStateException("range (" + this + ") is unbounded and has no length");
    }
    return ChronoUnit.DAYS.between(start, end);
  }

  /** Whole months and remaining days, months counted from the start under {@code policy}. */
  public MonthsAndDays length(MonthEndPolicy policy) {
    if (end == null) {
      throw new IllegalStateException("range (" + this + ") is unbounded and has no length");
    }
    return MonthsAndDays.between(start, end, policy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r
        && start.equals(r.start)
        && (end == null ? r.end == null : end.equals(r.end));
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + (end == null ? 0 : end.hashCode());
  }

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = start + "/" + (end == null ? ".." : end.toString());
      text = t;
    }
    return t;
  }
}
