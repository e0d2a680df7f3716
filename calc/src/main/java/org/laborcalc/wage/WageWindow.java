package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import org.laborcalc.law.Citation;

/**
 * The months a rule takes the wage over: the {@code monthsBefore} complete calendar months before
 * the month of the anchor event, from the month the worker started when later; the anchor month is
 * not in it. A rule whose window ends on the anchor day instead ({@code throughAnchorMonth}) takes
 * the anchor month and the {@code monthsBefore − 1} months before it, the anchor month worked up to
 * and including the anchor day (an incomplete month unless that is its last day). The length is the
 * calling rule's (twelve under 《工伤保险条例》第六十四条 and under 《劳动合同法》第四十七条), never a constant of the
 * evidence weighing. Immutable and thread-safe.
 *
 * @param anchor the event counted back from
 * @param anchorDate the day of the event
 * @param monthsBefore how many months before the anchor month the window reaches, at least 1
 * @param purposeZh what the wage is for, in Chinese (e.g. "本人工资")
 * @param rule the article that defines the window; cited on evidence outside it and on a contract
 *     wage standing in for the average
 * @param throughAnchorMonth true when the window ends on the anchor day (the anchor month is its
 *     last month), false for the complete calendar months before the anchor month
 */
public record WageWindow(
    WindowAnchor anchor,
    LocalDate anchorDate,
    int monthsBefore,
    String purposeZh,
    Citation rule,
    boolean throughAnchorMonth) {

  /** The complete calendar months before the anchor month. */
  public WageWindow(
      WindowAnchor anchor,
      LocalDate anchorDate,
      int monthsBefore,
      String purposeZh,
      Citation rule) {
    this(anchor, anchorDate, monthsBefore, purposeZh, rule, false);
  }

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
    YearMonth windowStart = lastMonth().minusMonths(monthsBefore - 1L);
    return start.isAfter(windowStart) ? start : windowStart;
  }

  /**
   * The last month: the month before the anchor month, or the anchor month itself when the window
   * runs through it. Before {@link #firstMonth} when the worker started in the anchor month and the
   * window stops before it (an empty window).
   */
  public YearMonth lastMonth() {
    return throughAnchorMonth ? anchorMonth() : anchorMonth().minusMonths(1);
  }

  /** The month before the anchor month, whichever way the window is counted. */
  public YearMonth monthBeforeAnchor() {
    return anchorMonth().minusMonths(1);
  }
}
