package org.laborcalc.noncompete;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;

/**
 * The result of a non-compete claim: the average wage and the monthly amount it gives (when art. 36
 * was applied), the period performed, the lines — what the employer owes, then what the worker owes
 * —, both totals, the notices and the options applied. Immutable.
 *
 * @param average the average monthly wage of art. 36 ¶1 with its formula, or null when it was not
 *     needed
 * @param periodFrom the first day of the restriction
 * @param periodTo the last day performed and claimed, or null when no day is
 * @param periodEnd why the period ends on {@code periodTo}
 * @param lines the lines
 * @param employerTotal the sum of the lines the employer owes (after the deduction of what it paid)
 * @param workerTotal the sum of the lines the worker owes
 * @param notices what the result warns of
 * @param options the options applied
 */
public record NonCompeteResult(
    Average average,
    LocalDate periodFrom,
    LocalDate periodTo,
    PeriodEnd periodEnd,
    List<NonCompeteLine> lines,
    Money employerTotal,
    Money workerTotal,
    List<Notice> notices,
    NonCompeteOptions options) {
  public NonCompeteResult {
    requireNonNull(periodFrom, "periodFrom");
    requireNonNull(periodEnd, "periodEnd");
    lines = List.copyOf(lines);
    requireNonNull(employerTotal, "employerTotal");
    requireNonNull(workerTotal, "workerTotal");
    notices = List.copyOf(notices);
    requireNonNull(options, "options");
  }

  /** Why the period ends where it does. */
  public enum PeriodEnd {
    /** The last day the claim covers. */
    CLAIMED_THROUGH,
    /** The last day of the term (at most two years, 劳动合同法 art. 24 ¶2). */
    TERM_ENDED,
    /** The day before the employer's release (解释（一） art. 39 ¶1). */
    RELEASED,
    /** The day before the worker's rescission (解释（一） art. 38). */
    RESCINDED,
    /** The day before the breach: the restriction was performed only until then. */
    BREACHED
  }

  /**
   * The average monthly wage before the end of the contract.
   *
   * @param months how many months it is over
   * @param amount the average, rounded half-up to the fen
   * @param formula how it was arrived at
   * @param citation the article that sets it
   */
  public record Average(int months, Money amount, Formula formula, Citation citation) {
    public Average {
      requireNonNull(amount, "amount");
      requireNonNull(formula, "formula");
      requireNonNull(citation, "citation");
    }
  }

  /**
   * A warning of the result.
   *
   * @param code what it is about
   * @param zh the warning in Chinese
   * @param en the same in English
   * @param citations the articles it rests on
   */
  public record Notice(String code, String zh, String en, List<Citation> citations) {
    public Notice {
      requireNonNull(code, "code");
      requireNonNull(zh, "zh");
      requireNonNull(en, "en");
      citations = List.copyOf(citations);
    }
  }
}
