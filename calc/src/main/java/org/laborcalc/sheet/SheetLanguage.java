package org.laborcalc.sheet;

import java.util.Locale;

/** The languages a calculation sheet is written in: Chinese (the default), English, or both. */
public enum SheetLanguage {
  /** Chinese, the language of the award. */
  ZH("zh"),
  /** English. */
  EN("en"),
  /** Chinese followed by English. */
  ZH_EN("zh+en");

  private final String tag;

  SheetLanguage(String tag) {
    this.tag = tag;
  }

  /** {@code zh}, {@code en} or {@code zh+en}: the form a command line takes. */
  public String tag() {
    return tag;
  }

  /**
   * The language a tag names ({@code zh}, {@code en}, {@code zh+en}; case ignored).
   *
   * @throws IllegalArgumentException for any other tag
   */
  public static SheetLanguage parse(String tag) {
    String t = tag.trim().toLowerCase(Locale.ROOT);
    for (SheetLanguage l : values()) {
      if (l.tag.equals(t)) {
        return l;
      }
    }
    throw new IllegalArgumentException("language (" + tag + ") must be zh, en or zh+en");
  }
}
