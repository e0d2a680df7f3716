package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.money.Money;

/**
 * Laws of the wage determination over generated cases: valid evidence of every kind for the months
 * from the start of work to the injury month, with every policy and procedural fact.
 */
class WageDeterminationProperties {

  private static final YearMonth INJURY_MONTH = YearMonth.from(INJURY);

  /** The result, or the code of the domain error: what "the same outcome" compares. */
  private static Object outcome(WageCase c) {
    try {
      return OwnWageBase.determine(c, FIGURES);
    } catch (InsufficientEvidenceException e) {
      return e.code() + ": " + e.messageEn();
    }
  }

  @Property(tries = 300)
  void theOrderOfTheEvidenceNeverChangesTheResult(
      @ForAll("cases") WageCase c, @ForAll Random random) {
    List<EvidenceItem> shuffled = new ArrayList<>(c.evidence());
    Collections.shuffle(shuffled, random);
    Object original = outcome(c);
    Object reordered = outcome(c.withEvidence(shuffled));
    assertThat(reordered).isEqualTo(original);
    if (original instanceof WageDetermination d) {
      assertThat(((WageDetermination) reordered).explainZh()).isEqualTo(d.explainZh());
    }
  }

  @Property(tries = 300)
  void beforeTheClampTheAverageLiesBetweenTheSmallestAndLargestMonthUsed(
      @ForAll("cases") WageCase c) {
    Object o = outcome(c);
    Assume.that(o instanceof WageDetermination);
    WageDetermination d = (WageDetermination) o;
    Assume.that(d.basis() == WageDetermination.Basis.MONTHLY_AVERAGE);
    List<Money> used = d.months().stream().flatMap(r -> r.amountUsed().stream()).toList();
    Money min = used.stream().min(Money::compareTo).orElseThrow();
    Money max = used.stream().max(Money::compareTo).orElseThrow();
    assertThat(d.average()).isBetween(min, max);
    assertThat(d.originalWage()).isEqualTo(d.average());
    assertThat(d.ownWage()).isBetween(d.clamp().lower(), d.clamp().upper());
  }

  @Property(tries = 300)
  void addingAMoreCredibleItemForAMonthNeverLeavesALessCredibleOneChosen(
      @ForAll("cases") WageCase c,
      @ForAll("ranked") RankedItem added,
      @ForAll("offsets") int offset) {
    List<YearMonth> window = window(c);
    Assume.that(!window.isEmpty());
    YearMonth m = window.get(offset % window.size());
    EvidenceItem item =
        EvidenceItem.of(added.kind(), m, Money.parse("5000"))
            .withSignedByWorker(added.signed())
            .withPayerIsEmployer(added.employerPaid())
            .withSource("added");
    List<EvidenceItem> more = new ArrayList<>(c.evidence());
    more.add(item);
    WageDetermination d = OwnWageBase.determine(c.withEvidence(more), FIGURES);
    MonthRow row = d.months().stream().filter(r -> r.month().equals(m)).findFirst().orElseThrow();
    assertThat(row.chosen().orElseThrow().credibility())
        .isGreaterThanOrEqualTo(added.credibility());
  }

  @Property(tries = 200)
  void generatedCasesAreValid(@ForAll("cases") WageCase c) {
    assertThat(OwnWageBase.validate(c)).isEmpty();
  }

  private static List<YearMonth> window(WageCase c) {
    YearMonth start = YearMonth.from(c.employmentStart());
    YearMonth first =
        start.isAfter(INJURY_MONTH.minusMonths(12)) ? start : INJURY_MONTH.minusMonths(12);
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = first; m.isBefore(INJURY_MONTH); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** An item of known credibility, whatever the procedural facts. */
  record RankedItem(
      EvidenceKind kind, boolean signed, boolean employerPaid, Credibility credibility) {}

  @Provide
  Arbitrary<RankedItem> ranked() {
    return Arbitraries.of(
        new RankedItem(EvidenceKind.TAX_RECORD, false, true, Credibility.STRONG),
        new RankedItem(EvidenceKind.PAYROLL, true, true, Credibility.STRONG),
        new RankedItem(EvidenceKind.BANK_STATEMENT, false, true, Credibility.STRONG),
        new RankedItem(EvidenceKind.EMPLOYER_ADMISSION, false, true, Credibility.STRONG),
        new RankedItem(EvidenceKind.PAY_SLIP, false, true, Credibility.DOCUMENTARY),
        new RankedItem(EvidenceKind.BANK_STATEMENT, false, false, Credibility.DOCUMENTARY),
        new RankedItem(EvidenceKind.CONTRACT, false, true, Credibility.AGREED),
        new RankedItem(EvidenceKind.WITNESS, false, true, Credibility.TESTIMONY),
        new RankedItem(EvidenceKind.PAYROLL, false, true, Credibility.WEAK));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 11);
  }

  @Provide
  Arbitrary<WageCase> cases() {
    // Work started between March 2018 and November 2019, on any day up to the 28th.
    Arbitrary<LocalDate> starts =
        Combinators.combine(
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 28))
            .as((back, day) -> YearMonth.of(2019, 11).minusMonths(back).atDay(day));
    Arbitrary<WageOptions> options =
        Combinators.combine(
                Arbitraries.of(ConflictPolicy.class),
                Arbitraries.of(PartialMonthPolicy.class),
                Arbitraries.of(false, true))
            .as(
                (conflict, partial, grossUp) ->
                    new WageOptions(
                        conflict,
                        grossUp ? GrossUpPolicy.DIVIDE_BY_NET_SHARE : GrossUpPolicy.AS_RECORDED,
                        grossUp
                            ? SourcedFigure.userSupplied(new BigDecimal("0.105"), "测试用扣除比例")
                            : null,
                        partial));
    Arbitrary<ProceduralFacts> procedures =
        Arbitraries.of(ProceduralFacts.ProductionOrder.class).map(o -> new ProceduralFacts(o, ""));
    return starts.flatMap(
        start ->
            Combinators.combine(
                    item(YearMonth.from(start)).list().ofMaxSize(16), options, procedures)
                .as(
                    (items, o, p) -> {
                      List<EvidenceItem> sourced = new ArrayList<>();
                      for (int i = 0; i < items.size(); i++) {
                        // A source per item: records from one source never contradict each other.
                        sourced.add(items.get(i).withSource("s" + i));
                      }
                      return new WageCase(INJURY, start, sourced, p, o);
                    }));
  }

  private static Arbitrary<EvidenceItem> item(YearMonth startMonth) {
    int span = (int) startMonth.until(INJURY_MONTH, java.time.temporal.ChronoUnit.MONTHS);
    Arbitrary<YearMonth> months =
        Arbitraries.integers().between(0, span).map(startMonth::plusMonths);
    Arbitrary<Money> amounts =
        Arbitraries.longs().between(0, 3_000_000).map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
    Arbitrary<Integer> extraMonths =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 12)));
    return Combinators.combine(
            Arbitraries.of(EvidenceKind.class),
            months,
            extraMonths,
            amounts,
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 9))
        .as(
            (kind, month, extra, amount, signed, employerPaid, net, nonWageDraw) -> {
              YearMonth through = month.plusMonths(extra);
              if (through.isAfter(INJURY_MONTH)) {
                through = INJURY_MONTH;
              }
              EvidenceItem i =
                  new EvidenceItem(
                      "", kind, month, through, amount, "", signed, employerPaid, net, false, "");
              return nonWageDraw == 0 ? i.asNonWage("报销款") : i;
            });
  }
}
