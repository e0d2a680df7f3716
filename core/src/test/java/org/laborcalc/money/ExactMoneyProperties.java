package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of intermediate amounts: numeric equality, exact arithmetic, one rounding at the end. */
class ExactMoneyProperties {

  @Property
  void equalityAndHashIgnoreTheScale(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long unscaled,
      @ForAll @IntRange(min = 0, max = 8) int scale,
      @ForAll @IntRange(min = 0, max = 8) int extra) {
    BigDecimal a = BigDecimal.valueOf(unscaled, scale);
    ExactMoney x = ExactMoney.of(a);
    ExactMoney y = ExactMoney.of(a.setScale(scale + extra));
    assertThat(x).isEqualTo(y).hasSameHashCodeAs(y);
    assertThat(x.compareTo(y)).isZero();
  }

  @Property
  void compareToIsConsistentWithEquals(
      @ForAll @LongRange(min = -1000, max = 1000) long a,
      @ForAll @IntRange(min = 0, max = 3) int scaleA,
      @ForAll @LongRange(min = -1000, max = 1000) long b,
      @ForAll @IntRange(min = 0, max = 3) int scaleB) {
    ExactMoney x = ExactMoney.of(BigDecimal.valueOf(a, scaleA));
    ExactMoney y = ExactMoney.of(BigDecimal.valueOf(b, scaleB));
    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
  }

  /** Summing exactly and rounding once is within half a fen of the true sum. */
  @Property
  void oneRoundingAtTheEnd(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b) {
    BigDecimal exact = BigDecimal.valueOf(a, 4).add(BigDecimal.valueOf(b, 4));
    Money rounded =
        ExactMoney.of(BigDecimal.valueOf(a, 4))
            .plus(ExactMoney.of(BigDecimal.valueOf(b, 4)))
            .roundToFen();
    assertThat(rounded.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(rounded).isEqualTo(Money.rounded(exact, RoundingMode.HALF_UP));
  }

  @Property
  void dividingAndMultiplyingBackIsWithinTheLastPlace(
      @ForAll @LongRange(min = -100_000_000_00L, max = 100_000_000_00L) long fen,
      @ForAll @IntRange(min = 1, max = 1000) int divisor,
      @ForAll @IntRange(min = 0, max = 10) int scale) {
    ExactMoney a = ExactMoney.of(BigDecimal.valueOf(fen, 2));
    BigDecimal d = BigDecimal.valueOf(divisor);
    ExactMoney q = a.dividedBy(d, scale, RoundingMode.HALF_UP);
    BigDecimal halfUnit = BigDecimal.valueOf(5, scale + 1);
    assertThat(q.amount().multiply(d).subtract(a.amount()).abs())
        .isLessThanOrEqualTo(halfUnit.multiply(d));
  }
}
