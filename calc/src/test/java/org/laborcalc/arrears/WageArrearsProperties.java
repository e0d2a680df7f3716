package org.laborcalc.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;

/** The laws of wage arrears and art. 85, over months of 2010–2030 and amounts up to 100,000.00. */
class WageArrearsProperties {
  private static final Parameters P = BundledPacks.parameters();
  private static final WageArrearsCalculation CALC = WageArrearsCalculation.INSTANCE;

  private static WageArrearsCase months(List<Integer> payableFen, List<Integer> paidFen) {
    List<WageArrearsCase.MonthPay> ms = new ArrayList<>();
    YearMonth m = YearMonth.of(2010, 1);
    for (int i = 0; i < payableFen.size(); i++) {
      Money payable = Money.of(BigDecimal.valueOf(payableFen.get(i) + 1L, 2));
      Money paid = Money.of(BigDecimal.valueOf(paidFen.get(i % paidFen.size()), 2));
      ms.add(WageArrearsCase.MonthPay.of(m.plusMonths(i), payable, paid));
    }
    return new WageArrearsCase(Region.of("110000"), null, 10, false, ms, null);
  }

  private static WageArrearsCase ordered(Money amount, BigDecimal rate) {
    return new WageArrearsCase(
        Region.of("110000"),
        null,
        null,
        false,
        List.of(),
        new WageArrearsCase.Order(
            LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 25), amount, Money.ZERO, rate));
  }

  /** The total is the sum of the lines, and each month's line is payable − paid when positive. */
  @Property(tries = 200)
  void theTotalIsTheSumOfTheMonths(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 10_000_000) Integer> payable,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 10_000_000) Integer> paid) {
    WageArrearsCase c = months(payable, paid);
    WageArrearsResult r = CALC.compute(c, WageArrearsOptions.defaults(), P);
    Money sum = Money.ZERO;
    for (WageArrearsLine l : r.lines()) {
      sum = sum.plus(l.amount());
      assertThat(l.formula().evaluate()).isEqualTo(l.amount());
    }
    Money expected = Money.ZERO;
    for (WageArrearsCase.MonthPay m : c.months()) {
      expected = expected.plus(m.payable().minus(m.paid()).max(Money.ZERO));
    }
    assertThat(r.total()).isEqualTo(sum).isEqualTo(r.arrearsTotal()).isEqualTo(expected);
  }

  /** Art. 85: between 50% and 100% of the base, and never less at a higher rate. */
  @Property(tries = 300)
  void theAdditionalCompensationIsMonotoneInTheRateAndWithinHalfToAllOfTheBase(
      @ForAll @IntRange(min = 1, max = 100_000_000) int fen,
      @ForAll @IntRange(min = 5000, max = 10000) int lowBasisPoints,
      @ForAll @IntRange(min = 0, max = 5000) int more) {
    Money base = Money.of(BigDecimal.valueOf(fen, 2));
    int highBasisPoints = Math.min(10000, lowBasisPoints + more);
    Money low = art85(base, BigDecimal.valueOf(lowBasisPoints, 2));
    Money high = art85(base, BigDecimal.valueOf(highBasisPoints, 2));
    assertThat(high).isGreaterThanOrEqualTo(low);
    assertThat(low)
        .isGreaterThanOrEqualTo(base.times(new BigDecimal("0.5"), java.math.RoundingMode.HALF_UP));
    assertThat(high).isLessThanOrEqualTo(base);
  }

  private static Money art85(Money base, BigDecimal rate) {
    WageArrearsResult r = CALC.compute(ordered(base, rate), WageArrearsOptions.defaults(), P);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).code()).isEqualTo(WageArrearsLine.ADDITIONAL_COMPENSATION);
    return r.total();
  }
}
