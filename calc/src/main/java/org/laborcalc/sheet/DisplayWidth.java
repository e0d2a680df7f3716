package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

/**
 * The number of terminal columns a string occupies, so that text tables mixing Chinese and Latin
 * line up. Characters of East Asian Width "W" (wide) and "F" (fullwidth) of Unicode Standard Annex
 * #11 count 2; combining marks, format characters and controls count 0; everything else counts 1.
 * "Ambiguous" characters (×, ≤, —, “ …) count 1, as in non-CJK terminals; the sheets therefore put
 * none of their own in table cells. Stateless and thread-safe.
 */
final class DisplayWidth {

  /**
   * The East Asian Wide and Fullwidth ranges, inclusive, sorted (UAX #11 / EastAsianWidth.txt,
   * grouped as by Markus Kuhn's wcwidth and extended to the emoji blocks that terminals draw wide).
   */
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, // Hangul Jamo initial consonants
    {0x231A, 0x231B}, // watch, hourglass
    {0x2329, 0x232A}, // angle brackets
    {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},
    {0x25FD, 0x25FE},
    {0x2614, 0x2615},
    {0x2648, 0x2653},
    {0x267F, 0x267F},
    {0x2693, 0x2693},
    {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},
    {0x26BD, 0x26BE},
    {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},
    {0x26EA, 0x26EA},
    {0x26F2, 0x26F3},
    {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},
    {0x26FD, 0x26FD},
    {0x2705, 0x2705},
    {0x270A, 0x270B},
    {0x2728, 0x2728},
    {0x274C, 0x274C},
    {0x274E, 0x274E},
    {0x2753, 0x2755},
    {0x2757, 0x2757},
    {0x2795, 0x2797},
    {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},
    {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},
    {0x2E80, 0x303E}, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF}, // kana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed
    {0x3400, 0x4DBF}, // CJK Unified Ideographs Extension A
    {0x4E00, 0x9FFF}, // CJK Unified Ideographs
    {0xA000, 0xA4CF}, // Yi
    {0xA960, 0xA97F}, // Hangul Jamo Extended-A
    {0xAC00, 0xD7A3}, // Hangul syllables
    {0xF900, 0xFAFF}, // CJK compatibility ideographs
    {0xFE10, 0xFE19}, // vertical forms
    {0xFE30, 0xFE6F}, // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60}, // fullwidth ASCII variants (，（）：)
    {0xFFE0, 0xFFE6}, // fullwidth signs (￥)
    {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, // Tangut
    {0x1B000, 0x1B2FF}, // kana supplement, Nushu
    {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A},
    {0x1F200, 0x1F251}, // enclosed ideographic supplement
    {0x1F260, 0x1F265},
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, // CJK Extensions B–F, compatibility supplement
    {0x30000, 0x3FFFD}, // CJK Extensions G–H
  };

  private DisplayWidth() {}

  /** The columns {@code codePoint} occupies: 0, 1 or 2. */
  static int of(int codePoint) {
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
      return 0;
    }
    if (codePoint < 0x1100) {
      return isZeroWidth(codePoint) ? 0 : 1;
    }
    if (isWide(codePoint)) {
      return 2;
    }
    if (codePoint >= 0x1160 && codePoint <= 0x11FF) {
      return 0; // Hangul medial vowels and final consonants join the preceding syllable
    }
    return isZeroWidth(codePoint) ? 0 : 1;
  }

  /** The columns {@code text} occupies. */
  static int of(String text) {
    requireNonNull(text, "text");
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} padded with spaces on the right to {@code width} columns. */
  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** {@code text} padded with spaces on the left to {@code width} columns. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }

  /**
   * {@code text} cut to at most {@code width} columns, ending in {@code …} when cut (the ellipsis
   * counted as one column).
   */
  static String truncate(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = of(cp);
      if (used + w > width - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  private static boolean isWide(int cp) {
    int lo = 0;
    int hi = WIDE.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[mid][0]) {
        hi = mid - 1;
      } else if (cp > WIDE[mid][1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean isZeroWidth(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (type == Character.FORMAT && cp != 0x00AD); // the soft hyphen shows where it breaks
  }
}
