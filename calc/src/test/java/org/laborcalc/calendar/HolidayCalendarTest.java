package org.laborcalc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.time.DateRange;

/**
 * The bundled calendar on the days the worked examples of ARBITRATION.md §2.4–2.5 and the peers'
 * known errors (§1.2) turn on, its gaps, and the checks that refuse an inconsistent data file.
 */
class HolidayCalendarTest {
  private static final HolidayCalendar CAL = HolidayCalendar.national();

  @ParameterizedTest(name = "{0} is {1} (adjusted: {2}, {3})")
  @CsvSource({
    // OT-1: 清明 2024 is statutory, 04-05 a 调休 rest day, Sunday 04-07 a 补班 working day
    "2024-04-04, STATUTORY_HOLIDAY, false, 清明节",
    "2024-04-05, REST_DAY, true, 清明节",
    "2024-04-07, WORKDAY, true, 清明节",
    "2024-04-13, REST_DAY, false, ",
    // peer error: 2024-02-10..17 are not all statutory; under the 2013 text only 初一至初三
    "2024-02-10, STATUTORY_HOLIDAY, false, 春节",
    "2024-02-12, STATUTORY_HOLIDAY, false, 春节",
    "2024-02-13, REST_DAY, true, 春节",
    "2024-02-17, REST_DAY, false, ",
    "2024-02-09, WORKDAY, false, ",
    // 2025 (13 days): 除夕 statutory again, 02-05 and 02-06 ordinary working days
    "2025-01-28, STATUTORY_HOLIDAY, false, 春节",
    "2025-01-31, STATUTORY_HOLIDAY, false, 春节",
    "2025-02-03, REST_DAY, true, 春节",
    "2025-02-05, WORKDAY, false, ",
    "2025-02-06, WORKDAY, false, ",
    "2025-05-02, STATUTORY_HOLIDAY, false, 劳动节",
    "2025-10-06, STATUTORY_HOLIDAY, false, 中秋节",
    // 2008–2013: 除夕 statutory, 初三 not
    "2008-02-06, STATUTORY_HOLIDAY, false, 春节",
    "2008-02-09, REST_DAY, false, ",
    "2008-02-11, REST_DAY, true, 春节",
    // 2014–2024: 除夕 is a 调休 day or a working day
    "2018-02-15, REST_DAY, true, 春节",
    // 人社厅函〔2020〕135号: 10-01..04 are 300% days, 10-05..08 rest days
    "2020-10-04, STATUTORY_HOLIDAY, false, 国庆节、中秋节",
    "2020-10-05, REST_DAY, true, 国庆节",
    // the 2020 extension: 01-31 off, Saturday 02-01 no longer a 补班
    "2020-01-31, REST_DAY, true, 春节",
    "2020-02-01, REST_DAY, false, ",
    // the 元旦 break of the next year's notice reaching into December
    "2011-12-31, WORKDAY, true, 元旦",
    "2018-12-31, REST_DAY, true, 元旦",
    "2018-12-29, WORKDAY, true, 元旦",
    // 2009: 中秋 on 国庆 10-03, moved by the notice to 10-06, which no ruling makes a 300% day
    "2009-10-03, STATUTORY_HOLIDAY, false, 中秋节、国庆节",
    "2009-10-06, REST_DAY, true, 国庆节",
    "2015-09-03, REST_DAY, true, 中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
  })
  void aDayIsWhatTheLawMakesIt(LocalDate date, DayKind kind, boolean adjusted, String festival) {
    CalendarDay d = CAL.day(date);
    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.adjusted()).isEqualTo(adjusted);
    assertThat(d.festival()).isEqualTo(festival);
  }

  @ParameterizedTest(name = "{0} has {1} working days")
  @CsvSource({
    // DW-1: September 2023 = 21 weekdays less 中秋 09-29
    "2023-09, 20",
    // DW-2: May 2023 = 23 weekdays less 05-01..03, plus Saturday 05-06
    "2023-05, 21",
    // DW-3: June 2024 = 20 weekdays less 端午 06-10
    "2024-06, 19",
    // OT-1: April 2024 = 22 weekdays less 04-04, 04-05, plus Sunday 04-07 and Sunday 04-28
    "2024-04, 22",
  })
  void monthsHaveTheWorkingDaysOfTheExamples(YearMonth month, int days) {
    assertThat(CAL.workingDays(month)).isEqualTo(days);
  }

  @Test
  void thePartMonthsOfTheDoubleWageExamples() {
    // DW-1: 2023-09-01..14 → 1 (Fri), 4–8, 11–14 = 10
    assertThat(
            CAL.workingDays(
                DateRange.ofClosed(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 14))))
        .isEqualTo(10);
    // DW-2: 2023-05-01..30 → 22 weekdays less 05-01..03, plus Saturday 05-06 = 20
    assertThat(
            CAL.workingDays(
                DateRange.ofClosed(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 30))))
        .isEqualTo(20);
    // DW-3: 2024-06-01..19 → 3–7, 11–14, 17–19 = 12
    assertThat(
            CAL.workingDays(
                DateRange.ofClosed(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 19))))
        .isEqualTo(12);
  }

  @Test
  void eachDayCitesItsNoticeOrTheWorkingWeek() {
    Citation notice = CAL.day(LocalDate.of(2024, 4, 7)).citations().get(0);
    assertThat(notice.instrument().documentNumber()).isEqualTo("国办发明电〔2023〕7号");
    assertThat(notice.quote()).contains("4月7日（星期日）上班");

    CalendarDay statutory = CAL.day(LocalDate.of(2025, 5, 2));
    assertThat(statutory.citations())
        .extracting(c -> c.instrument().id())
        .containsExactly("fangjia-banfa-2024", "guoban-jiari-2025");
    assertThat(statutory.citations().get(0).article()).isEqualTo(2);
    assertThat(statutory.verification()).isEqualTo(Verification.SECONDARY);

    CalendarDay ruling = CAL.day(LocalDate.of(2020, 10, 4));
    assertThat(ruling.citations().get(0).instrument().id()).isEqualTo("rsbtinghan-2020-135");
    assertThat(ruling.verification()).isEqualTo(Verification.PRIMARY);

    CalendarDay ordinary = CAL.day(LocalDate.of(2024, 3, 5));
    assertThat(ordinary.citations().get(0).instrument().id())
        .isEqualTo("zhigong-gongzuo-shijian-guiding");
    assertThat(ordinary.citations().get(0).article()).isEqualTo(7);
  }

  @Test
  void theCalendarHoldsEveryYearFrom2008AndLabelsThem() {
    assertThat(CAL.firstYear()).isEqualTo(2008);
    assertThat(CAL.lastYear()).isEqualTo(2026);
    for (int y = 2008; y <= 2026; y++) {
      assertThat(CAL.verification(y)).as("%s", y).isEqualTo(Verification.SECONDARY);
      assertThat(CAL.notices(y)).as("%s", y).isNotEmpty();
      assertThat(CAL.notices(y).get(0).instrument().nameZh())
          .isEqualTo("国务院办公厅关于" + y + "年部分节假日安排的通知");
    }
    assertThat(CAL.notices(2020))
        .extracting(c -> c.instrument().documentNumber())
        .containsExactly("国办发明电〔2019〕16号", "国办发明电〔2020〕1号");
  }

  @ParameterizedTest(name = "{0} needs the notice for {1}")
  @CsvSource({"2007-06-01, 2007", "2007-12-31, 2007", "2027-03-01, 2027", "2026-12-28, 2027"})
  void aDayNoNoticePlacesIsAnErrorNamingTheYear(LocalDate date, int year) {
    assertThat(CAL.covers(date)).isFalse();
    assertThatThrownBy(() -> CAL.day(date))
        .isInstanceOfSatisfying(
            CalendarGapException.class,
            e -> {
              assertThat(e.code()).isEqualTo("CALENDAR_YEAR_MISSING");
              assertThat(e.missingYear()).isEqualTo(year);
              assertThat(e.messageZh()).contains(year + "年").contains("不按星期推断");
              assertThat(e.messageEn()).contains(String.valueOf(year));
            });
  }

  @Test
  void aRangeCrossingAGapFailsAtTheGap() {
    assertThat(CAL.covers(LocalDate.of(2026, 12, 24))).isTrue();
    assertThatThrownBy(
            () ->
                CAL.workingDays(
                    DateRange.ofClosed(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))))
        .isInstanceOf(CalendarGapException.class);
  }

  // ---- hostile data files ----

  private static final String STATUTES =
      """
      "statutes": [{"instrument": "fangjia-banfa-2024", "from": "2025-01-01", "until": null,
        "days": 13, "verification": "PRIMARY", "springFestival": "EVE_FIRST_SECOND_THIRD",
        "labourDayDays": 2, "quote": "q", "note": "n"}],
      """;

  private static String year2025(String statutory, String rest, String work) {
    return "{"
        + STATUTES
        + """
        "years": [{"year": 2025, "verification": "SECONDARY",
          "notices": [{"instrument": "guoban-jiari-2025", "url": "u", "quote": "q", "quoteSource": "s"}],
          "statutoryHolidays": [%s], "restDaysByAdjustment": [%s], "workdaysByAdjustment": [%s]}]}
        """
            .formatted(statutory, rest, work);
  }

  private static final String STATUTORY_2025 =
      String.join(
          ",",
          day("2025-01-01", "元旦"),
          day("2025-01-28", "春节"),
          day("2025-01-29", "春节"),
          day("2025-01-30", "春节"),
          day("2025-01-31", "春节"),
          day("2025-04-04", "清明节"),
          day("2025-05-01", "劳动节"),
          day("2025-05-02", "劳动节"),
          day("2025-05-31", "端午节"),
          day("2025-10-06", "中秋节"),
          day("2025-10-01", "国庆节"),
          day("2025-10-02", "国庆节"),
          day("2025-10-03", "国庆节"));

  private static String day(String date, String festival) {
    return "{\"date\": \"" + date + "\", \"festivals\": [\"" + festival + "\"]}";
  }

  private static String adjusted(String date) {
    return "{\"date\": \""
        + date
        + "\", \"festival\": \"春节\", \"instrument\": \"guoban-jiari-2025\"}";
  }

  private static HolidayCalendar read(String json) throws IOException {
    try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
      return HolidayCalendar.read(in, "test.json");
    }
  }

  @Test
  void aConsistentFileReads() throws IOException {
    HolidayCalendar c =
        read(year2025(STATUTORY_2025, adjusted("2025-02-03"), adjusted("2025-01-26")));
    assertThat(c.day(LocalDate.of(2025, 2, 3)).kind()).isEqualTo(DayKind.REST_DAY);
    assertThat(c.day(LocalDate.of(2025, 1, 26)).kind()).isEqualTo(DayKind.WORKDAY);
  }

  @Test
  void aYearWithoutTheStatuteCountOfStatutoryDaysIsRefused() {
    String twelve = STATUTORY_2025.replace("," + day("2025-05-02", "劳动节"), "");
    assertThatThrownBy(() -> read(year2025(twelve, "", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year 2025")
        .hasMessageContaining("13 statutory days");
  }

  @Test
  void aWorkingDayByAdjustmentOnAWeekdayIsRefused() {
    assertThatThrownBy(() -> read(year2025(STATUTORY_2025, "", adjusted("2025-02-05"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("working day 2025-02-05")
        .hasMessageContaining("Saturday or Sunday");
  }

  @Test
  void aDayInTwoListsIsRefused() {
    assertThatThrownBy(() -> read(year2025(STATUTORY_2025, adjusted("2025-01-28"), "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placed once");
  }

  @Test
  void anUnknownNoticeIsRefused() {
    String json =
        year2025(STATUTORY_2025, "", "").replace("\"guoban-jiari-2025\"", "\"no-such-notice\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-notice");
  }

  @Test
  void aYearOutsideEveryVersionOfTheStatuteIsRefused() {
    String json = year2025(STATUTORY_2025, "", "").replace("\"year\": 2025", "\"year\": 2024");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version of the 放假办法");
  }
}
