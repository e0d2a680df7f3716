package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthRunTest {

  /** A month of the evidence table as the sheet shows it: the month and what it shows. */
  private record Shown(YearMonth month, String finding) {}

  private static Shown shown(String month, String finding) {
    return new Shown(YearMonth.parse(month), finding);
  }

  private static List<MonthRun<String>> collapse(Shown... rows) {
    return MonthRun.collapse(List.of(rows), Shown::month, Shown::finding);
  }

  private static MonthRun<String> run(String first, String last, String finding) {
    return new MonthRun<>(YearMonth.parse(first), YearMonth.parse(last), finding);
  }

  @Test
  void consecutiveMonthsWithEqualRowsMergeIntoOneRun() {
    assertThat(
            collapse(
                shown("2019-03", "bank 6,500.00"),
                shown("2019-04", "bank 6,500.00"),
                shown("2019-05", "bank 6,500.00")))
        .containsExactly(run("2019-03", "2019-05", "bank 6,500.00"));
  }

  @Test
  void aRunReadsAsItsEndsAndItsMonthCount() {
    MonthRun<String> nine = run("2019-03", "2019-11", "bank 6,500.00");
    assertThat(nine.months()).isEqualTo(9);
    assertThat(nine.label().zh()).isEqualTo("2019-03 至 2019-11（9个月）");
    assertThat(nine.label().en()).isEqualTo("2019-03 to 2019-11 (9 months)");
  }

  @Test
  void aRunCrossesTheYearEnd() {
    assertThat(collapse(shown("2018-12", "a"), shown("2019-01", "a")))
        .containsExactly(run("2018-12", "2019-01", "a"));
  }

  @Test
  void aDifferingMonthBreaksTheRun() {
    assertThat(
            collapse(
                shown("2019-03", "bank 6,500.00"),
                shown("2019-04", "payroll 3,500.00"),
                shown("2019-05", "bank 6,500.00")))
        .containsExactly(
            run("2019-03", "2019-03", "bank 6,500.00"),
            run("2019-04", "2019-04", "payroll 3,500.00"),
            run("2019-05", "2019-05", "bank 6,500.00"));
  }

  @Test
  void aMissingMonthBreaksTheRunEvenWhenTheRowsAreEqual() {
    assertThat(collapse(shown("2019-03", "a"), shown("2019-04", "a"), shown("2019-06", "a")))
        .containsExactly(run("2019-03", "2019-04", "a"), run("2019-06", "2019-06", "a"));
  }

  @Test
  void oneMonthShowsNoRange() {
    List<MonthRun<String>> runs = collapse(shown("2019-03", "a"));
    assertThat(runs).containsExactly(run("2019-03", "2019-03", "a"));
    assertThat(runs.get(0).months()).isEqualTo(1);
    assertThat(runs.get(0).label().zh()).isEqualTo("2019-03");
  }

  @Test
  void noMonthsGiveNoRuns() {
    assertThat(collapse()).isEmpty();
  }

  @Test
  void monthsOutOfOrderOrRepeatedAreRefused() {
    assertThatThrownBy(() -> collapse(shown("2019-04", "a"), shown("2019-03", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months (2019-03 after 2019-04) must be strictly increasing");
    assertThatThrownBy(() -> collapse(shown("2019-04", "a"), shown("2019-04", "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> run("2019-04", "2019-03", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last (2019-03) must not be before first (2019-04)");
  }
}
