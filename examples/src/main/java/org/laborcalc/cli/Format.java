package org.laborcalc.cli;

/** Output formats of the commands. */
public enum Format {
  TEXT,
  JSON,
  MARKDOWN,
  HTML
}
