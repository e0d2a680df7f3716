package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1, 一",
    "9, 九",
    "10, 十",
    "11, 十一",
    "19, 十九",
    "20, 二十",
    "21, 二十一",
    "64, 六十四",
    "99, 九十九",
    "100, 一百",
    "101, 一百零一",
    "105, 一百零五",
    "110, 一百一十",
    "111, 一百一十一",
    "120, 一百二十",
    "999, 九百九十九",
    "1000, 一千",
    "1001, 一千零一",
    "1010, 一千零一十",
    "1011, 一千零一十一",
    "1100, 一千一百",
    "1101, 一千一百零一",
    "2019, 二千零一十九",
    "9999, 九千九百九十九",
  })
  void articleNumbers(int n, String chinese) {
    assertThat(ChineseNumerals.of(n)).isEqualTo(chinese);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 10000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void outOfRange(int n) {
    assertThatThrownBy(() -> ChineseNumerals.of(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number (" + n + ") must be between 1 and 9999");
  }
}
