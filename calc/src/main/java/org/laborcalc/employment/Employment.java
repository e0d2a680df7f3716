package org.laborcalc.employment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The labour relation (用工), shared by the calculations on it. Immutable.
 *
 * @param start the first day of employment
 * @param termination how it ended, null while it continues
 * @param noSuitableJobArranged for grades 5–6 keeping the relation: the employer could not arrange
 *     suitable work, so it pays the monthly 伤残津贴 (art. 36 ¶1 (2))
 * @param pastRetirementAge for a worker at or past the statutory retirement age at the injury, how
 *     they came to be working (人社部发〔2016〕29号 item 二); null when not at issue
 */
public record Employment(
    @NotNull LocalDate start,
    @Valid Termination termination,
    boolean noSuitableJobArranged,
    PastRetirementAge pastRetirementAge) {

  /** A labour relation whose worker's retirement age is not at issue. */
  public Employment(LocalDate start, Termination termination, boolean noSuitableJobArranged) {
    this(start, termination, noSuitableJobArranged, null);
  }
}
