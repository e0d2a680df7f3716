package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

/**
 * The tribunal's choices where the law leaves room, each recorded in the result. Immutable and
 * thread-safe.
 *
 * @param conflictPolicy equally credible evidence that disagrees; default {@link
 *     ConflictPolicy#HIGHER_AMOUNT}
 * @param grossUp net amounts; default {@link GrossUpPolicy#AS_RECORDED}
 * @param grossUpDeductionRate the share of the gross wage withheld (a fraction such as {@code
 *     0.105}), with its source; required for {@link GrossUpPolicy#DIVIDE_BY_NET_SHARE}, null
 *     otherwise
 * @param partialMonthPolicy incomplete months; default {@link
 *     PartialMonthPolicy#EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS}
 */
public record WageOptions(
    ConflictPolicy conflictPolicy,
    GrossUpPolicy grossUp,
    SourcedFigure grossUpDeductionRate,
    PartialMonthPolicy partialMonthPolicy) {

  public WageOptions {
    requireNonNull(conflictPolicy, "conflictPolicy");
    requireNonNull(grossUp, "grossUp");
    requireNonNull(partialMonthPolicy, "partialMonthPolicy");
  }

  /** The defaults: higher amount, net amounts as recorded, incomplete months left out. */
  public static WageOptions defaults() {
    return new WageOptions(
        ConflictPolicy.HIGHER_AMOUNT,
        GrossUpPolicy.AS_RECORDED,
        null,
        PartialMonthPolicy.EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS);
  }

  public WageOptions withConflictPolicy(ConflictPolicy policy) {
    return new WageOptions(policy, grossUp, grossUpDeductionRate, partialMonthPolicy);
  }

  public WageOptions withPartialMonthPolicy(PartialMonthPolicy policy) {
    return new WageOptions(conflictPolicy, grossUp, grossUpDeductionRate, policy);
  }

  /** Net amounts divided by {@code 1 − rate}. */
  public WageOptions withGrossUp(SourcedFigure deductionRate) {
    return new WageOptions(
        conflictPolicy,
        GrossUpPolicy.DIVIDE_BY_NET_SHARE,
        requireNonNull(deductionRate, "deductionRate"),
        partialMonthPolicy);
  }
}
