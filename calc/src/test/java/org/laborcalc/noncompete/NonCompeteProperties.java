package org.laborcalc.noncompete;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;

/**
 * The laws of the non-compete compensation, over agreed amounts up to 100,000.00, ends of
 * employment in 2010–2030 and terms up to 36 months.
 */
class NonCompeteProperties {
  private static final Parameters P = BundledPacks.parameters();
  private static final NonCompeteCalculation CALC = NonCompeteCalculation.INSTANCE;

  private static NonCompeteResult agreed(
      int fen, LocalDate end, int term, LocalDate through, NonCompeteOptions o) {
    NonCompeteCase c =
        new NonCompeteCase(
            Region.of("370800"),
            end,
            term,
            Money.of(BigDecimal.valueOf(fen, 2)),
            List.of(),
            through,
            Money.ZERO,
            null,
            null,
            null);
    return CALC.compute(c, o, P);
  }

  /**
   * The total is the sum of the lines, each line's formula recomputes its amount, and a period of
   * whole months is paid months × the agreed amount (never more than 24 months, art. 24 ¶2).
   */
  @Property(tries = 300)
  void wholeMonthsPayTheMonthlyAmountEachAndTheTotalIsTheSum(
      @ForAll @IntRange(min = 1, max = 10_000_000) int fen,
      @ForAll @IntRange(min = 0, max = 7000) int endDay,
      @ForAll @IntRange(min = 1, max = 36) int term,
      @ForAll @IntRange(min = 1, max = 36) int claimedMonths) {
    LocalDate end = LocalDate.of(2010, 1, 1).plusDays(endDay);
    LocalDate start = end.plusDays(1);
    LocalDate through = start.plusMonths(claimedMonths).minusDays(1);
    NonCompeteResult r = agreed(fen, end, term, through, NonCompeteOptions.defaults());
    Money sum = Money.ZERO;
    for (NonCompeteLine l : r.lines()) {
      assertThat(l.formula().evaluate()).isEqualTo(l.amount());
      sum = sum.plus(l.amount());
    }
    assertThat(r.employerTotal()).isEqualTo(sum);
    int months = Math.min(claimedMonths, Math.min(term, 24));
    assertThat(r.employerTotal()).isEqualTo(Money.of(BigDecimal.valueOf(fen, 2)).times(months));
  }

  /**
   * Claiming one more day never lowers the compensation, and a part month never pays more than the
   * whole month would.
   */
  @Property(tries = 300)
  void theCompensationIsMonotoneInTheLastDayClaimed(
      @ForAll @IntRange(min = 1, max = 10_000_000) int fen,
      @ForAll @IntRange(min = 0, max = 7000) int endDay,
      @ForAll @IntRange(min = 0, max = 800) int days) {
    LocalDate end = LocalDate.of(2010, 1, 1).plusDays(endDay);
    LocalDate through = end.plusDays(1 + days);
    Money shorter = agreed(fen, end, 24, through, NonCompeteOptions.defaults()).employerTotal();
    Money longer =
        agreed(fen, end, 24, through.plusDays(1), NonCompeteOptions.defaults()).employerTotal();
    assertThat(longer).isGreaterThanOrEqualTo(shorter);
    Money whole =
        agreed(
                fen,
                end,
                24,
                through,
                new NonCompeteOptions(
                    NonCompeteOptions.AgreedAmount.AS_AGREED,
                    NonCompeteOptions.PartMonth.WHOLE_MONTHS_ONLY))
            .employerTotal();
    Money monthly = Money.of(BigDecimal.valueOf(fen, 2));
    assertThat(shorter).isGreaterThanOrEqualTo(whole);
    assertThat(shorter).isLessThanOrEqualTo(whole.plus(monthly));
  }
}
