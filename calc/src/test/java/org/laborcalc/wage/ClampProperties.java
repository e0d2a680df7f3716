package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.laborcalc.money.Money;

/** 《工伤保险条例》第六十四条第二款: the clamp is a projection onto [60 %, 300 %] of the average. */
class ClampProperties {

  private static Money fen(long fen) {
    return Money.of(BigDecimal.valueOf(fen, 2));
  }

  private static ClampBounds bounds(long regionalAverageFen) {
    return ClampBounds.of(
        StatutoryFigures.withArticle64Percentages(
            SourcedFigure.userSupplied(BigDecimal.valueOf(regionalAverageFen, 2), "测试用平均工资"),
            WageFixtures.PAY_DAYS));
  }

  @Property
  void theClampIsIdempotent(
      @ForAll @LongRange(min = 1, max = 10_000_000) long averageFen,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long valueFen) {
    ClampBounds b = bounds(averageFen);
    ClampResult once = b.apply(fen(valueFen));
    ClampResult twice = b.apply(once.result());
    assertThat(twice.result()).isEqualTo(once.result());
    assertThat(twice.direction()).isEqualTo(ClampResult.Direction.NONE);
  }

  @Property
  void theResultLiesWithinTheBoundsAndAValueWithinThemIsUnchanged(
      @ForAll @LongRange(min = 1, max = 10_000_000) long averageFen,
      @ForAll @LongRange(min = 0, max = 1_000_000_000) long valueFen) {
    ClampBounds b = bounds(averageFen);
    Money v = fen(valueFen);
    ClampResult r = b.apply(v);
    assertThat(r.result()).isBetween(b.lower(), b.upper());
    if (!v.isLessThan(b.lower()) && !v.isGreaterThan(b.upper())) {
      assertThat(r.result()).isEqualTo(v);
      assertThat(r.clamped()).isFalse();
    }
  }

  @Property
  void theClampIsMonotonic(
      @ForAll @LongRange(min = 1, max = 10_000_000) long averageFen,
      @ForAll @LongRange(min = 0, max = 100_000_000) long a,
      @ForAll @LongRange(min = 0, max = 100_000_000) long b) {
    ClampBounds bounds = bounds(averageFen);
    Money lo = fen(Math.min(a, b));
    Money hi = fen(Math.max(a, b));
    assertThat(bounds.apply(lo).result()).isLessThanOrEqualTo(bounds.apply(hi).result());
  }

  @Property
  void theBoundsAreSixtyAndThreeHundredPercentToTheFen(
      @ForAll @LongRange(min = 1, max = 10_000_000) long averageFen) {
    ClampBounds b = bounds(averageFen);
    // 60 % and 300 % of the average, in fen, rounded half-up: (fen × 60 + 50) ÷ 100 floors.
    assertThat(b.lower()).isEqualTo(fen((averageFen * 60 + 50) / 100));
    assertThat(b.upper()).isEqualTo(fen(averageFen * 3));
  }
}
