package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;

/**
 * How the unused days of one year were found: the part of the year with this employer, each part at
 * its band, the pro-rating, the days taken and the dropped fraction. Immutable.
 *
 * @param year the year
 * @param from the first day of the year counted (1 January, or the day the worker joined)
 * @param to the last day counted (31 December, or the last day of employment)
 * @param kind a full year, a joiner's (实施办法 art. 5), a leaver's (art. 12) or both
 * @param segments the parts of the period, each at one band
 * @param proratedExact Σ days ÷ 365 × band days, to ten places; the band days when not pro-rated
 * @param taken the days taken
 * @param unused the days owed (never negative)
 * @param disqualifiedBy the article of 条例 art. 4 that bars the year, or null
 * @param citations the articles the count rests on
 */
public record LeaveDays(
    int year,
    LocalDate from,
    LocalDate to,
    Kind kind,
    List<Segment> segments,
    BigDecimal proratedExact,
    BigDecimal taken,
    BigDecimal unused,
    Citation disqualifiedBy,
    List<Citation> citations) {
  public LeaveDays {
    requireNonNull(kind, "kind");
    segments = List.copyOf(segments);
    citations = Citation.distinct(citations);
    if (unused.signum() < 0) {
      throw new IllegalArgumentException("unused (" + unused + ") must not be negative");
    }
  }

  /** Which pro-rating applies to the year. */
  public enum Kind {
    FULL_YEAR,
    JOINER,
    LEAVER,
    JOINER_AND_LEAVER
  }

  /**
   * Part of the year at one band.
   *
   * @param from first day
   * @param to last day
   * @param days calendar days from {@code from} to {@code to}, both counted
   * @param bandDays the year's leave at this band (0 before one year of cumulative work)
   */
  public record Segment(LocalDate from, LocalDate to, long days, int bandDays) {}
}
