package org.laborcalc.probation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.ParameterUse;

/**
 * The result of an art. 83 claim: the probation the law allows (its months, last day and why), the
 * excess performed, the lines, the total and the options applied. Immutable.
 *
 * @param allowedMonths the longest probation art. 19 allows for the contract (0: none)
 * @param allowedThrough the last day of the lawful probation, or null when none is allowed
 * @param allowedBecause the articles that fix {@code allowedMonths}
 * @param allowedParameters the figures used for it
 * @param excessFrom the first day of the probation performed beyond the lawful one, or null
 * @param excessTo the last day of it, or null
 * @param lines the lines (empty when nothing was performed beyond the law)
 * @param total the sum of the lines
 * @param options the options applied
 */
public record ProbationResult(
    int allowedMonths,
    LocalDate allowedThrough,
    List<Citation> allowedBecause,
    List<ParameterUse> allowedParameters,
    LocalDate excessFrom,
    LocalDate excessTo,
    List<ProbationLine> lines,
    Money total,
    ProbationOptions options) {
  public ProbationResult {
    allowedBecause = List.copyOf(allowedBecause);
    allowedParameters = List.copyOf(allowedParameters);
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
    requireNonNull(options, "options");
  }
}
