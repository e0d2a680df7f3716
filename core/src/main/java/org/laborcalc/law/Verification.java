package org.laborcalc.law;

/**
 * How far a legal figure or rule has been checked, following the labels of the project's legal
 * digest: [P] primary text, [S] secondary publications, and figures a caller supplied.
 */
public enum Verification {
  /** Checked against the primary (official) text. */
  PRIMARY,
  /** Taken from secondary publications; results that use it carry a warning. */
  SECONDARY,
  /** Supplied by the caller (a case file or an override pack); not checked by laborcalc. */
  USER_SUPPLIED
}
