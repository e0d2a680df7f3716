package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static Money m(String text) {
    return Money.parse(text);
  }

  @Test
  void nineMonthsOfTheSeedWage() {
    assertThat(Money.parse("6500.00").times(9)).isEqualTo(Money.parse("58500"));
  }

  @Test
  void halfFenRoundsUp() {
    assertThat(Money.rounded(new BigDecimal("0.005"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("0.01"));
  }

  // ---- the strict factory ----

  @ParameterizedTest
  @CsvSource({"1.50, 1.50", "1.5, 1.50", "1, 1.00", "1.500, 1.50", "-0.01, -0.01", "0, 0.00"})
  void strictFactoryAcceptsAtMostTwoSignificantDecimals(String given, String shown) {
    Money money = Money.of(new BigDecimal(given));
    assertThat(money.toString()).isEqualTo(shown);
    assertThat(money.amount().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.005", "0.001", "-6500.001", "1E-1000000000"})
  void strictFactoryRefusesAThirdDecimal(String given) {
    assertThatThrownBy(() -> Money.of(new BigDecimal(given)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(") must not have more than 2 decimals");
  }

  @Test
  void strictFactoryMessageShowsTheAmount() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.005")))
        .hasMessage("amount (1.005) must not have more than 2 decimals");
  }

  @Test
  void ofYuanIsWholeYuan() {
    assertThat(Money.ofYuan(6500)).isEqualTo(m("6500.00"));
    assertThat(Money.ofYuan(-1).toString()).isEqualTo("-1.00");
  }

  // ---- parse ----

  @ParameterizedTest
  @CsvSource({
    "6500, 6500.00",
    "6500.5, 6500.50",
    "6500.50, 6500.50",
    "-12.3, -12.30",
    "0, 0.00",
    "-0, 0.00",
    "-0.00, 0.00",
    "1000000000000, 1000000000000.00",
    "-1000000000000.00, -1000000000000.00",
  })
  void parseAcceptsPlainDecimals(String text, String shown) {
    assertThat(Money.parse(text).toString()).isEqualTo(shown);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e3",
        "1E3",
        "+5",
        "1,000",
        "",
        " 5",
        "5 ",
        ".5",
        "5.",
        "1.005",
        "--5",
        "NaN",
        "Infinity",
        "0x10",
        "1_000",
        "٥",
        "12345678901234",
        "１２",
        "5元",
        "¥5"
      })
  void parseRefusesAnythingButAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "amount (\""
                + text
                + "\") must be a plain decimal with at most 2 decimals, such as \"6500.00\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000.01", "-1000000000000.01", "9999999999999"})
  void parseRefusesMoreThanATrillionYuan(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount (" + text + ") must not exceed 10^12 yuan in magnitude");
  }

  @Test
  void parseAbbreviatesLongInput() {
    String text = "x".repeat(1000);
    assertThatThrownBy(() -> Money.parse(text))
        .hasMessageStartingWith("amount (\"" + "x".repeat(37) + "...\") must be");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> Money.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> Money.of(null)).hasMessage("amount");
    assertThatThrownBy(() -> m("1").plus(null)).hasMessage("other");
    assertThatThrownBy(() -> m("1").dividedBy(BigDecimal.ONE, null)).hasMessage("rounding");
  }

  // ---- magnitude ----

  @Test
  void magnitudeAboveATrillionIsRefusedEverywhere() {
    Money max = Money.of(Money.MAX_ABS);
    assertThat(max.negated().toString()).isEqualTo("-1000000000000.00");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> max.plus(m("0.01"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> max.negated().minus(m("0.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> max.times(new BigDecimal("1.000001"), RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> max.dividedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m("1").dividedBy(new BigDecimal("1E-1000000000"), RoundingMode.UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quotient of 1.00 by divisor (1E-1000000000) must not exceed 1000000000000.00 in"
                + " magnitude");
    assertThatThrownBy(() -> Money.rounded(new BigDecimal("1E+1000000000"), RoundingMode.UP))
        .hasMessage("amount (1E+1000000000) must not exceed 10^12 yuan in magnitude");
  }

  @Test
  void quotientsAreCheckedAfterDividingToo() {
    // 999,999,999,999.99 / 0.9999999999 is just above 10^12: only the quotient shows it.
    assertThatThrownBy(
            () -> m("999999999999.99").dividedBy(new BigDecimal("0.9999999999"), RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(m("500000000000.00").dividedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isEqualTo(Money.of(Money.MAX_ABS));
  }

  // ---- zero ----

  @Test
  void negativeZeroIsZero() {
    Money negativeZero = Money.of(new BigDecimal("-0.00"));
    assertThat(negativeZero).isEqualTo(Money.ZERO).hasSameHashCodeAs(Money.ZERO);
    assertThat(negativeZero.toString()).isEqualTo("0.00");
    assertThat(Money.ZERO.negated().toString()).isEqualTo("0.00");
    assertThat(Money.rounded(new BigDecimal("-0.004"), RoundingMode.HALF_UP).toString())
        .isEqualTo("0.00");
    assertThat(m("-0.01").dividedBy(BigDecimal.TEN, RoundingMode.DOWN).toString())
        .isEqualTo("0.00");
    assertThat(m("-0.01").times(new BigDecimal("0.1"), RoundingMode.DOWN).toString())
        .isEqualTo("0.00");
  }

  // ---- rounding at named points ----

  @ParameterizedTest(name = "{0} rounded {1} = {2}")
  @CsvSource({
    // exact half-fen boundaries: BigDecimal holds them exactly, so half-up really rounds up
    "0.005, HALF_UP, 0.01",
    "0.015, HALF_UP, 0.02",
    "-0.005, HALF_UP, -0.01",
    "2.675, HALF_UP, 2.68",
    "1.005, HALF_UP, 1.01",
    "0.005, HALF_EVEN, 0.00",
    "0.015, HALF_EVEN, 0.02",
    "0.005, HALF_DOWN, 0.00",
    "-0.005, HALF_DOWN, 0.00",
    // just either side of the boundary
    "0.004999999999, HALF_UP, 0.00",
    "0.005000000001, HALF_DOWN, 0.01",
    // directed modes
    "1.001, UP, 1.01",
    "1.009, DOWN, 1.00",
    "-1.001, FLOOR, -1.01",
    "-1.009, CEILING, -1.00",
    "-1.001, UP, -1.01",
    // already at the fen: unchanged whatever the mode
    "6500.50, UNNECESSARY, 6500.50",
    // vanishingly small amounts round like any amount below a tenth of a fen
    "1E-1000000000, UP, 0.01",
    "1E-1000000000, HALF_UP, 0.00",
    "-1E-1000000000, FLOOR, -0.01",
    "-1E-1000000000, CEILING, 0.00",
    "0.0009, UP, 0.01",
  })
  void roundedToTheFen(String amount, RoundingMode mode, String expected) {
    assertThat(Money.rounded(new BigDecimal(amount), mode)).isEqualTo(m(expected));
  }

  @Test
  void roundingThatIsNeededButForbiddenFails() {
    assertThatThrownBy(() -> Money.rounded(new BigDecimal("1.005"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(
            () -> Money.rounded(new BigDecimal("1E-1000000000"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} × {1} {2} = {3}")
  @CsvSource({
    // 伤残津贴 70% of 6500.00 = 4550.00, exact
    "6500.00, 0.7, HALF_UP, 4550.00",
    "6500.00, 0.75, HALF_UP, 4875.00",
    // 4321.07 × 0.6 = 2592.642
    "4321.07, 0.6, HALF_UP, 2592.64",
    // 3333.33 × 0.15 = 499.9995
    "3333.33, 0.15, HALF_UP, 500.00",
    "3333.33, 0.15, DOWN, 499.99",
    // 1234.57 × 0.5 = 617.285: half a fen
    "1234.57, 0.5, HALF_UP, 617.29",
    "1234.57, 0.5, HALF_EVEN, 617.28",
    "-1234.57, 0.5, HALF_UP, -617.29",
    "6500.00, 0, HALF_UP, 0.00",
    "6500.00, 1E-1000000000, CEILING, 0.01",
  })
  void timesAFactorRoundsOnce(String amount, String factor, RoundingMode mode, String expected) {
    assertThat(m(amount).times(new BigDecimal(factor), mode)).isEqualTo(m(expected));
  }

  @ParameterizedTest(name = "{0} ÷ {1} {2} = {3}")
  @CsvSource({
    // daily wage: 6500.00 ÷ 21.75 = 298.8505747… (劳社部发〔2008〕3号)
    "6500.00, 21.75, HALF_UP, 298.85",
    "100.00, 3, HALF_UP, 33.33",
    "200.00, 3, HALF_UP, 66.67",
    "200.00, 3, DOWN, 66.66",
    "0.01, 2, HALF_UP, 0.01",
    "0.01, 2, HALF_EVEN, 0.00",
    "-0.01, 2, HALF_UP, -0.01",
    "58500.00, 9, UNNECESSARY, 6500.00",
    "58500.00, -9, UNNECESSARY, -6500.00",
    "1.00, 1E+1000000000, UP, 0.01",
  })
  void dividedByRoundsOnce(String amount, String divisor, RoundingMode mode, String expected) {
    assertThat(m(amount).dividedBy(new BigDecimal(divisor), mode)).isEqualTo(m(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-0", "0E+10"})
  void dividedByZeroIsAnArithmeticError(String zero) {
    assertThatThrownBy(() -> m("6500").dividedBy(new BigDecimal(zero), RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageEndingWith(") must not be zero");
    assertThatThrownBy(() -> Money.ZERO.dividedBy(new BigDecimal(zero), RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class);
  }

  // ---- comparisons and predicates ----

  @Test
  void comparisonsAndPredicates() {
    Money a = m("6500.00");
    Money b = m("6800.00");
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isTrue();
    assertThat(a.max(b)).isSameAs(b);
    assertThat(a.min(b)).isSameAs(a);
    assertThat(a.max(m("6500"))).isSameAs(a);
    assertThat(a.isPositive()).isTrue();
    assertThat(a.negated().isNegative()).isTrue();
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(a.negated().signum()).isEqualTo(-1);
    assertThat(a.toExact()).isEqualTo(ExactMoney.of(new BigDecimal("6500")));
  }

  // ---- grouped form ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "58500.00 | 58,500.00",
        "999.99 | 999.99",
        "1000 | 1,000.00",
        "0 | 0.00",
        "-1234567.5 | -1,234,567.50",
        "1000000000000 | 1,000,000,000,000.00",
      })
  void groupedForPeople(String amount, String grouped) {
    assertThat(m(amount).toGroupedString()).isEqualTo(grouped);
  }
}
