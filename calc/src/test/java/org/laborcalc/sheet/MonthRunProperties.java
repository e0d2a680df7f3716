package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Laws of collapsing a month table into runs: no month is lost, gained or shown differently. */
class MonthRunProperties {

  private record Shown(YearMonth month, String finding) {}

  @Property(tries = 500)
  void theRunsMonthCountsSumToTheNumberOfMonths(@ForAll("tables") List<Shown> table) {
    List<MonthRun<String>> runs = MonthRun.collapse(table, Shown::month, Shown::finding);
    assertThat(runs.stream().mapToInt(MonthRun::months).sum()).isEqualTo(table.size());
  }

  @Property(tries = 500)
  void expandingTheRunsGivesBackTheTable(@ForAll("tables") List<Shown> table) {
    List<Shown> expanded = new ArrayList<>();
    for (MonthRun<String> run : MonthRun.collapse(table, Shown::month, Shown::finding)) {
      for (YearMonth m = run.first(); !m.isAfter(run.last()); m = m.plusMonths(1)) {
        expanded.add(new Shown(m, run.value()));
      }
    }
    assertThat(expanded).isEqualTo(table);
  }

  @Property(tries = 500)
  void neighbouringRunsCannotBeMerged(@ForAll("tables") List<Shown> table) {
    List<MonthRun<String>> runs = MonthRun.collapse(table, Shown::month, Shown::finding);
    for (int i = 1; i < runs.size(); i++) {
      MonthRun<String> before = runs.get(i - 1);
      MonthRun<String> after = runs.get(i);
      boolean adjacent = after.first().equals(before.last().plusMonths(1));
      assertThat(adjacent && after.value().equals(before.value())).isFalse();
    }
  }

  /** Up to 24 months in order, some skipped, each showing one of three findings. */
  @Provide
  Arbitrary<List<Shown>> tables() {
    Arbitrary<Integer> step = Arbitraries.frequency(Tuple.of(6, 1), Tuple.of(1, 2), Tuple.of(1, 4));
    return Arbitraries.integers()
        .between(0, 24)
        .flatMap(
            n ->
                step.list()
                    .ofSize(n)
                    .flatMap(
                        steps ->
                            Arbitraries.of("bank 6,500.00", "payroll 3,500.00", "none")
                                .list()
                                .ofSize(n)
                                .map(findings -> table(steps, findings))));
  }

  private static List<Shown> table(List<Integer> steps, List<String> findings) {
    List<Shown> table = new ArrayList<>();
    YearMonth m = YearMonth.of(2018, 11);
    for (int i = 0; i < steps.size(); i++) {
      m = m.plusMonths(steps.get(i));
      table.add(new Shown(m, findings.get(i)));
    }
    return table;
  }
}
