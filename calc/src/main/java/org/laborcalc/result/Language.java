package org.laborcalc.result;

/** The languages a formula is rendered in. */
public enum Language {
  /** Chinese: the text of the award. */
  ZH,
  /** English. */
  EN
}
