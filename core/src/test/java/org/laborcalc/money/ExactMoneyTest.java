package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExactMoneyTest {

  private static ExactMoney x(String amount) {
    return ExactMoney.of(new BigDecimal(amount));
  }

  @ParameterizedTest
  @CsvSource({"1.5, 1.50", "1.5, 1.500000", "0, 0.000", "0, -0.00", "100, 1E+2", "-2.10, -2.1"})
  void equalityIsNumeric(String a, String b) {
    assertThat(x(a)).isEqualTo(x(b)).hasSameHashCodeAs(x(b));
    assertThat(x(a).compareTo(x(b))).isZero();
  }

  @Test
  void differentAmountsAreNotEqual() {
    assertThat(x("1.5")).isNotEqualTo(x("1.51")).isNotEqualTo(Money.parse("1.50"));
    assertThat(x("1.5").compareTo(x("1.51"))).isNegative();
  }

  @Test
  void keepsItsScale() {
    assertThat(x("1.500").amount().scale()).isEqualTo(3);
    assertThat(x("1.500").toString()).isEqualTo("1.500");
  }

  @Test
  void arithmeticIsExact() {
    assertThat(x("0.1").plus(x("0.2"))).isEqualTo(x("0.3"));
    assertThat(x("0.3").minus(x("0.1"))).isEqualTo(x("0.2"));
    // 本人工资 6500.00 × 90% × 1/3: no rounding until asked
    assertThat(x("6500.00").times(new BigDecimal("0.9")).amount())
        .isEqualByComparingTo(new BigDecimal("5850"));
    assertThat(x("0.001").times(new BigDecimal("0.001")).toString()).isEqualTo("0.000001");
  }

  @ParameterizedTest(name = "{0} ≈ {1}")
  @CsvSource({
    "298.850574712, 298.85",
    "617.285, 617.29",
    "617.2849999, 617.28",
    "0.005, 0.01",
    "-0.005, -0.01",
    "-0.0049, 0.00",
    "2.675, 2.68",
    "6500, 6500.00",
  })
  void roundToFenIsHalfUp(String exact, String fen) {
    assertThat(x(exact).roundToFen()).isEqualTo(Money.parse(fen));
  }

  @Test
  void roundedTakesAnyMode() {
    assertThat(x("617.285").rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.parse("617.28"));
    assertThat(x("0.001").rounded(RoundingMode.UP)).isEqualTo(Money.parse("0.01"));
  }

  @ParameterizedTest(name = "{0} ÷ {1} at scale {2} {3} = {4}")
  @CsvSource({
    // daily wage: 6500 ÷ 21.75 = 26000/87 = 298.850574712… (劳社部发〔2008〕3号)
    "6500.00, 21.75, 6, HALF_UP, 298.850575",
    "6500.00, 21.75, 2, HALF_UP, 298.85",
    "6500.00, 21.75, 0, HALF_UP, 299",
    "1, 3, 10, DOWN, 0.3333333333",
    "2, 3, 10, HALF_UP, 0.6666666667",
    "-2, 3, 4, HALF_UP, -0.6667",
    "1, 8, 3, HALF_EVEN, 0.125",
    "1, 8, 2, HALF_EVEN, 0.12",
    "1, 8, 2, HALF_UP, 0.13",
    "0, 7, 2, HALF_UP, 0",
    "1, 1E+1000000000, 6, UP, 0.000001",
    "1, 1E+1000000000, 6, HALF_UP, 0",
  })
  void dividedByTakesAScaleAndAMode(
      String amount, String divisor, int scale, RoundingMode mode, String expected) {
    ExactMoney q = x(amount).dividedBy(new BigDecimal(divisor), scale, mode);
    assertThat(q).isEqualTo(x(expected));
    assertThat(q.amount().scale()).isEqualTo(scale);
  }

  @Test
  void dividedByZeroIsAnArithmeticError() {
    assertThatThrownBy(() -> x("1").dividedBy(BigDecimal.ZERO, 2, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("divisor (0) must not be zero");
  }

  @Test
  void beyondAThousandTrillionIsRefused() {
    assertThat(x("1000000000000000")).isEqualTo(x("1E+15"));
    assertThatThrownBy(() -> x("1000000000000000.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount (1000000000000000.01) must not exceed 10^15 yuan in magnitude");
    assertThatThrownBy(() -> x("1").dividedBy(new BigDecimal("1E-1000000"), 2, RoundingMode.UP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIntermediateBeyondMoneyCannotBecomeMoney() {
    ExactMoney big = x("2000000000000");
    assertThatThrownBy(big::roundToFen).isInstanceOf(IllegalArgumentException.class);
    assertThat(big.dividedBy(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY).roundToFen())
        .isEqualTo(Money.parse("500000000000"));
  }

  @Test
  void moneyAndBack() {
    Money m = Money.parse("6500.50");
    assertThat(m.toExact().roundToFen()).isEqualTo(m);
    assertThat(m.toExact().amount()).isEqualTo(new BigDecimal("6500.50"));
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> ExactMoney.of(null)).hasMessage("amount");
    assertThatThrownBy(() -> x("1").plus(null)).hasMessage("other");
    assertThatThrownBy(() -> x("1").times(null)).hasMessage("factor");
    assertThatThrownBy(() -> x("1").dividedBy(null, 2, RoundingMode.UP)).hasMessage("divisor");
  }
}
