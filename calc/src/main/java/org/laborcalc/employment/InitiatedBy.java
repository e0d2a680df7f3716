package org.laborcalc.employment;

/** Who ended the labour relation. */
public enum InitiatedBy {
  /** The worker asked to end it (本人提出解除). */
  WORKER,
  /** The contract expired (期满终止). */
  CONTRACT_EXPIRY,
  /** Both agreed (协商一致). */
  MUTUAL_AGREEMENT,
  /** The employer ended it. */
  EMPLOYER
}
