package org.laborcalc.finality;

import static java.util.Objects.requireNonNull;

import org.laborcalc.money.Money;
import org.laborcalc.result.Note;

/**
 * One item of an award, as the finality test sees it: "每项确定的数额" (解释（一） art. 19). Immutable.
 *
 * @param id the item's id, unique in the award (e.g. the claim id, or {@code
 *     c1/PAY_IN_LIEU_OF_NOTICE})
 * @param name what the item is, for people
 * @param awardClass its class under art. 47
 * @param amount the amount determined, not negative
 */
public record AwardItem(String id, Note name, AwardClass awardClass, Money amount) {
  public AwardItem {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(awardClass, "awardClass");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount (" + amount + ") must not be negative");
    }
  }
}
