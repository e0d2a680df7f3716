package org.laborcalc.limitation;

/** Where a filing date stands against the limit. None of them removes a claim or its money. */
public enum LimitationStatus {
  /** Filed on or before the deadline. */
  WITHIN,
  /**
   * Filed after the deadline: the claim is lost only if the other party raises the defence in
   * arbitration (解释（二） art. 20), so it is reported, never dropped.
   */
  EXPIRED_IF_RAISED,
  /** Wage arrears while the employment lasts: no limit runs (art. 27 ¶4). */
  NO_LIMIT_WHILE_EMPLOYED
}
