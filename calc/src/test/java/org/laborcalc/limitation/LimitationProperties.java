package org.laborcalc.limitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.laborcalc.calendar.HolidayCalendar;

/** Laws of art. 27 that hold for any known date from 2008-05-01 and any events after it. */
class LimitationProperties {

  private static final LocalDate FIRST = LocalDate.of(2008, 5, 1);

  /**
   * Suspensions as (gap before, length) pairs laid end to end after {@code known}, so they never
   * overlap.
   */
  private static Limitation build(
      LocalDate known, List<Integer> interruptionOffsets, List<Integer> suspensionSteps) {
    Limitation l = Limitation.of(known).withLastDayRule(LastDayRule.ANNIVERSARY);
    for (int offset : interruptionOffsets) {
      l = l.interruptedOn(known.plusDays(offset), InterruptionKind.CLAIM_AGAINST_OTHER_PARTY);
    }
    LocalDate next = known;
    for (int i = 0; i + 1 < suspensionSteps.size(); i += 2) {
      LocalDate from = next.plusDays(suspensionSteps.get(i));
      LocalDate to = from.plusDays(suspensionSteps.get(i + 1));
      l = l.suspended(from, to, SuspensionCause.FORCE_MAJEURE);
      next = to.plusDays(1);
    }
    return l;
  }

  private static LocalDate deadline(Limitation l) {
    return l.result().deadline().orElseThrow();
  }

  @Property(tries = 2000)
  void anInterruptionNeverShortensTheDeadline(
      @ForAll @IntRange(min = 0, max = 8000) int knownOffset,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 900) Integer> interruptions,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> suspensionSteps,
      @ForAll @IntRange(min = 0, max = 900) int extra) {
    LocalDate known = FIRST.plusDays(knownOffset);
    Limitation without = build(known, interruptions, suspensionSteps);
    Limitation with =
        without.interruptedOn(known.plusDays(extra), InterruptionKind.REQUEST_FOR_RELIEF);
    assertThat(deadline(with)).isAfterOrEqualTo(deadline(without));
  }

  /** The same law with last days moved to working days, for known dates the calendar holds. */
  @Property(tries = 1000)
  void anInterruptionNeverShortensTheMovedDeadline(
      @ForAll @IntRange(min = 0, max = 4500) int knownOffset,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 400) Integer> interruptions,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 100) Integer> suspensionSteps,
      @ForAll @IntRange(min = 0, max = 400) int extra) {
    LocalDate known = FIRST.plusDays(knownOffset);
    Limitation without = build(known, interruptions, suspensionSteps);
    Limitation with =
        without.interruptedOn(known.plusDays(extra), InterruptionKind.REQUEST_FOR_RELIEF);
    Assume.that(HolidayCalendar.national().covers(deadline(with).plusDays(30)));
    LocalDate moved = deadline(with.withLastDayRule(LastDayRule.NEXT_WORKING_DAY));
    assertThat(moved)
        .isAfterOrEqualTo(deadline(without.withLastDayRule(LastDayRule.NEXT_WORKING_DAY)));
    assertThat(HolidayCalendar.national().day(moved).isWorkday()).isTrue();
  }

  @Property
  void theDeadlineIsAtLeastOneYearAfterTheKnownDate(
      @ForAll @IntRange(min = 0, max = 8000) int knownOffset,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 900) Integer> interruptions,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 400) Integer> suspensionSteps) {
    LocalDate known = FIRST.plusDays(knownOffset);
    assertThat(deadline(build(known, interruptions, suspensionSteps)))
        .isAfterOrEqualTo(known.plusYears(1));
  }

  @Property
  void theOrderInWhichEventsAreGivenDoesNotMatter(
      @ForAll @IntRange(min = 0, max = 8000) int knownOffset,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 900) Integer> interruptions) {
    LocalDate known = FIRST.plusDays(knownOffset);
    List<Integer> reversed = new java.util.ArrayList<>(interruptions);
    java.util.Collections.reverse(reversed);
    assertThat(deadline(build(known, reversed, List.of())))
        .isEqualTo(deadline(build(known, interruptions, List.of())));
  }
}
