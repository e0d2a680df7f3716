package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * The figures a caller supplies in Java — a city's average wage, a minimum wage — as a parameter
 * pack, without writing its JSON. Every figure is {@link Verification#USER_SUPPLIED} and cites the
 * document that published it; each result that uses one lists it with that source.
 *
 * <pre>{@code
 * ParameterPack figures =
 *     UserFigures.pack("hangzhou-figures")
 *         .year(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, Region.of("330100"), 2023,
 *             Money.parse("9500.00"), "杭州市统计局 2024年5月公告")
 *         .build();
 * LaborCalc calc = LaborCalc.builder().pack(figures).build();
 * }</pre>
 *
 * <p>A builder is not thread-safe; the pack it builds is immutable.
 */
public final class UserFigures {
  private final String packId;
  private final List<ParameterEntry<?>> entries = new ArrayList<>();

  private UserFigures(String packId) {
    this.packId = packId;
  }

  /** A new pack of caller's figures with the id {@code packId} (lower-case words joined by '-'). */
  public static UserFigures pack(String packId) {
    return new UserFigures(requireNonNull(packId, "packId"));
  }

  /**
   * A yearly statistic (上年度 figures are published per calendar year) for calendar year {@code year}
   * only: it is never used for another year.
   */
  public <T> UserFigures year(
      ParameterKey<T> key, Region region, int year, T value, String source) {
    return add(
        key,
        region,
        DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)),
        value,
        source);
  }

  /**
   * A figure in force over {@code range} (half-open), e.g. a minimum wage from the day its notice
   * took effect.
   */
  public <T> UserFigures add(
      ParameterKey<T> key, Region region, DateRange range, T value, String source) {
    requireNonNull(key, "key");
    requireNonNull(region, "region");
    requireNonNull(range, "range");
    requireNonNull(value, "value");
    requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException(
          "source of " + key.name() + " must name the document that published the figure");
    }
    checkBounds(key, value);
    Instrument document =
        new Instrument(
            "user-document", source, source, null, null, null, Verification.USER_SUPPLIED, null);
    entries.add(
        new ParameterEntry<>(
            key,
            region,
            range,
            value,
            List.of(Citation.of(document)),
            Verification.USER_SUPPLIED,
            null,
            null,
            null,
            null,
            packId));
    return this;
  }

  /** The pack; figures of one key and region overlapping in time are refused. */
  public ParameterPack build() {
    return ParameterPack.of(packId, "figures supplied by the caller", "UserFigures", entries);
  }

  private static void checkBounds(ParameterKey<?> key, Object value) {
    BigDecimal v = value instanceof Money m ? m.amount() : value instanceof BigDecimal b ? b : null;
    if (v == null) {
      return;
    }
    if ((key.min() != null && v.compareTo(key.min()) < 0)
        || (key.max() != null && v.compareTo(key.max()) > 0)) {
      throw new IllegalArgumentException(
          "value ("
              + v.toPlainString()
              + ") of "
              + key.name()
              + " must be between "
              + key.min().toPlainString()
              + " and "
              + key.max().toPlainString());
    }
  }
}
