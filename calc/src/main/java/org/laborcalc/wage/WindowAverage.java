package org.laborcalc.wage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.money.ExactMoney;
import org.laborcalc.money.Money;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The average over a {@link WageWindow}: every month of the window fixed by {@link
 * MonthResolution}, incomplete months under the {@link PartialMonthPolicy}, evidence outside the
 * window set apart, and the average of the months used, half-up to the fen. Fewer months worked
 * than the window: the average is over the months actually worked (《劳动合同法实施条例》第二十七条). No usable
 * month: the contract's agreed wage if there is one (the one covering the latest month), else
 * {@link InsufficientEvidenceException}. Immutable and thread-safe.
 */
final class WindowAverage {

  private static final int AVERAGE_EXACT_SCALE = 10;

  private final WageCase c;
  private final List<EvidenceItem> items;
  private final WindowMonths months;
  private final MonthAmount amounts;
  private final MonthResolution resolution;

  WindowAverage(WageCase c, WageWindow window) {
    this.c = c;
    this.items = c.evidence().stream().sorted(EvidenceItem.CANONICAL).toList();
    this.months = WindowMonths.of(window, c.employmentStart());
    this.amounts = new MonthAmount(c.options(), c.procedure(), months);
    this.resolution = new MonthResolution(items, c.options().conflictPolicy(), amounts, months);
  }

  WageFindings findings() {
    List<MonthRow> rows = new ArrayList<>();
    List<YearMonth> conflictMonths = new ArrayList<>();
    List<Money> bases = new ArrayList<>();
    for (YearMonth m = months.first(); !m.isAfter(months.last()); m = m.plusMonths(1)) {
      MonthResolution.Finding f = resolution.resolve(m);
      rows.add(f.row());
      if (f.conflict()) {
        conflictMonths.add(m);
      }
      f.declaredBase().ifPresent(bases::add);
    }
    rows = applyPartialMonthPolicy(rows);
    List<AssessedEvidence> outside = outsideWindow();

    List<Money> used = rows.stream().flatMap(r -> r.amountUsed().stream()).toList();
    WageDetermination.Basis basis;
    Optional<AssessedEvidence> fallback = Optional.empty();
    Money total = used.stream().reduce(Money.ZERO, Money::plus);
    ExactMoney averageExact;
    Money average;
    if (!used.isEmpty()) {
      basis = WageDetermination.Basis.MONTHLY_AVERAGE;
      BigDecimal n = BigDecimal.valueOf(used.size());
      averageExact = total.toExact().dividedBy(n, AVERAGE_EXACT_SCALE, RoundingMode.HALF_UP);
      // Rounding point "average": the exact quotient, rounded once, half-up to the fen.
      average = total.dividedBy(n, Money.DEFAULT_ROUNDING);
    } else {
      fallback = Optional.of(contractFallback(rows, outside));
      basis = WageDetermination.Basis.CONTRACT_FALLBACK;
      average = fallback.get().amount();
      averageExact = average.toExact();
    }
    Optional<Money> base = Optional.empty();
    if (!bases.isEmpty()) {
      Money sum = bases.stream().reduce(Money.ZERO, Money::plus);
      base = Optional.of(sum.dividedBy(BigDecimal.valueOf(bases.size()), Money.DEFAULT_ROUNDING));
    }
    FindingsWarnings warnings = new FindingsWarnings(c.options(), months);
    return new WageFindings(
        months.window(),
        c.employmentStart(),
        months.first(),
        months.last(),
        basis,
        rows,
        outside,
        fallback,
        used.size(),
        total,
        averageExact,
        average,
        base,
        bases.size(),
        warnings.aboutMonths(rows, conflictMonths, basis),
        warnings.aboutWindow(outside),
        warnings.aboutFigures(),
        citations(rows, fallback));
  }

