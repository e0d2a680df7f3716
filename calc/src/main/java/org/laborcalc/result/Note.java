package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

/**
 * A short text in both languages: the name of a figure, a named adjustment or a step.
 *
 * @param zh the Chinese text
 * @param en the English text
 */
public record Note(String zh, String en) {
  public Note {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.EN ? en : zh;
  }
}
