package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of money: exact addition, the fen as the unit, one representation per amount. */
class MoneyProperties {

  /** Up to 10^11 yuan either way, so that sums of three never leave the allowed range. */
  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.longs()
        .between(-10_000_000_000_000L, 10_000_000_000_000L)
        .edgeCases(c -> c.includeOnly(0L, 1L, -1L, 50L, -50L))
        .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
  }

  /** Up to 10^10 yuan either way, so that twenty of them stay in range. */
  @Provide
  Arbitrary<Money> smallMoney() {
    return Arbitraries.longs()
        .between(-1_000_000_000_000L, 1_000_000_000_000L)
        .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("money") Money x) {
    assertThat(Money.parse(x.toString())).isEqualTo(x);
  }

  @Property
  void stringRoundTripOverTheWholeRange(
      @ForAll @LongRange(min = -100_000_000_000_000L, max = 100_000_000_000_000L) long fen) {
    Money m = Money.of(BigDecimal.valueOf(fen, 2));
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @Property
  void groupedStringIsTheStringWithCommas(@ForAll("money") Money x) {
    assertThat(x.toGroupedString().replace(",", "")).isEqualTo(x.toString());
  }

  @Property
  void plusIsCommutative(@ForAll("money") Money a, @ForAll("money") Money b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
  }

  @Property
  void plusIsAssociative(
      @ForAll("money") Money a, @ForAll("money") Money b, @ForAll("money") Money c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void zeroIsTheIdentity(@ForAll("money") Money a) {
    assertThat(a.plus(Money.ZERO)).isEqualTo(a);
    assertThat(a.minus(a)).isEqualTo(Money.ZERO);
    assertThat(a.plus(a.negated())).isEqualTo(Money.ZERO);
    assertThat(a.negated().negated()).isEqualTo(a);
  }

  @Property
  void minusUndoesPlus(@ForAll("money") Money a, @ForAll("money") Money b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
  }

  @Property
  void timesIsRepeatedPlus(
      @ForAll("smallMoney") Money a, @ForAll @IntRange(min = 0, max = 20) int n) {
    Money sum = Money.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.plus(a);
    }
    assertThat(a.times(n)).isEqualTo(sum);
  }

  @Property
  void compareToIsConsistentWithEquals(@ForAll("money") Money a, @ForAll("money") Money b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Property
  void equalAmountsAreEqualWhateverTheScaleGiven(
      @ForAll("money") Money a, @ForAll @IntRange(min = 2, max = 12) int scale) {
    Money same = Money.of(a.amount().setScale(scale));
    assertThat(same).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(same.toString()).isEqualTo(a.toString());
  }

  @Property
  void anAmountAlreadyAtTheFenIsNotChangedByRounding(
      @ForAll("money") Money a, @ForAll RoundingMode mode) {
    assertThat(Money.rounded(a.amount(), mode)).isEqualTo(a);
    assertThat(a.toExact().roundToFen()).isEqualTo(a);
    assertThat(a.times(BigDecimal.ONE, mode)).isEqualTo(a);
    assertThat(a.dividedBy(BigDecimal.ONE, mode)).isEqualTo(a);
  }

  /** Half a fen rounds away from zero under HALF_UP (四舍五入), for every amount. */
  @Property
  void halfAFenRoundsAwayFromZero(
      @ForAll @LongRange(min = 0, max = 100_000_000_000_000L - 1) long fen,
      @ForAll boolean negative) {
    BigDecimal halfway = BigDecimal.valueOf(fen).add(new BigDecimal("0.5")).movePointLeft(2);
    BigDecimal up = BigDecimal.valueOf(fen + 1, 2);
    if (negative) {
      halfway = halfway.negate();
      up = up.negate();
    }
    assertThat(Money.rounded(halfway, RoundingMode.HALF_UP)).isEqualTo(Money.of(up));
  }

  @Property
  void roundingIsWithinHalfAFen(
      @ForAll("money") Money a,
      @ForAll @IntRange(min = 1, max = 10_000) int divisor,
      @ForAll @IntRange(min = 0, max = 300) int percent) {
    BigDecimal d = BigDecimal.valueOf(divisor);
    BigDecimal halfFen = new BigDecimal("0.005");
    // |q − a/d| ≤ 0.005, hence |q·d − a| ≤ 0.005·d
    Money q = a.dividedBy(d, RoundingMode.HALF_UP);
    assertThat(q.amount().multiply(d).subtract(a.amount()).abs())
        .isLessThanOrEqualTo(halfFen.multiply(d));
    BigDecimal factor = BigDecimal.valueOf(percent, 2);
    BigDecimal exact = a.amount().multiply(factor);
    assertThat(a.times(factor, RoundingMode.HALF_UP).amount().subtract(exact).abs())
        .isLessThanOrEqualTo(halfFen);
  }

  @Property
  void multiplyingByAWholeNumberThenDividingIsExact(
      @ForAll("money") Money a, @ForAll @IntRange(min = 1, max = 9) int n) {
    assertThat(a.times(n).dividedBy(BigDecimal.valueOf(n), RoundingMode.UNNECESSARY)).isEqualTo(a);
  }
}