  /**
   * Incomplete months under {@link PartialMonthPolicy#EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS}: left
   * out when a complete month has a chosen wage.
   */
  private List<MonthRow> applyPartialMonthPolicy(List<MonthRow> rows) {
    if (c.options().partialMonthPolicy() == PartialMonthPolicy.PRO_RATE) {
      return rows;
    }
    boolean completeExists =
        rows.stream().anyMatch(r -> r.complete() && r.status() == MonthRow.Status.USED);
    if (!completeExists) {
      return rows;
    }
    return rows.stream()
        .map(
            r ->
                !r.complete() && r.status() == MonthRow.Status.USED
                    ? new MonthRow(
                        r.month(),
                        r.complete(),
                        r.daysWorked(),
                        r.daysInMonth(),
                        MonthRow.Status.EXCLUDED_INCOMPLETE,
                        r.evidence())
                    : r)
        .toList();
  }

  private List<AssessedEvidence> outsideWindow() {
    YearMonth first = months.first();
    YearMonth last = months.last();
    WageWindow window = months.window();
    String event = window.anchor().labelZh();
    List<AssessedEvidence> out = new ArrayList<>();
    for (EvidenceItem item : items) {
      if (item.through().isBefore(first) || item.month().isAfter(last)) {
        Assessment a = Assessment.of(item, c.procedure());
        String itemMonths =
            item.isPeriod() ? item.month() + "至" + item.through() : item.month().toString();
        String range = months.empty() ? event + "当月入职，" + event + "前无完整月份" : first + "至" + last;
        out.add(
            new AssessedEvidence(
                List.of(item),
                item.kind(),
                item.amount(),
                item.amount(),
                "",
                "",
                a.credibility(),
                Outcome.OUTSIDE_WINDOW,
                "所涉月份（" + itemMonths + "）不在计算期间（" + range + "）内，不予计算",
                "its months ("
                    + (item.isPeriod() ? item.month() + " to " + item.through() : item.month())
                    + ") are outside the window ("
                    + (months.empty()
                        ? "none: started in the " + window.anchor().attributiveEn() + " month"
                        : first + " to " + last)
                    + ")",
                List.of(window.rule())));
      }
    }
    return out;
  }

  /**
   * No month has usable evidence: the contract's agreed monthly wage, the one covering the latest
   * month (ties by the conflict policy).
   */
  private AssessedEvidence contractFallback(List<MonthRow> rows, List<AssessedEvidence> outside) {
    List<EvidenceItem> contracts =
        items.stream().filter(i -> i.kind() == EvidenceKind.CONTRACT && !i.nonWage()).toList();
    if (contracts.isEmpty()) {
      throw InsufficientEvidence.exception(months, rows, outside);
    }
    YearMonth latest =
        contracts.stream().map(EvidenceItem::through).max(Comparator.naturalOrder()).orElseThrow();
    // A stated monthly rate: no pro-rating (see EvidenceKind#recordsPaymentForTheMonth).
    Candidate chosen =
        resolution.first(
            contracts.stream()
                .filter(i -> i.through().equals(latest))
                .map(i -> amounts.candidate(List.of(i), i.through()))
                .toList());
    WageWindow window = months.window();
    return chosen.as(
        Outcome.CHOSEN,
        chosen.assessment().reasonZh()
            + "；"
            + window.anchor().labelZh()
            + "前"
            + window.monthsBefore()
            + "个月内没有可以认定工资的证据，以劳动合同约定的月工资作为月平均工资",
        chosen.assessment().reasonEn()
            + "; no month before "
            + window.anchor().labelEn()
            + " has usable evidence, so the agreed monthly wage"
            + " stands in for the average",
        List.of(WageLaw.CONTRACT_WAGE, window.rule()));
  }

  /**
   * The month-table articles: fewer months than the window, then each month's evidence, then the
   * contract fallback.
   */
  private List<Citation> citations(List<MonthRow> rows, Optional<AssessedEvidence> fallback) {
    Set<Citation> cites = new LinkedHashSet<>();
    if (!rows.isEmpty() && rows.size() < months.window().monthsBefore()) {
      cites.add(WageLaw.FEWER_MONTHS);
    }
    for (MonthRow r : rows) {
      for (AssessedEvidence a : r.evidence()) {
        cites.addAll(a.citations());
      }
    }
    fallback.ifPresent(f -> cites.addAll(f.citations()));
    return List.copyOf(cites);
  }
}
