package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import org.laborcalc.finality.AwardClass;
import org.laborcalc.limitation.LimitationResult;
import org.laborcalc.money.Money;
import org.laborcalc.result.Line;

/**
 * One line of a claim: the line of the claim's own calculation, unchanged, with what it counts for
 * in the award, its class for the finality test and its time limit. Immutable.
 *
 * @param line the calculation's line
 * @param amount what it adds to the claim: a one-time amount, or what a monthly item has accrued
 *     ({@link org.laborcalc.result.LineValue.Monthly#accrued()}); 0.00 for a date or a monthly item
 *     with nothing accrued
 * @param awardClass its class under 劳动争议调解仲裁法 art. 47
 * @param limitation its time limit, assessed on the application date
 */
public record ClaimLine(
    Line line, Money amount, AwardClass awardClass, LimitationResult limitation) {
  public ClaimLine {
    requireNonNull(line, "line");
    requireNonNull(amount, "amount");
    requireNonNull(awardClass, "awardClass");
    requireNonNull(limitation, "limitation");
  }
}
