package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * One value of a parameter: for a region, over a half-open date range, with its citations and
 * verification label, and the pack that supplied it. Immutable.
 *
 * @param key the parameter
 * @param region where the value applies (the nation, a province or a 统筹地区)
 * @param range when it applies, {@code [from, until)}
 * @param value the value, of the key's type
 * @param citations at least one
 * @param verification how the value was checked
 * @param knownSince the date the value became public, or null when not recorded
 * @param note free text for readers, or null
 * @param warningZh a warning every result using the value repeats, or null
 * @param warningEn the same in English, or null
 * @param packId the pack that supplied the value
 */
public record ParameterEntry<T>(
    ParameterKey<T> key,
    Region region,
    DateRange range,
    T value,
    List<Citation> citations,
    Verification verification,
    LocalDate knownSince,
    String note,
    String warningZh,
    String warningEn,
    String packId) {

  public ParameterEntry {
    requireNonNull(key, "key");
    requireNonNull(region, "region");
    requireNonNull(range, "range");
    requireNonNull(value, "value");
    requireNonNull(verification, "verification");
    requireNonNull(packId, "packId");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException(
          "parameter (" + key + ") must cite at least one legal source");
    }
    if (!key.valueClass().isInstance(value)) {
      throw new IllegalArgumentException(
          "parameter (" + key + ") value must be a " + key.valueClass().getSimpleName());
    }
    if (key.isYearly() && !isOneCalendarYear(range)) {
      throw new IllegalArgumentException(
          "range ("
              + range
              + ") of the yearly statistic "
              + key
              + " must be one calendar year, [Y-01-01, Y+1-01-01): a year's figure is not the"
              + " next year's");
    }
    if ((warningZh == null) != (warningEn == null)) {
      throw new IllegalArgumentException(
          "parameter (" + key + ") warning must be given in both Chinese and English");
    }
  }

  /** True when {@code range} is exactly one calendar year, {@code [Y-01-01, Y+1-01-01)}. */
  static boolean isOneCalendarYear(DateRange range) {
    LocalDate start = range.start();
    return start.getDayOfYear() == 1
        && range.endExclusive().filter(e -> e.equals(start.plusYears(1))).isPresent();
  }

  public Optional<String> warning() {
    return Optional.ofNullable(warningEn);
  }
}
