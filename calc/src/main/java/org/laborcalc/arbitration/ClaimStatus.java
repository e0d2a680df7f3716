package org.laborcalc.arbitration;

/** What became of one claim of an arbitration case. */
public enum ClaimStatus {
  /** Computed: its lines and amount are in the result. */
  COMPUTED,
  /** Nothing is due on the facts found, with the article that says why (amount 0.00). */
  NOT_DUE,
  /** A figure no pack supplies keeps it out; the figures are named in the result's missing list. */
  NEEDS_INPUT,
  /**
   * A rule that links claims excludes it, with the article: 经济补偿 when 赔偿金 is awarded (实施条例 art.
   * 25), 赔偿金 when the contract is continued and back pay awarded (劳动合同法 art. 48).
   */
  EXCLUDED_BY_RULE
}
