package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;

/**
 * A figure with where it comes from: a regional average wage with the bureau's release, a
 * percentage with its article. Immutable and thread-safe.
 *
 * @param value the figure (yuan, a percentage or a number of days, as the role says)
 * @param description what it is and where it was published, e.g. {@code "某市2018年度职工月平均工资
 *     （市人社局2019年公布）"}
 * @param citations the articles or documents it rests on; may be empty for a figure read from a
 *     publication that is not an instrument
 * @param verification how it was checked; anything but {@link Verification#PRIMARY} is flagged in
 *     the result
 */
public record SourcedFigure(
    BigDecimal value, String description, List<Citation> citations, Verification verification) {

  public SourcedFigure {
    requireNonNull(value, "value");
    requireNonNull(description, "description");
    citations = Citation.distinct(citations);
    requireNonNull(verification, "verification");
    if (description.isBlank()) {
      throw new IllegalArgumentException("description (\"\") must say what the figure is");
    }
  }

  /** A figure the caller supplied, with no citation. */
  public static SourcedFigure userSupplied(BigDecimal value, String description) {
    return new SourcedFigure(value, description, List.of(), Verification.USER_SUPPLIED);
  }
}
