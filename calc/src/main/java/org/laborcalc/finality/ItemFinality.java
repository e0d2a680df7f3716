package org.laborcalc.finality;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Note;

/**
 * Whether one item of the award is final. Immutable.
 *
 * @param item the item tested
 * @param status the outcome
 * @param threshold the threshold it was compared with; empty for an item not tested by amount, or
 *     when no minimum wage is held ({@link FinalityStatus#UNDETERMINED})
 * @param reason why, in Chinese and English, with the figures
 * @param citations the articles applied
 */
public record ItemFinality(
    AwardItem item,
    FinalityStatus status,
    Optional<Money> threshold,
    Note reason,
    List<Citation> citations) {
  public ItemFinality {
    requireNonNull(item, "item");
    requireNonNull(status, "status");
    requireNonNull(threshold, "threshold");
    requireNonNull(reason, "reason");
    citations = List.copyOf(citations);
  }
}
