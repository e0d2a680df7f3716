package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The other side of each comparison and the edges of the guards in {@link Money} and {@link
 * ExactMoney}, which the calculators lean on: a 60% floor that is reached exactly is not "below the
 * floor", an allowance equal to the minimum wage needs no top-up.
 */
class MoneyComparisonEdgesTest {

  private static Money m(String text) {
    return Money.parse(text);
  }

  @ParameterizedTest(name = "{0} vs {1}: greater {2}, less {3}")
  @CsvSource({
    "3900.00, 3900.00, false, false",
    "3900.00, 3900.01, false, true",
    "3900.01, 3900.00, true, false",
    "-0.01, 0.00, false, true",
  })
  void strictComparisonsAreStrict(String a, String b, boolean greater, boolean less) {
    assertThat(m(a).isGreaterThan(m(b))).isEqualTo(greater);
    assertThat(m(a).isLessThan(m(b))).isEqualTo(less);
  }

  @ParameterizedTest(name = "{0}: zero {1}, negative {2}, positive {3}")
  @CsvSource({
    "0.00, true, false, false",
    "0.01, false, false, true",
    "-0.01, false, true, false",
    "6500, false, false, true",
  })
  void signPredicates(String amount, boolean zero, boolean negative, boolean positive) {
    Money money = m(amount);
    assertThat(money.isZero()).isEqualTo(zero);
    assertThat(money.isNegative()).isEqualTo(negative);
    assertThat(money.isPositive()).isEqualTo(positive);
  }

  @Test
  void minAndMaxKeepThisOneWhenEqual() {
    Money a = m("1950.00");
    Money same = m("1950");
    assertThat(a.min(same)).isSameAs(a);
    assertThat(a.max(same)).isSameAs(a);
    assertThat(a.min(m("1950.01"))).isSameAs(a);
    assertThat(m("1950.01").min(a)).isSameAs(a);
  }

  @Test
  void equalAmountsHashAlike() {
    assertThat(m("6500").hashCode()).isEqualTo(m("6500.00").hashCode());
    assertThat(ExactMoney.of(new BigDecimal("6500")).hashCode())
        .isEqualTo(ExactMoney.of(new BigDecimal("6500.000")).hashCode());
    assertThat(ExactMoney.of(new BigDecimal("0.000")).hashCode())
        .isEqualTo(ExactMoney.of(BigDecimal.ZERO).hashCode());
  }

  // ---- Money.divide: the guards before dividing ----

  @Test
  void zeroDividedByATinyDivisorIsZeroWithoutAnOverflowCheck() {
    // 0 / 10^-1000000 is 0: the zero dividend is answered before the size of the quotient is
    // estimated from the magnitudes, which would otherwise call it 10^1000000.
    assertThat(Money.ZERO.dividedBy(new BigDecimal("1E-1000000"), RoundingMode.HALF_UP))
        .isEqualTo(Money.ZERO);
    assertThat(
            ExactMoney.of(BigDecimal.ZERO)
                .dividedBy(new BigDecimal("1E-1000000"), 4, RoundingMode.HALF_UP)
                .amount())
        .isEqualByComparingTo("0");
  }

  @Test
  void aQuotientOfAHundredBillionYuanIsStillAnAmount() {
    // 10^11 has 12 digits before the point: one short of the 10^12 limit's 13.
    assertThat(m("100000000000").dividedBy(BigDecimal.ONE, RoundingMode.HALF_UP))
        .isEqualTo(m("100000000000"));
    assertThat(m("999999999999.99").dividedBy(BigDecimal.ONE, RoundingMode.HALF_UP))
        .isEqualTo(m("999999999999.99"));
  }

  @Test
  void aQuotientCertainlyBeyondTheLimitIsRefusedBeforeDividing() {
    // 10^12 / 0.1 = 10^13: 13 digits minus 0 digits puts it at or above 10^12 whatever the digits.
    assertThatThrownBy(
            () -> m("1000000000000").dividedBy(new BigDecimal("0.1"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quotient of 1000000000000.00 by divisor (0.1) must not exceed 1000000000000.00 in"
                + " magnitude");
  }

  @ParameterizedTest(name = "{0} / {1} {2} = {3}")
  @CsvSource({
    "0.01, 10, CEILING, 0.01",
    "0.01, 10, HALF_UP, 0.00",
    "-0.01, 10, FLOOR, -0.01",
    "0.01, -10, FLOOR, -0.01",
    "0.01, 100000, UP, 0.01",
    "0.01, 100000, DOWN, 0.00",
    "-0.01, -100000, UP, 0.01",
  })
  void tinyQuotientsRoundByTheirSign(
      String amount, String divisor, RoundingMode mode, String expected) {
    assertThat(m(amount).dividedBy(new BigDecimal(divisor), mode)).isEqualTo(m(expected));
  }

  // ---- how amounts are shown in messages ----

  @Test
  void anAmountWithTwentyTrailingZerosIsShownPlain() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+20")))
        .hasMessage("amount (100000000000000000000) must not exceed 10^12 yuan in magnitude");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+21")))
        .hasMessage("amount (1E+21) must not exceed 10^12 yuan in magnitude");
  }

  @Test
  void anAmountWithTwentyDecimalsIsShownPlain() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-20")))
        .hasMessage("amount (0.00000000000000000001) must not have more than 2 decimals");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-21")))
        .hasMessage("amount (1E-21) must not have more than 2 decimals");
  }

  @Test
  void fortyCharactersAreShownWholeAndFortyOneAbbreviated() {
    String forty = "1".repeat(40);
    assertThatThrownBy(() -> Money.parse(forty))
        .hasMessageStartingWith("amount (\"" + forty + "\") must be a plain decimal");
    assertThatThrownBy(() -> Money.parse(forty + "1"))
        .hasMessageStartingWith("amount (\"" + "1".repeat(37) + "...\") must be a plain decimal");
  }
}
