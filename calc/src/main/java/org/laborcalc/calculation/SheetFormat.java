package org.laborcalc.calculation;

/**
 * The forms of a calculation sheet: aligned plain text, GitHub Markdown, one printable HTML page.
 */
public enum SheetFormat {
  TEXT,
  MARKDOWN,
  HTML
}
