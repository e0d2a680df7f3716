package org.laborcalc.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The calendar data file as Jackson reads it ({@code cn-national-calendar.json}); {@link
 * HolidayCalendar} checks it before use.
 */
@JsonIgnoreProperties({"dataset", "title", "sources"})
record CalendarFile(List<Statute> statutes, List<YearEntry> years) {

  /**
   * A version of 放假办法 art. 2.
   *
   * @param springFestival which days of 春节 it gives
   * @param labourDayDays 1 (5月1日) or 2 (5月1日、2日)
   */
  record Statute(
      String instrument,
      LocalDate from,
      LocalDate until,
      int days,
      String verification,
      SpringFestival springFestival,
      int labourDayDays,
      String quote,
      String note) {}

  /** The 春节 days of a version of the 放假办法. */
  enum SpringFestival {
    EVE_FIRST_SECOND,
    FIRST_SECOND_THIRD,
    EVE_FIRST_SECOND_THIRD
  }

  /** One year's notices and the days they place. */
  record YearEntry(
      int year,
      String verification,
      List<Notice> notices,
      List<Statutory> statutoryHolidays,
      List<Adjusted> restDaysByAdjustment,
      List<Adjusted> workdaysByAdjustment,
      String note) {}

  /** A notice and its items as quoted from the reprint named. */
  record Notice(String instrument, String url, String quote, String quoteSource) {}

  /**
   * A statutory day; {@code instrument} names a ruling when the day is a 300% day by it rather than
   * by the 放假办法 alone.
   */
  record Statutory(LocalDate date, List<String> festivals, String instrument, String note) {}

  /** A day a notice moves: the notice is {@code instrument}. */
  record Adjusted(LocalDate date, String festival, String instrument) {}
}
