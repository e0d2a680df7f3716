package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.parameters.ResolvedParameter;

/**
 * A statutory figure a line used, with where it came from.
 *
 * @param key the parameter key
 * @param value the value as text (an amount, a number, or the table entry used)
 * @param regionCode the region of the entry that supplied it
 * @param range the entry's date range
 * @param pack the pack that supplied it
 * @param verification its verification label
 * @param citations its legal sources
 */
public record ParameterUse(
    String key,
    String value,
    String regionCode,
    String range,
    String pack,
    Verification verification,
    List<Citation> citations) {

  public ParameterUse {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    citations = Citation.distinct(citations);
  }

  /** The use of one resolved parameter, showing {@code value} (e.g. one grade's months). */
  public static ParameterUse of(ResolvedParameter<?> p, String value) {
    return new ParameterUse(
        p.key().name(),
        value,
        p.entry().region().code(),
        p.entry().range().toString(),
        p.packId(),
        p.verification(),
        p.citations());
  }
}
