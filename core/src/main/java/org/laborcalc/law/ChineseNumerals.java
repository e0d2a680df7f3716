package org.laborcalc.law;

/** Chinese numerals for article numbers: 64 → 六十四, 10 → 十, 105 → 一百零五. */
final class ChineseNumerals {
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** The largest number written: no instrument has ten thousand articles. */
  static final int MAX = 9999;

  private ChineseNumerals() {}

  static String of(int n) {
    if (n <= 0 || n > MAX) {
      throw new IllegalArgumentException("number (" + n + ") must be between 1 and " + MAX);
    }
    StringBuilder sb = new StringBuilder();
    int thousands = n / 1000;
    int hundreds = n / 100 % 10;
    int tens = n / 10 % 10;
    int ones = n % 10;
    boolean pendingZero = false;
    if (thousands > 0) {
      sb.append(DIGITS[thousands]).append('千');
    }
    if (hundreds > 0) {
      sb.append(DIGITS[hundreds]).append('百');
    } else if (thousands > 0 && (tens > 0 || ones > 0)) {
      pendingZero = true;
    }
    if (tens > 0) {
      if (pendingZero) {
        sb.append('零');
        pendingZero = false;
      }
      if (!(tens == 1 && n < 20)) {
        sb.append(DIGITS[tens]);
      }
      sb.append('十');
    } else if (sb.length() > 0 && ones > 0) {
      pendingZero = true;
    }
    if (ones > 0) {
      if (pendingZero) {
        sb.append('零');
      }
      sb.append(DIGITS[ones]);
    }
    return sb.toString();
  }
}
