package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of Chinese numerals for article numbers: readable back, one 零 per gap, no stray 零. */
class ChineseNumeralsProperties {

  private static final String DIGITS = "零一二三四五六七八九";

  /** Reads a numeral back, independently of the writer: digit × unit, summed; a leading 十 is 10. */
  static int read(String numeral) {
    int total = 0;
    int digit = -1;
    for (char c : numeral.toCharArray()) {
      int value = DIGITS.indexOf(c);
      if (value >= 0) {
        digit = value;
        continue;
      }
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> throw new AssertionError("unexpected character " + c + " in " + numeral);
          };
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
    return total + Math.max(digit, 0);
  }

  @Property(tries = 1000)
  void readsBackAsTheNumber(@ForAll @IntRange(min = 1, max = 9999) int n) {
    assertThat(read(ChineseNumerals.of(n))).isEqualTo(n);
  }

  @Property(tries = 1000)
  void zeroOnlyBetweenDigitsAndNeverTwice(@ForAll @IntRange(min = 1, max = 9999) int n) {
    String s = ChineseNumerals.of(n);
    assertThat(s).doesNotStartWith("零").doesNotEndWith("零").doesNotContain("零零");
    assertThat(s).doesNotStartWith("一十");
  }
}
