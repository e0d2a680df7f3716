package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

/**
 * A piece of sheet text in Chinese and English: what a reader sees depends on the {@link
 * SheetLanguage} the sheet is rendered in. Text that reads the same in both (an amount, a date, a
 * code a person types) has no English of its own. Immutable and thread-safe.
 *
 * @param zh the Chinese text
 * @param en the English text, or null when {@code zh} serves both languages
 */
public record Text(String zh, String en) {

  /** The empty text. */
  public static final Text EMPTY = new Text("", null);

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\[\\d+] ");

  public Text {
    requireNonNull(zh, "zh");
  }

  /** Text that reads the same in every language: an amount, a date, a name. */
  public static Text of(String same) {
    return new Text(same, null);
  }

  /** Chinese and its English. */
  public static Text of(String zh, String en) {
    return new Text(zh, requireNonNull(en, "en"));
  }

  /** True when there is nothing to show. */
  public boolean isEmpty() {
    return zh.isEmpty() && (en == null || en.isEmpty());
  }

  /**
   * The text in {@code language}: Chinese, English (Chinese where there is no English), or both,
   * the English after the Chinese with a space between (an item number {@code [3] } that both start
   * with written once).
   */
  public String in(SheetLanguage language) {
    return switch (requireNonNull(language, "language")) {
      case ZH -> zh;
      case EN -> en == null ? zh : en;
      case ZH_EN -> en == null || en.equals(zh) || en.isEmpty() ? zh : zh + " " + enAfterNumber();
    };
  }

  /** The English without the item number {@code [3] } both languages start with: written once. */
  private String enAfterNumber() {
    java.util.regex.Matcher m = NUMBER.matcher(en);
    return m.lookingAt() && zh.startsWith(m.group()) ? en.substring(m.end()) : en;
  }

  /** This text followed by {@code other}, language by language. */
  public Text plus(Text other) {
    if (en == null && other.en == null) {
      return new Text(zh + other.zh, null);
    }
    return new Text(
        zh + other.zh, (en == null ? zh : en) + (other.en == null ? other.zh : other.en));
  }

  /** {@code same} (an item number) followed by this text, in every language. */
  public Text after(String same) {
    return new Text(same + zh, en == null ? null : same + en);
  }

  /** This text followed by {@code same}, which reads the same in both languages. */
  public Text plus(String same) {
    return new Text(zh + same, en == null ? null : en + same);
  }
}
