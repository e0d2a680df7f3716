package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Terminal columns per UAX #11: wide and fullwidth count 2, marks and controls 0, the rest 1. */
class DisplayWidthTest {

  @ParameterizedTest(name = "{2}: \"{0}\" takes {1} columns")
  @CsvSource(
      delimiter = ';',
      value = {
        "abc; 3; ASCII",
        "工伤; 4; CJK unified ideographs",
        "（）; 4; fullwidth parentheses",
        "，：; 4; fullwidth comma and colon",
        "、。《》; 8; CJK punctuation and book-title marks",
        "58,500.00; 9; an amount",
        "×; 1; multiplication sign is ambiguous, counted narrow",
        "≤→; 2; ambiguous symbols, counted narrow",
        "한글; 4; Hangul syllables",
        "ｱ; 1; halfwidth katakana",
        "￥; 2; fullwidth yen sign",
        "\u3000; 2; ideographic space",
        "e\u0301; 1; a combining accent adds nothing",
        "a\u200Bb; 2; zero-width space",
        "\uD840\uDC00; 2; CJK extension B (U+20000)",
        "\uD83D\uDE00; 2; emoji (U+1F600)",
      })
  void widthOf(String text, int width, String what) {
    assertThat(DisplayWidth.of(text)).isEqualTo(width);
  }

  @Test
  void controlCharactersTakeNoColumns() {
    assertThat(DisplayWidth.of("\t\n\u001b")).isZero();
  }

  @Test
  void paddingCountsWideCharactersTwice() {
    assertThat(DisplayWidth.padRight("工伤", 6)).isEqualTo("工伤  ");
    assertThat(DisplayWidth.padLeft("工伤", 6)).isEqualTo("  工伤");
    assertThat(DisplayWidth.padLeft("工伤保险", 6)).isEqualTo("工伤保险");
  }

  @Test
  void truncationCutsAtDisplayWidthAndMarksTheCut() {
    assertThat(DisplayWidth.truncate("一次性伤残补助金", 7)).isEqualTo("一次性…");
    assertThat(DisplayWidth.truncate("一次性伤残补助金", 16)).isEqualTo("一次性伤残补助金");
    assertThat(DisplayWidth.of(DisplayWidth.truncate("ab工伤保险", 6))).isLessThanOrEqualTo(6);
  }
}
