package org.laborcalc.sickleave;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices the texts leave open, named, defaulted and echoed in the result. Immutable.
 *
 * @param boundary how a service of exactly ten or five (…) years is placed in 479号 art. 3's tiers
 */
public record SickLeaveOptions(Boundary boundary) {
  public SickLeaveOptions {
    requireNonNull(boundary, "boundary");
  }

  /** Every option at its default. */
  public static SickLeaveOptions defaults() {
    return new SickLeaveOptions(Boundary.BOUNDARY_TAKES_HIGHER_TIER);
  }

  /** The options by their case-file names, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("medicalPeriod.boundary", boundary.name());
    return m;
  }

  /**
   * Art. 3 says "十年以下" and "十年以上" (五年…): both include the number in the civil-law reading [S], so
   * exactly ten years falls in both [U].
   */
  public enum Boundary {
    /** Default: a service of exactly N years is "N年以上", the higher tier. */
    BOUNDARY_TAKES_HIGHER_TIER,
    /** A service of exactly N years is "N年以下", the lower tier. */
    BOUNDARY_TAKES_LOWER_TIER
  }
}
