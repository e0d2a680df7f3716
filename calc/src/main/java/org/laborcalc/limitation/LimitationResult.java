package org.laborcalc.limitation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;

/**
 * The limit of one claim: when it began to run, its last day, and where a filing date stands.
 * Immutable.
 *
 * @param accrual the day the period runs from (the known date or the end of the employment); empty
 *     when no limit runs ({@link LimitationStatus#NO_LIMIT_WHILE_EMPLOYED})
 * @param deadline the last day on which an application is in time; empty when no limit runs
 * @param filed the filing date assessed, or empty
 * @param status where {@code filed} stands; empty when no filing date was given and a limit runs
 * @param citations the articles applied, in the order they were applied
 */
public record LimitationResult(
    Optional<LocalDate> accrual,
    Optional<LocalDate> deadline,
    Optional<LocalDate> filed,
    Optional<LimitationStatus> status,
    List<Citation> citations) {

  public LimitationResult {
    requireNonNull(accrual, "accrual");
    requireNonNull(deadline, "deadline");
    requireNonNull(filed, "filed");
    requireNonNull(status, "status");
    citations = List.copyOf(citations);
    if (accrual.isPresent() != deadline.isPresent()) {
      throw new IllegalArgumentException(
          "accrual ("
              + accrual
              + ") and deadline ("
              + deadline
              + ") must be both given or both empty");
    }
  }
}
