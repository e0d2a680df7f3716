package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

/**
 * The choices the texts leave open (ARBITRATION.md §2.6), named, defaulted and echoed in the
 * result.
 *
 * @param truncation where a leaver's pro-rated days drop their fraction (实施办法 art. 12)
 * @param bandChange how a year in which cumulative working time crosses 1, 10 or 20 years is
 *     counted
 */
public record AnnualLeaveOptions(Truncation truncation, BandChange bandChange) {
  public AnnualLeaveOptions {
    requireNonNull(truncation, "truncation");
    requireNonNull(bandChange, "bandChange");
  }

  /** {@code TRUNCATE_RESULT} and {@code SPLIT_AT_THRESHOLD}. */
  public static AnnualLeaveOptions defaults() {
    return new AnnualLeaveOptions(Truncation.TRUNCATE_RESULT, BandChange.SPLIT_AT_THRESHOLD);
  }

  /** 实施办法 art. 12: "折算后不足1整天的部分不支付" — of what. */
  public enum Truncation {
    /** Default: the fraction of the formula's result (pro-rated days − days taken) is dropped. */
    TRUNCATE_RESULT,
    /** The pro-rated days are truncated first, then the days taken subtracted (and truncated). */
    TRUNCATE_ENTITLEMENT_FIRST
  }

  /** No national text says how a band crossed during the year counts [U]. */
  public enum BandChange {
    /** Default: each part of the year at its own band, pro-rated by days ÷ 365. */
    SPLIT_AT_THRESHOLD,
    /** The band reached by the last day of the year (or of the employment) for the whole year. */
    BAND_AT_YEAR_END,
    /** The band held on the first day of the year (or of the employment) for the whole year. */
    BAND_AT_YEAR_START
  }
}
