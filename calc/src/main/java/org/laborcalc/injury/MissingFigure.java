package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.region.Region;

/**
 * A statutory figure or provincial rule that no pack supplies, and the items it keeps out of a
 * result: supply it (case file {@code parameters}, {@code --params}, {@code UserFigures}) and those
 * items are computed. Immutable.
 *
 * @param key the parameter, e.g. {@code wage.regionalAverageMonthly} or the provincial rule {@code
 *     injury.terminationSubsidies}
 * @param region the region it is needed for (the case's 统筹地区, or its province)
 * @param year for a yearly statistic ({@link ParameterKey#isYearly()}), the calendar year it must
 *     cover; null for any other figure
 * @param date for any other figure, the day it must be in force; null for a yearly statistic
 * @param items the items that cannot be computed without it, in canonical order; empty when only
 *     the result's 本人工资 finding (or who pays) needs it and no item of the case does
 */
public record MissingFigure(
    ParameterKey<?> key, Region region, Integer year, LocalDate date, List<BenefitItem> items) {

  public MissingFigure {
    requireNonNull(key, "key");
    requireNonNull(region, "region");
    if ((year == null) == (date == null)) {
      throw new IllegalArgumentException(
          "missing figure (" + key + ") must name either the year or the date it must cover");
    }
    if (key.isYearly() != (year != null)) {
      throw new IllegalArgumentException(
          "missing figure ("
              + key
              + ") must name "
              + (key.isYearly() ? "the year of a yearly statistic" : "the date of its figure"));
    }
    items = List.copyOf(items);
  }

  public String nameZh() {
    return key.descriptionZh();
  }

  public String nameEn() {
    return key.descriptionEn();
  }

  /**
   * The same figure as {@code validate} reports it: a {@code MISSING_PARAMETER} violation at {@code
   * parameters} whose fields are {@code key}, {@code region}, {@code year} or {@code date}, and
   * {@code items} (the item codes, space-separated).
   */
  public Violation toViolation() {
    MissingParameterException e = exception();
    Map<String, String> fields = new LinkedHashMap<>(e.fields());
    fields.put("items", String.join(" ", items.stream().map(BenefitItem::name).toList()));
    return new Violation("parameters", e.code(), e.messageZh(), e.messageEn(), fields);
  }

  /** The exception a strict calculation throws for this figure. */
  public MissingParameterException exception() {
    return new MissingParameterException(
        key, region, year != null ? LocalDate.of(year, 7, 1) : date);
  }
}
