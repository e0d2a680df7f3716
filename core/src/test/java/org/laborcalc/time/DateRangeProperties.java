package org.laborcalc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Laws of half-open date ranges. */
class DateRangeProperties {

  private static final LocalDate ORIGIN = LocalDate.of(2018, 1, 1);

  /** Dates in a six-year window, so that random ranges often meet. */
  @Provide
  Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 6 * 366).map(ORIGIN::plusDays);
  }

  /** Bounded ranges of 0 to 800 days (empty ones included), and one in five unbounded. */
  @Provide
  Arbitrary<DateRange> range() {
    Arbitrary<DateRange> bounded =
        Combinators.combine(date(), Arbitraries.integers().between(0, 800))
            .as((start, days) -> DateRange.of(start, start.plusDays(days)));
    Arbitrary<DateRange> empty = date().map(start -> DateRange.of(start, start));
    Arbitrary<DateRange> unbounded = date().map(DateRange::from);
    return Arbitraries.frequencyOf(
        Tuple.of(7, bounded), Tuple.of(1, empty), Tuple.of(2, unbounded));
  }

  @Property
  void parseOfToStringIsIdentity(@ForAll("range") DateRange r) {
    assertThat(DateRange.parse(r.toString())).isEqualTo(r).hasSameHashCodeAs(r);
  }

  @Property
  void containsMeansFromStartAndBeforeEnd(
      @ForAll("range") DateRange r, @ForAll("date") LocalDate d) {
    boolean expected = !d.isBefore(r.start()) && r.endExclusive().map(d::isBefore).orElse(true);
    assertThat(r.contains(d)).isEqualTo(expected);
  }

  @Property
  void ofClosedIsOfWithTheNextDay(@ForAll("date") LocalDate start, @ForAll("date") LocalDate end) {
    if (end.isBefore(start)) {
      return;
    }
    DateRange closed = DateRange.ofClosed(start, end);
    assertThat(closed).isEqualTo(DateRange.of(start, end.plusDays(1)));
    assertThat(closed.contains(end)).isTrue();
    assertThat(closed.endInclusive()).contains(end);
  }

  @Property
  void lengthCountsTheDaysContained(@ForAll("range") DateRange r) {
    if (r.isUnbounded()) {
      return;
    }
    long n = r.lengthInDays();
    assertThat(n).isNotNegative();
    assertThat(r.isEmpty()).isEqualTo(n == 0);
    if (n > 0) {
      assertThat(r.contains(r.start())).isTrue();
      assertThat(r.contains(r.start().plusDays(n - 1))).isTrue();
    }
    assertThat(r.contains(r.start().plusDays(n))).isFalse();
    assertThat(r.contains(r.start().minusDays(1))).isFalse();
  }

  @Property
  void overlapsIsSymmetric(@ForAll("range") DateRange a, @ForAll("range") DateRange b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
  }

  @Property
  void intersectionIsSymmetric(@ForAll("range") DateRange a, @ForAll("range") DateRange b) {
    assertThat(a.intersection(b)).isEqualTo(b.intersection(a));
  }

  @Property
  void intersectionExistsExactlyWhenTheRangesOverlap(
      @ForAll("range") DateRange a, @ForAll("range") DateRange b) {
    Optional<DateRange> both = a.intersection(b);
    assertThat(both.isPresent()).isEqualTo(a.overlaps(b));
    both.ifPresent(i -> assertThat(i.isEmpty()).isFalse());
  }

  /** A day is in the intersection exactly when it is in both ranges. */
  @Property
  void intersectionIsContainedInBoth(
      @ForAll("range") DateRange a, @ForAll("range") DateRange b, @ForAll("date") LocalDate d) {
    boolean inBoth = a.contains(d) && b.contains(d);
    assertThat(a.intersection(b).map(i -> i.contains(d)).orElse(false)).isEqualTo(inBoth);
  }

  @Property
  void overlappingRangesShareTheLaterStart(
      @ForAll("range") DateRange a, @ForAll("range") DateRange b) {
    if (!a.overlaps(b)) {
      return;
    }
    LocalDate later = a.start().isAfter(b.start()) ? a.start() : b.start();
    assertThat(a.contains(later)).isTrue();
    assertThat(b.contains(later)).isTrue();
  }

  @Property
  void emptyRangesNeverOverlap(@ForAll("date") LocalDate day, @ForAll("range") DateRange other) {
    DateRange empty = DateRange.of(day, day);
    assertThat(empty.overlaps(other)).isFalse();
    assertThat(other.overlaps(empty)).isFalse();
    assertThat(empty.intersection(other)).isEmpty();
  }

  @Property
  void aNonEmptyRangeOverlapsItself(@ForAll("range") DateRange r) {
    assertThat(r.overlaps(r)).isEqualTo(!r.isEmpty());
    if (!r.isEmpty()) {
      assertThat(r.intersection(r)).contains(r);
    }
  }
}
