package org.laborcalc.probation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices the texts leave open, named, defaulted and echoed in the result. Immutable.
 *
 * @param partMonth how a part month of the excess is paid
 */
public record ProbationOptions(PartMonth partMonth) {
  public ProbationOptions {
    requireNonNull(partMonth, "partMonth");
  }

  /** Every option at its default. */
  public static ProbationOptions defaults() {
    return new ProbationOptions(PartMonth.CALENDAR_DAYS);
  }

  /** The options by their case-file names, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("probation.partMonth", partMonth.name());
    return m;
  }

  /** Art. 83 "按已经履行的超过法定试用期的期间" does not say how a part month counts [U]. */
  public enum PartMonth {
    /** Default: the wage × days of the part month ÷ the days of that month of the excess. */
    CALENDAR_DAYS,
    /** Only completed months of the excess are paid. */
    WHOLE_MONTHS_ONLY
  }
}
