package org.laborcalc.probation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;

/**
 * The laws of art. 83, over fixed terms of 1 to 120 months from days 1–28 of months in 2008–2040,
 * probations of up to 12 months and wages up to 100,000.00.
 */
class ProbationProperties {
  private static final Parameters P = BundledPacks.parameters();
  private static final ProbationCalculation CALC = ProbationCalculation.INSTANCE;

  /**
   * A probation within the law costs nothing; beyond it, the whole months beyond × the wage, never
   * more than the months performed; the total is the sum of the lines, each formula recomputing its
   * amount; performing one more day never lowers it.
   */
  @Property(tries = 400)
  void theDamagesAreTheMonthsBeyondTheLawTimesTheWage(
      @ForAll @IntRange(min = 0, max = 12000) int startDay,
      @ForAll @IntRange(min = 1, max = 120) int termMonths,
      @ForAll @IntRange(min = 1, max = 12) int probationMonths,
      @ForAll @IntRange(min = 1, max = 10_000_000) int fen) {
    // Starts on days 1–28: from the 29th on, a month after a shorter month ends earlier, and the
    // excess is counted in its own months from its first day (a part month then remains).
    LocalDate day = LocalDate.of(2008, 1, 1).plusDays(startDay);
    LocalDate start = day.withDayOfMonth(Math.min(day.getDayOfMonth(), 28));
    LocalDate end = start.plusMonths(termMonths).minusDays(1);
    LocalDate probationTo = start.plusMonths(probationMonths).minusDays(1);
    if (probationTo.isAfter(end)) {
      probationTo = end;
    }
    Money wage = Money.of(BigDecimal.valueOf(fen, 2));
    ProbationResult r = compute(start, end, probationTo, probationTo, wage);
    int lawful = termMonths < 3 ? 0 : termMonths < 12 ? 1 : termMonths < 36 ? 2 : 6;
    assertThat(r.allowedMonths()).isEqualTo(lawful);
    Money sum = Money.ZERO;
    for (ProbationLine l : r.lines()) {
      assertThat(l.formula().evaluate()).isEqualTo(l.amount());
      sum = sum.plus(l.amount());
    }
    assertThat(r.total()).isEqualTo(sum);
    int performed = Math.min(probationMonths, termMonths);
    assertThat(r.total()).isEqualTo(wage.times(Math.max(0, performed - lawful)));
    if (probationTo.isAfter(start)) {
      ProbationResult shorter = compute(start, end, probationTo, probationTo.minusDays(1), wage);
      assertThat(shorter.total()).isLessThanOrEqualTo(r.total());
    }
  }

  private static ProbationResult compute(
      LocalDate start, LocalDate end, LocalDate probationTo, LocalDate performed, Money wage) {
    ProbationCase c =
        new ProbationCase(
            Region.of("110000"),
            ProbationCase.ContractKind.FIXED_TERM,
            start,
            end,
            false,
            false,
            start,
            probationTo,
            performed,
            wage);
    return CALC.compute(c, ProbationOptions.defaults(), P);
  }
}
