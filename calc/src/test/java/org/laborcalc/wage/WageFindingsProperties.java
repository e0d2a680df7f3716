package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;

/**
 * Laws of the evidence weighing for any anchor, anchor date and window length: the average lies
 * between the smallest and the largest month used, and the order of the evidence never changes the
 * findings.
 */
class WageFindingsProperties {

  private static final Citation RULE = Citation.of(Instruments.get("laodong-hetong-fa"), 47, 3);

  /** A case and the window it is weighed over. */
  record Weighing(WageCase wageCase, WageWindow window) {}

  private static Object outcome(WageCase c, WageWindow w) {
    try {
      return EvidenceWeighing.weigh(c, w);
    } catch (InsufficientEvidenceException e) {
      return e.code() + ": " + e.messageEn();
    }
  }

  @Property(tries = 300)
  void theAverageLiesBetweenTheSmallestAndLargestMonthUsed(@ForAll("weighings") Weighing w) {
    Object o = outcome(w.wageCase(), w.window());
    Assume.that(o instanceof WageFindings);
    WageFindings f = (WageFindings) o;
    Assume.that(f.basis() == WageDetermination.Basis.MONTHLY_AVERAGE);
    List<Money> used = f.months().stream().flatMap(r -> r.amountUsed().stream()).toList();
    assertThat(used).hasSize(f.monthsAveraged());
    Money min = used.stream().min(Money::compareTo).orElseThrow();
    Money max = used.stream().max(Money::compareTo).orElseThrow();
    assertThat(f.average()).isBetween(min, max);
    assertThat(f.months()).hasSizeLessThanOrEqualTo(w.window().monthsBefore());
    assertThat(f.months())
        .allMatch(r -> r.month().isBefore(w.window().anchorMonth()))
        .allMatch(r -> !r.month().isBefore(YearMonth.from(w.wageCase().employmentStart())));
  }

  @Property(tries = 300)
  void theOrderOfTheEvidenceNeverChangesTheFindings(
      @ForAll("weighings") Weighing w, @ForAll Random random) {
    List<EvidenceItem> shuffled = new ArrayList<>(w.wageCase().evidence());
    Collections.shuffle(shuffled, random);
    assertThat(outcome(w.wageCase().withEvidence(shuffled), w.window()))
        .isEqualTo(outcome(w.wageCase(), w.window()));
  }

  @Provide
  Arbitrary<Weighing> weighings() {
    // The anchor falls between 2019-01 and 2022-12; work started up to 30 months before it.
    Arbitrary<LocalDate> anchorDates =
        Combinators.combine(
                Arbitraries.integers().between(0, 47), Arbitraries.integers().between(1, 28))
            .as((m, day) -> YearMonth.of(2019, 1).plusMonths(m).atDay(day));
    Arbitrary<WageWindow> windows =
        Combinators.combine(
                Arbitraries.of(WindowAnchor.class),
                anchorDates,
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, Arbitraries.just(12)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 24))))
            .as((anchor, date, months) -> new WageWindow(anchor, date, months, "测试", RULE));
    Arbitrary<WageOptions> options =
        Combinators.combine(
                Arbitraries.of(ConflictPolicy.class), Arbitraries.of(PartialMonthPolicy.class))
            .as(
                (conflict, partial) ->
                    new WageOptions(conflict, GrossUpPolicy.AS_RECORDED, null, partial));
    Arbitrary<ProceduralFacts> procedures =
        Arbitraries.of(ProceduralFacts.ProductionOrder.class).map(o -> new ProceduralFacts(o, ""));
    return windows.flatMap(
        window ->
            Combinators.combine(
                    Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 28))
                .as(
                    (back, day) ->
                        earlier(window.anchorMonth().minusMonths(back).atDay(day), window))
                .flatMap(
                    start ->
                        Combinators.combine(
                                item(YearMonth.from(start), window.anchorMonth())
                                    .list()
                                    .ofMaxSize(16),
                                options,
                                procedures)
                            .as(
                                (items, o, p) -> {
                                  List<EvidenceItem> sourced = new ArrayList<>();
                                  for (int i = 0; i < items.size(); i++) {
                                    sourced.add(items.get(i).withSource("s" + i));
                                  }
                                  // The injury date is what validation reads; the window is apart.
                                  LocalDate injury =
                                      start.isAfter(window.anchorDate())
                                          ? start
                                          : window.anchorDate();
                                  return new Weighing(
                                      new WageCase(injury, start, sourced, p, o), window);
                                })));
  }

  private static LocalDate earlier(LocalDate start, WageWindow window) {
    return start.isAfter(window.anchorDate()) ? window.anchorDate() : start;
  }

  private static Arbitrary<EvidenceItem> item(YearMonth startMonth, YearMonth anchorMonth) {
    int span = (int) startMonth.until(anchorMonth, ChronoUnit.MONTHS);
    Arbitrary<YearMonth> months =
        Arbitraries.integers().between(0, span).map(startMonth::plusMonths);
    Arbitrary<Money> amounts =
        Arbitraries.longs().between(0, 3_000_000).map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
    return Combinators.combine(
            Arbitraries.of(EvidenceKind.class),
            months,
            Arbitraries.integers().between(0, 3),
            amounts,
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .as(
            (kind, month, extra, amount, signed, employerPaid, net) -> {
              YearMonth through = month.plusMonths(extra);
              if (through.isAfter(anchorMonth)) {
                through = anchorMonth;
              }
              return new EvidenceItem(
                  "", kind, month, through, amount, "", signed, employerPaid, net, false, "");
            });
  }
}
