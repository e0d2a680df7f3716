package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.laborcalc.law.Citation;

/**
 * The months a rule takes the wage over: the {@code monthsBefore} complete calendar months before
 * the month of the anchor event, from the month the worker started when later. The anchor month is
 * never in it. The length is the calling rule's (twelve under 《工伤保险条例》第六十四条 and under
 * 《劳动合同法》第四十七条), never a constant of the evidence weighing. Immutable and thread-safe.
 *
 * @param anchor the event counted back from
 * @param anchorDate the day of the event
 * @param monthsBefore how many months before the anchor month the window reaches, at least 1
 * @param purposeZh what the wage is for, in Chinese (e.g. "本人工资")
 * @param rule the article that defines the window; cited on evidence outside it and on a contract
 *     wage standing in for the average
 */
public record WageWindow(
    WindowAnchor anchor, LocalDate anchorDate, int monthsBefore, String purposeZh, Citation rule) {

  public WageWindow {
    requireNonNull(anchor, "anchor");
    requireNonNull(anchorDate, "anchorDate");
    requireNonNull(purposeZh, "purposeZh");
    requireNonNull(rule, "rule");
    if (monthsBefore < 1) {
      throw new IllegalArgumentException("monthsBefore (" + monthsBefore + ") must be at least 1");
    }
  }

  /** The month of the anchor event. */
  public YearMonth anchorMonth() {
    return YearMonth.from(anchorDate);
  }

  /** The first month for a worker who started on {@code employmentStart}. */
  public YearMonth firstMonth(LocalDate employmentStart) {
    YearMonth start = YearMonth.from(employmentStart);
    YearMonth windowStart = anchorMonth().minusMonths(monthsBefore);
    return start.isAfter(windowStart) ? start : windowStart;
  }

  /**
   * The last month: the month before the anchor month. Before {@link #firstMonth} when the worker
   * started in the anchor month (an empty window).
   */
  public YearMonth lastMonth() {
    return anchorMonth().minusMonths(1);
  }
}
