package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.laborcalc.money.Money;

/**
 * One month of the twelve before the injury (from the month the worker started, when later): the
 * evidence for it, what was chosen and why, and whether it counts in the average. Immutable and
 * thread-safe.
 *
 * @param month the month
 * @param complete whether the worker worked the whole month (false for a start after the 1st, or an
 *     end before the last day in a window that runs through the anchor month)
 * @param daysWorked calendar days from the start of work (or the 1st) to the month's end (or the
 *     anchor day)
 * @param daysInMonth calendar days in the month
 * @param status whether the month counts in the average
 * @param evidence every piece of evidence for the month, the chosen one first, then by outcome (in
 *     the order of {@link AssessedEvidence.Outcome}) and credibility
 */
public record MonthRow(
    YearMonth month,
    boolean complete,
    int daysWorked,
    int daysInMonth,
    Status status,
    List<AssessedEvidence> evidence) {

  /** Whether a month counts in the average. */
  public enum Status {
    /** Counts in the average with its chosen amount. */
    USED("计入", "used"),
    /** An incomplete month left out because a complete month has evidence. */
    EXCLUDED_INCOMPLETE("不足整月，不计入", "incomplete month left out"),
    /** No evidence a wage can be fixed on: left out of the average. */
    NO_USABLE_EVIDENCE("无可采信的工资证据，不计入", "no usable evidence: left out");

    private final String labelZh;
    private final String labelEn;

    Status(String labelZh, String labelEn) {
      this.labelZh = labelZh;
      this.labelEn = labelEn;
    }

    public String labelZh() {
      return labelZh;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  public MonthRow {
    requireNonNull(month, "month");
    requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
    if (daysWorked < 1 || daysWorked > daysInMonth) {
      throw new IllegalArgumentException(
          "daysWorked ("
              + daysWorked
              + ") must be between 1 and daysInMonth ("
              + daysInMonth
              + ")");
    }
    boolean hasChosen =
        !evidence.isEmpty() && evidence.get(0).outcome() == AssessedEvidence.Outcome.CHOSEN;
    if (hasChosen == (status == Status.NO_USABLE_EVIDENCE)) {
      throw new IllegalArgumentException(
          "status ("
              + status
              + ") must agree with whether evidence was chosen ("
              + hasChosen
              + ")");
    }
  }

  /** The evidence the month's wage is fixed on, if any (also for an excluded month). */
  public Optional<AssessedEvidence> chosen() {
    return status == Status.NO_USABLE_EVIDENCE ? Optional.empty() : Optional.of(evidence.get(0));
  }

  /** The amount counted in the average; empty unless {@link Status#USED}. */
  public Optional<Money> amountUsed() {
    return status == Status.USED ? Optional.of(evidence.get(0).amount()) : Optional.empty();
  }
}
