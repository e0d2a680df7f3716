package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.FinalityResult;
import org.laborcalc.money.Money;
import org.laborcalc.result.Note;
import org.laborcalc.result.Party;

/**
 * What an arbitration case comes to: the findings the claims share, each claim with its lines, time
 * limit and finality, the totals, what was not modelled, the options and the warnings. Immutable;
 * the JSON form is {@code laborcalc.arbitration-result/1} (docs/RESULT-JSON.md).
 *
 * @param input the case as computed
 * @param options the options, defaults included
 * @param findings the shared findings
 * @param claims every claim, in the file's order
 * @param finality the finality of every item of the computed claims, and the split
 * @param totals the totals
 * @param notModelled facts the engine did not consider, for the tribunal to decide
 * @param warnings what the tribunal should check, case-wide
 * @param missing every figure no pack supplies, as {@code MISSING_PARAMETER} at {@code parameters}
 */
public record ArbitrationResult(
    ArbitrationCase input,
    ArbitrationOptions options,
    Findings findings,
    List<ClaimResult> claims,
    FinalityResult finality,
    Totals totals,
    List<Note> notModelled,
    List<Note> warnings,
    List<Violation> missing) {

  /** The JSON format of the result. */
  public static final String FORMAT = "laborcalc.arbitration-result/1";

  public ArbitrationResult {
    requireNonNull(input, "input");
    requireNonNull(options, "options");
    requireNonNull(findings, "findings");
    claims = List.copyOf(claims);
    requireNonNull(finality, "finality");
    requireNonNull(totals, "totals");
    notModelled = List.copyOf(notModelled);
    warnings = List.copyOf(warnings);
    missing = List.copyOf(missing);
    Money sum = claims.stream().map(ClaimResult::amount).reduce(Money.ZERO, Money::plus);
    if (!sum.equals(totals.total())) {
      throw new IllegalArgumentException(
          "total (" + totals.total() + ") must be the claims' sum (" + sum + ")");
    }
  }

  /** Whether every figure was found. */
  public boolean isComplete() {
    return missing.isEmpty();
  }

  /** The claim of an id. */
  public Optional<ClaimResult> claim(String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The findings the claims share: the employment as stated once, and the service and the wage as
   * the first termination-money claim found them (its own result holds the same).
   *
   * @param serviceFrom the id of the claim whose service and wage are shown, or null
   * @param service that claim's service document, or null
   * @param wage that claim's wage document, or null
   */
  public record Findings(String serviceFrom, JsonNode service, JsonNode wage) {
    public Findings {
      service = service == null ? null : service.deepCopy();
      wage = wage == null ? null : wage.deepCopy();
    }

    @Override
    public JsonNode service() {
      return service == null ? null : service.deepCopy();
    }

    @Override
    public JsonNode wage() {
      return wage == null ? null : wage.deepCopy();
    }
  }

  /**
   * The award's totals.
   *
   * @param total the sum of the computed claims: limitation never removes money
   * @param totalIfLimitationRaised the same less every line whose limit has run, should the
   *     employer raise the defence (解释（二） art. 20)
   * @param byParty the total by who owes it, rounded half-up to the fen per line share
   * @param finalTotal the sum of the final items
   * @param nonFinalTotal the sum of the non-final items
   * @param undeterminedTotal the sum of the items no threshold could be set for
   * @param awardSplitRequired whether the award must be made as two (办案规则 art. 50 ¶4); empty when
   *     an undetermined item leaves it open
   */
  public record Totals(
      Money total,
      Money totalIfLimitationRaised,
      Map<Party, Money> byParty,
      Money finalTotal,
      Money nonFinalTotal,
      Money undeterminedTotal,
      Optional<Boolean> awardSplitRequired) {
    public Totals {
      requireNonNull(total, "total");
      requireNonNull(totalIfLimitationRaised, "totalIfLimitationRaised");
      byParty = Collections.unmodifiableMap(new TreeMap<>(byParty));
      requireNonNull(finalTotal, "finalTotal");
      requireNonNull(nonFinalTotal, "nonFinalTotal");
      requireNonNull(undeterminedTotal, "undeterminedTotal");
      requireNonNull(awardSplitRequired, "awardSplitRequired");
    }
  }
}
