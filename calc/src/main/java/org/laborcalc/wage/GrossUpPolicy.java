package org.laborcalc.wage;

/**
 * Whether amounts recorded net of deductions (a bank deposit, after the worker's social-insurance
 * contributions and income tax were withheld) are raised to a gross wage.
 */
public enum GrossUpPolicy {
  /**
   * Use the amount as recorded (default). The result says so in a warning: a net amount understates
   * the gross wage by the deductions withheld.
   */
  AS_RECORDED,
  /**
   * Divide a net amount by {@code 1 − rate}, the rate being the share of the gross wage withheld,
   * supplied in {@link WageOptions#grossUpDeductionRate()} with its source. The rate is a fact of
   * the case (the contribution rates and the tax of the place and year), never assumed by
   * laborcalc.
   */
  DIVIDE_BY_NET_SHARE
}
