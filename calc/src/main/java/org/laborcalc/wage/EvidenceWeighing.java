package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;

/**
 * Weighs the evidence of pay, month by month, under the burden-of-proof rules, over the window the
 * calling rule names. Stateless and thread-safe. The rules, in the order they apply: the window
 * ({@link WageWindow}, {@link WindowAverage}); per month, the evidence covering it ({@link
 * MonthResolution}): non-wage items excluded, credibility ({@link Credibility}), conflicts under
 * the {@link ConflictPolicy}; net amounts and incomplete months ({@link MonthAmount}); the average
 * and, when no month has usable evidence, the contract wage ({@link WindowAverage}). A calculation
 * applies its own base (a clamp, a cap, a floor) on top of the {@link WageFindings}.
 */
public final class EvidenceWeighing {
  private EvidenceWeighing() {}

  /**
   * 证据规定第九十七条第一款: the reasons for admitting or rejecting each piece of evidence are stated; cited
   * last by a determination that sets out the month table.
   */
  public static final Citation REASONS_STATED = WageLaw.REASONS_STATED;

  /**
   * Every problem with the case's content for {@code window}, each located by its field path; empty
   * when none. The case's {@link WageCase#injuryDate()} is not read: the window's anchor date takes
   * its place (evidence after the anchor month is refused).
   */
  public static List<Violation> validate(WageCase wageCase, WageWindow window) {
    return List.copyOf(
        CaseValidator.violations(
            requireNonNull(wageCase, "wageCase"), requireNonNull(window, "window")));
  }

  /**
   * The content checks of evidence read from a document for the injury's window, before the case is
   * whole: {@code items} maps each item read to its index in the document (an item that could not
   * be read is absent, its problem reported by the reader), and a null date or options skips the
   * checks that need it. Paths are relative to the wage facts ({@code evidence[3].amount}).
   */
  public static List<Violation> validateAsRead(
      LocalDate injuryDate,
      LocalDate employmentStart,
      SortedMap<Integer, EvidenceItem> items,
      WageOptions options) {
    return List.copyOf(
        CaseValidator.violations(
            injuryDate, employmentStart, List.copyOf(items.entrySet()), options));
  }

  /**
   * The findings of the evidence over {@code window}; the case's {@link WageCase#injuryDate()} is
   * not read.
   *
   * @throws InvalidInputException with every problem found, when the case is not valid
   * @throws InsufficientEvidenceException when no month has usable evidence and there is no
   *     contract wage
   */
  public static WageFindings weigh(WageCase wageCase, WageWindow window) {
    requireNonNull(wageCase, "wageCase");
    requireNonNull(window, "window");
    List<Violation> violations = CaseValidator.violations(wageCase, window);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new WindowAverage(wageCase, window).findings();
  }
}
