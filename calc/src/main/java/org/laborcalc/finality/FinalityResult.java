package org.laborcalc.finality;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;

/**
 * The finality of every item of an award, and whether it must be split. Immutable.
 *
 * @param items each item's finality, in the order given
 * @param threshold the threshold used, or empty when no minimum wage is held
 * @param finalTotal the sum of the FINAL items
 * @param nonFinalTotal the sum of the NOT_FINAL items
 * @param undeterminedTotal the sum of the UNDETERMINED items
 * @param awardSplitRequired true when FINAL and NOT_FINAL items both occur (办案规则 art. 50 ¶4), false
 *     when they cannot, empty when an UNDETERMINED item leaves it open
 * @param citations the articles of the split, when it is required
 */
public record FinalityResult(
    List<ItemFinality> items,
    Optional<FinalityThreshold> threshold,
    Money finalTotal,
    Money nonFinalTotal,
    Money undeterminedTotal,
    Optional<Boolean> awardSplitRequired,
    List<Citation> citations) {
  public FinalityResult {
    items = List.copyOf(items);
    requireNonNull(threshold, "threshold");
    requireNonNull(finalTotal, "finalTotal");
    requireNonNull(nonFinalTotal, "nonFinalTotal");
    requireNonNull(undeterminedTotal, "undeterminedTotal");
    requireNonNull(awardSplitRequired, "awardSplitRequired");
    citations = List.copyOf(citations);
  }
}
