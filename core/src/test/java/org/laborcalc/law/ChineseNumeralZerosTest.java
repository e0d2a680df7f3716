package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Article numbers with a zero inside, one at a time: a missing or doubled 零 changes the article a
 * citation names in Chinese (第一千零一十条 is not 第一千一十条).
 */
class ChineseNumeralZerosTest {

  @Test
  void aZeroHundredBeforeTensIsWritten() {
    assertThat(ChineseNumerals.of(1010)).isEqualTo("一千零一十");
  }

  @Test
  void aZeroHundredAndZeroTensBeforeOnesIsWrittenOnce() {
    assertThat(ChineseNumerals.of(1001)).isEqualTo("一千零一");
  }

  @Test
  void roundThousandsAndHundredsHaveNoZero() {
    assertThat(ChineseNumerals.of(1000)).isEqualTo("一千");
    assertThat(ChineseNumerals.of(100)).isEqualTo("一百");
    assertThat(ChineseNumerals.of(1100)).isEqualTo("一千一百");
  }

  @Test
  void oneToNineHaveNoZero() {
    assertThat(ChineseNumerals.of(1)).isEqualTo("一");
    assertThat(ChineseNumerals.of(9)).isEqualTo("九");
  }

  @Test
  void tenToTwentyDropTheOneOnlyBelowTwenty() {
    assertThat(ChineseNumerals.of(19)).isEqualTo("十九");
    assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
    assertThat(ChineseNumerals.of(119)).isEqualTo("一百一十九");
  }
}
