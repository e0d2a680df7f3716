package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;

/**
 * The grade of a worker with one or more graded injury items, found by the 晋级原则 of GB/T 16180-2014
 * 4.2; see {@link GradeCombination#combine(List)}. Immutable and thread-safe.
 *
 * @param finalGrade the grade to apply
 * @param mostSevereItem the most severe single item's grade
 * @param raised true when {@code finalGrade} is one grade more severe than {@code mostSevereItem}
 * @param items the item grades as given
 * @param citations the clauses relied on
 * @param verification how the rule was checked: {@link Verification#SECONDARY}, the standard's text
 *     having been read only as quoted by other pages
 * @param explanationZh how the grade was found, in Chinese
 * @param explanationEn how the grade was found, in English
 */
public record CombinedGrade(
    DisabilityGrade finalGrade,
    DisabilityGrade mostSevereItem,
    boolean raised,
    List<DisabilityGrade> items,
    List<Citation> citations,
    Verification verification,
    String explanationZh,
    String explanationEn) {

  public CombinedGrade {
    requireNonNull(finalGrade, "finalGrade");
    requireNonNull(mostSevereItem, "mostSevereItem");
    requireNonNull(verification, "verification");
    requireNonNull(explanationZh, "explanationZh");
    requireNonNull(explanationEn, "explanationEn");
    items = List.copyOf(items);
    citations = Citation.distinct(citations);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    int expected = raised ? mostSevereItem.number() - 1 : mostSevereItem.number();
    if (finalGrade.number() != expected) {
      throw new IllegalArgumentException(
          "finalGrade ("
              + finalGrade
              + ") must be "
              + (raised ? "one grade more severe than " : "equal to ")
              + "mostSevereItem ("
              + mostSevereItem
              + ")");
    }
  }
}
