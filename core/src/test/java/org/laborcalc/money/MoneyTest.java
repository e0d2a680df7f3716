package org.laborcalc.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void nineMonthsOfTheSeedWage() {
    assertThat(Money.parse("6500.00").times(9)).isEqualTo(Money.parse("58500"));
  }

  @Test
  void halfFenRoundsUp() {
    assertThat(Money.rounded(new BigDecimal("0.005"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("0.01"));
  }

  @Property
  void stringRoundTrip(@ForAll @LongRange(min = -100_000_000_00L, max = 100_000_000_00L) long fen) {
    Money m = Money.of(BigDecimal.valueOf(fen, 2));
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }
}
