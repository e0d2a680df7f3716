package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Consecutive months that read the same on the sheet, shown as one row: the evidence table of a
 * sheet stays short when nine months have the same finding, amount and reason (issue 20). The full
 * month table stays in the result JSON. Immutable and thread-safe when {@code value} is.
 *
 * @param first the run's first month
 * @param last the run's last month (equal to {@code first} for a single month)
 * @param value what every month of the run shows
 * @param <T> the type of what a month shows
 */
record MonthRun<T>(YearMonth first, YearMonth last, T value) {

  MonthRun {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "last (" + last + ") must not be before first (" + first + ")");
    }
  }

  /** How many months the run covers, both ends included. */
  int months() {
    return (int) first.until(last, ChronoUnit.MONTHS) + 1;
  }

  /** {@code 2019-03} for one month, {@code 2019-03 至 2019-11（9个月）} for a run. */
  Text label() {
    return Dates.months(first, last);
  }

  /**
   * Collapses rows, in month order, into runs: a row joins the run before it when it is for the
   * next calendar month and shows an equal value; a differing value or a missing month starts a new
   * run.
   *
   * @throws IllegalArgumentException if the months are not strictly increasing
   */
  static <R, T> List<MonthRun<T>> collapse(
      List<R> rows, Function<? super R, YearMonth> month, Function<? super R, T> value) {
    List<MonthRun<T>> runs = new ArrayList<>();
    for (R row : rows) {
      YearMonth m = requireNonNull(month.apply(row), "month");
      T v = value.apply(row);
      MonthRun<T> previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (previous != null && !m.isAfter(previous.last())) {
        throw new IllegalArgumentException(
            "months (" + m + " after " + previous.last() + ") must be strictly increasing");
      }
      if (previous != null
          && m.equals(previous.last().plusMonths(1))
          && Objects.equals(v, previous.value())) {
        runs.set(runs.size() - 1, new MonthRun<>(previous.first(), m, v));
      } else {
        runs.add(new MonthRun<>(m, m, v));
      }
    }
    return List.copyOf(runs);
  }
}
