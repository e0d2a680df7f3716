package org.laborcalc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A 停工留薪期 from 2019-12-18 to 2020-06-17 inclusive. */
  private static final DateRange LEAVE = DateRange.of(d("2019-12-18"), d("2020-06-18"));

  @Test
  void factoriesSayWhichEndIsIncluded() {
    assertThat(DateRange.ofClosed(d("2019-12-18"), d("2020-06-17"))).isEqualTo(LEAVE);
    assertThat(LEAVE.start()).isEqualTo(d("2019-12-18"));
    assertThat(LEAVE.endExclusive()).contains(d("2020-06-18"));
    assertThat(LEAVE.endInclusive()).contains(d("2020-06-17"));
    assertThat(LEAVE.isUnbounded()).isFalse();
    assertThat(LEAVE.isEmpty()).isFalse();
  }

  @Test
  void anUnboundedRangeHasNoEnd() {
    DateRange from2019 = DateRange.from(d("2019-01-01"));
    assertThat(from2019.isUnbounded()).isTrue();
    assertThat(from2019.isEmpty()).isFalse();
    assertThat(from2019.endExclusive()).isEmpty();
    assertThat(from2019.endInclusive()).isEmpty();
    assertThatThrownBy(from2019::lengthInDays)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("range (2019-01-01/..) is unbounded and has no length");
    assertThatThrownBy(() -> from2019.length(MonthEndPolicy.CLAMP_TO_MONTH_END))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEmptyRangeContainsNothing() {
    DateRange empty = DateRange.of(d("2020-01-01"), d("2020-01-01"));
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.endInclusive()).isEmpty();
    assertThat(empty.lengthInDays()).isZero();
    assertThat(empty.contains(d("2020-01-01"))).isFalse();
    assertThat(empty.length(MonthEndPolicy.ROLL_TO_NEXT_MONTH)).isEqualTo(new MonthsAndDays(0, 0));
  }

  @ParameterizedTest
  @CsvSource({
    "2019-12-17, false",
    "2019-12-18, true",
    "2020-02-29, true",
    "2020-06-17, true",
    "2020-06-18, false",
  })
  void containsIsHalfOpen(String date, boolean contained) {
    assertThat(LEAVE.contains(d(date))).isEqualTo(contained);
  }

  @Test
  void unboundedContainsEverythingFromItsStart() {
    DateRange from = DateRange.from(d("2019-01-01"));
    assertThat(from.contains(d("2018-12-31"))).isFalse();
    assertThat(from.contains(d("2019-01-01"))).isTrue();
    assertThat(from.contains(LocalDate.MAX)).isTrue();
  }

  @ParameterizedTest(name = "{0} has {1} days")
  @CsvSource({
    // Dec 18 → Jan 18 31, → Feb 18 31, → Mar 18 29 (2020 is leap), → Apr 18 31, → May 18 30,
    // → Jun 18 31: 183
    "2019-12-18/2020-06-18, 183",
    "2020-01-01/2021-01-01, 366",
    "2019-01-01/2020-01-01, 365",
    "2019-02-28/2019-03-01, 1",
    "2020-02-28/2020-03-01, 2",
    "2020-01-01/2020-01-01, 0",
  })
  void lengthInDays(String range, long days) {
    assertThat(DateRange.parse(range).lengthInDays()).isEqualTo(days);
  }

  @Test
  void endBeforeStartIsRefusedNamingBothDates() {
    assertThatThrownBy(() -> DateRange.of(d("2020-01-02"), d("2020-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endExclusive (2020-01-01) must not be before startInclusive (2020-01-02)");
    assertThatThrownBy(() -> DateRange.ofClosed(d("2020-01-02"), d("2020-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endInclusive (2020-01-01) must not be before startInclusive (2020-01-02)");
    assertThatThrownBy(() -> DateRange.parse("2020-01-02/2020-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endExclusive (2020-01-01) must not be before startInclusive (2020-01-02)");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> DateRange.of(null, d("2020-01-01"))).hasMessage("startInclusive");
    assertThatThrownBy(() -> DateRange.of(d("2020-01-01"), null)).hasMessage("endExclusive");
    assertThatThrownBy(() -> DateRange.ofClosed(d("2020-01-01"), null)).hasMessage("endInclusive");
    assertThatThrownBy(() -> DateRange.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> LEAVE.contains(null)).hasMessage("date");
    assertThatThrownBy(() -> LEAVE.overlaps(null)).hasMessage("other");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-12-18/2020-06-18",
        "2019-01-01/..",
        "2020-01-01/2020-01-01",
        "+10000-01-01/..",
        "-0001-01-01/0001-01-01"
      })
  void parseOfToStringIsIdentity(String text) {
    assertThat(DateRange.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void toStringShowsTheExclusiveEnd() {
    assertThat(LEAVE.toString()).isEqualTo("2019-12-18/2020-06-18");
    assertThat(DateRange.from(d("2019-01-01")).toString()).isEqualTo("2019-01-01/..");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-01-01", "", "2019-01-01..2020-01-01"})
  void parseRefusesTextWithoutASlash(String text) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range (\"" + text + "\") must be \"start/endExclusive\" or \"start/..\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-13-01/2020-01-01",
        "2019-01-01/",
        "/..",
        "/",
        "2019-1-1/2019-2-1",
        " 2019-01-01/..",
        "2019-01-01/... ",
        "2019-01-01/2020-01-01/2021-01-01",
        "2019-02-29/..",
        "..//2019-01-01",
        "2019-01-01T00:00/..",
      })
  void parseRefusesWhatIsNotTwoIsoDates(String text) {
    assertThatThrownBy(() -> DateRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date range (\"" + text + "\") must use ISO dates (yyyy-MM-dd)");
  }

  @Test
  void parseAbbreviatesLongText() {
    String text = "x".repeat(500);
    assertThatThrownBy(() -> DateRange.parse(text))
        .hasMessageStartingWith("date range (\"" + "x".repeat(57) + "...\") must be");
  }

  @ParameterizedTest(name = "{0} ∩ {1} = {2}")
  @CsvSource({
    "2020-01-01/2020-03-01, 2020-02-01/.., 2020-02-01/2020-03-01",
    "2020-01-01/2020-03-01, 2019-01-01/2021-01-01, 2020-01-01/2020-03-01",
    "2020-01-01/.., 2019-01-01/.., 2020-01-01/..",
    "2020-01-01/2020-01-03, 2020-01-02/2020-01-05, 2020-01-02/2020-01-03",
  })
  void intersectionOfOverlappingRanges(String a, String b, String both) {
    DateRange x = DateRange.parse(a);
    DateRange y = DateRange.parse(b);
    assertThat(x.overlaps(y)).isTrue();
    assertThat(x.intersection(y)).contains(DateRange.parse(both));
    assertThat(y.intersection(x)).contains(DateRange.parse(both));
  }

  @ParameterizedTest(name = "{0} and {1} do not overlap")
  @CsvSource({
    // touching: the first ends (exclusive) where the second starts
    "2020-01-01/2020-02-01, 2020-02-01/2020-03-01",
    "2020-01-01/2020-02-01, 2020-02-01/..",
    "2020-01-01/2020-02-01, 2021-01-01/..",
    // an empty range overlaps nothing, not even a range around it
    "2020-01-15/2020-01-15, 2020-01-01/2020-02-01",
    "2020-01-15/2020-01-15, 2020-01-15/2020-01-15",
    "2020-01-15/2020-01-15, 2019-01-01/..",
  })
  void disjointRanges(String a, String b) {
    DateRange x = DateRange.parse(a);
    DateRange y = DateRange.parse(b);
    assertThat(x.overlaps(y)).isFalse();
    assertThat(y.overlaps(x)).isFalse();
    assertThat(x.intersection(y)).isEmpty();
  }

  @Test
  void equalityIsByBothEnds() {
    assertThat(DateRange.parse("2019-01-01/..")).isEqualTo(DateRange.from(d("2019-01-01")));
    assertThat(DateRange.parse("2019-01-01/..").hashCode())
        .isEqualTo(DateRange.from(d("2019-01-01")).hashCode());
    assertThat(DateRange.from(d("2019-01-01")))
        .isNotEqualTo(DateRange.of(d("2019-01-01"), d("2020-01-01")));
    assertThat(DateRange.of(d("2019-01-01"), d("2020-01-01")))
        .isNotEqualTo(DateRange.from(d("2019-01-01")));
  }
}
