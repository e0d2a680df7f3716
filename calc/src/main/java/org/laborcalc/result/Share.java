package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;

/**
 * A party's part of a line, and the articles that make it that party's.
 *
 * @param party who owes it
 * @param fraction the part of the line's amount, in (0, 1]; 1 for a line one party owes whole
 * @param citations the articles that put it on this party (may be empty where the line's own
 *     article names the payer)
 */
public record Share(Party party, java.math.BigDecimal fraction, List<Citation> citations) {
  public Share {
    requireNonNull(party, "party");
    requireNonNull(fraction, "fraction");
    citations = Citation.distinct(citations);
    if (fraction.signum() <= 0 || fraction.compareTo(java.math.BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a share is a fraction in (0, 1]: " + fraction);
    }
  }

  /** The whole of a line, owed by {@code party}. */
  public static Share whole(Party party, List<Citation> citations) {
    return new Share(party, java.math.BigDecimal.ONE, citations);
  }
}
