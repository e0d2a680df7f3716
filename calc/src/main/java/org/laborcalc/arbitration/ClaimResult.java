package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.ItemFinality;
import org.laborcalc.law.Citation;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;
import org.laborcalc.result.Note;

/**
 * What one claim comes to. Immutable.
 *
 * @param id the claim's id
 * @param type what was claimed
 * @param status what became of it
 * @param reason why, for a status other than {@link ClaimStatus#COMPUTED}; null for a computed one
 * @param citations the articles of the reason (the exclusion rule, the article that makes nothing
 *     due)
 * @param lines its lines, each with its limit
 * @param amount the sum of the lines' amounts; 0.00 unless {@link ClaimStatus#COMPUTED}
 * @param amountIfLimitationRaised the amount less the lines whose limit has run ({@link
 *     LimitationStatus#EXPIRED_IF_RAISED}): what is left if the employer raises the defence
 * @param limitation the claim's limit in one word: expired if any line's has run, empty when it has
 *     no lines
 * @param finality the finality of its items (one, or one a class when its lines differ in class);
 *     empty unless computed
 * @param resultJson the result document of the claim's own calculation, unchanged; null when it
 *     could not be computed
 * @param missing the figures no pack supplies that keep lines out
 * @param warnings what the tribunal should check
 */
public record ClaimResult(
    String id,
    ClaimType type,
    ClaimStatus status,
    Note reason,
    List<Citation> citations,
    List<ClaimLine> lines,
    Money amount,
    Money amountIfLimitationRaised,
    Optional<LimitationStatus> limitation,
    List<ItemFinality> finality,
    String resultJson,
    List<Violation> missing,
    List<Note> warnings) {
  public ClaimResult {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(status, "status");
    citations = List.copyOf(citations);
    lines = List.copyOf(lines);
    requireNonNull(amount, "amount");
    requireNonNull(amountIfLimitationRaised, "amountIfLimitationRaised");
    requireNonNull(limitation, "limitation");
    finality = List.copyOf(finality);
    missing = List.copyOf(missing);
    warnings = List.copyOf(warnings);
    if (status != ClaimStatus.COMPUTED && reason == null) {
      throw new IllegalArgumentException("a claim not computed says why");
    }
    if (status != ClaimStatus.COMPUTED && !amount.isZero()) {
      throw new IllegalArgumentException("only a computed claim has an amount");
    }
  }
}
