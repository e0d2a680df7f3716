package org.laborcalc.doublewage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;

/**
 * The result of a double-wage claim: the period, one line a wage month (and the deemed open-ended
 * contract, or the reason nothing is due), the days the findings excluded, the total and the
 * options applied. Immutable. The time limit is not applied (see {@link DoubleWageLine}).
 *
 * @param ground what the claim rests on
 * @param periodFrom the first day of the double-wage period, or null when there is none
 * @param periodTo the last day of the period, or null when there is none
 * @param periodEndReason why the period ends where it does, or null when there is none
 * @param lines the lines, the months in order, then a deemed open-ended contract
 * @param exclusions the days the findings exclude, as found
 * @param total the sum of the amounts of the lines
 * @param options the options applied
 */
public record DoubleWageResult(
    DoubleWageCase.Ground ground,
    LocalDate periodFrom,
    LocalDate periodTo,
    PeriodEnd periodEndReason,
    List<DoubleWageLine> lines,
    List<Exclusion> exclusions,
    Money total,
    DoubleWageOptions options) {
  public DoubleWageResult {
    requireNonNull(ground, "ground");
    lines = List.copyOf(lines);
    exclusions = List.copyOf(exclusions);
    requireNonNull(total, "total");
    requireNonNull(options, "options");
  }

  /** Why the period ends on its last day. */
  public enum PeriodEnd {
    /** The day before the written contract was signed (实施条例 art. 6 ¶2). */
    SIGNED,
    /** The day before 满一年 (实施条例 art. 7), or the end of eleven full months. */
    ONE_YEAR_LIMIT,
    /** The eleven-month cap of option {@code doubleWage.art82_2Cap}. */
    ELEVEN_MONTH_CAP,
    /** The last day of the employment. */
    EMPLOYMENT_ENDED,
    /** The day the claim is computed to. */
    AS_OF
  }

  /**
   * Days a finding excludes from the period.
   *
   * @param kind the finding
   * @param from the first day excluded within the period
   * @param to the last day excluded within the period
   * @param basis the tribunal's words, or null
   * @param citation the article that makes the finding exclude the days
   */
  public record Exclusion(
      DoubleWageCase.FindingKind kind,
      LocalDate from,
      LocalDate to,
      String basis,
      Citation citation) {
    public Exclusion {
      requireNonNull(kind, "kind");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(citation, "citation");
    }
  }
}
