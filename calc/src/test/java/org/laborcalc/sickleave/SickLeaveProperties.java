package org.laborcalc.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;

/**
 * The laws of the medical period, over first sick days in 2036–2068, services up to 45 years and a
 * continuous sick leave of up to 1,200 days.
 */
class SickLeaveProperties {
  private static final Parameters P = BundledPacks.parameters();
  private static final SickLeaveCalculation CALC = SickLeaveCalculation.INSTANCE;

  private static SickLeaveResult continuous(
      int actualDays, int currentDays, LocalDate first, int sickDays, SickLeaveOptions o) {
    SickLeaveCase c =
        new SickLeaveCase(
            Region.of("110000"),
            first.minusDays(Math.max(actualDays, currentDays)),
            first.minusDays(currentDays),
            List.of(new SickLeaveCase.SickPeriod(first, first.plusDays(sickDays - 1))),
            null,
            List.of());
    return CALC.compute(c, o, P);
  }

  /**
   * The medical period is within art. 3's 3 to 24 months, never shorter with more service, and
   * counted within a window longer than itself (art. 4); continuous sick leave uses it up on the
   * day before the same day {@code months} later.
   */
  @Property(tries = 400)
  void theMedicalPeriodIsWithinTheTableMonotoneAndUsedUpOnItsLastDay(
      @ForAll @IntRange(min = 0, max = 14600) int actualDays,
      @ForAll @IntRange(min = 0, max = 14600) int currentDays,
      @ForAll @IntRange(min = 0, max = 12000) int firstDay,
      @ForAll @IntRange(min = 1, max = 1200) int sickDays,
      @ForAll @IntRange(min = 0, max = 2000) int more) {
    LocalDate first = LocalDate.of(2036, 1, 1).plusDays(firstDay);
    SickLeaveOptions o = SickLeaveOptions.defaults();
    SickLeaveResult r = continuous(actualDays, currentDays, first, sickDays, o);
    SickLeaveResult.Cycle c = r.cycles().get(0);
    assertThat(c.months()).isBetween(3, 24);
    assertThat(c.windowMonths()).isGreaterThan(c.months());
    assertThat(c.periodDays())
        .isEqualTo(ChronoUnit.DAYS.between(first, first.plusMonths(c.months())));
    if (sickDays >= c.periodDays()) {
      assertThat(c.usedUpOn()).isEqualTo(first.plusMonths(c.months()).minusDays(1));
    } else {
      assertThat(c.usedUpOn()).isNull();
    }
    SickLeaveResult.Cycle longer =
        continuous(actualDays + more, currentDays + more, first, sickDays, o).cycles().get(0);
    assertThat(longer.months()).isGreaterThanOrEqualTo(c.months());
    SickLeaveResult.Cycle lower =
        continuous(
                actualDays,
                currentDays,
                first,
                sickDays,
                new SickLeaveOptions(SickLeaveOptions.Boundary.BOUNDARY_TAKES_LOWER_TIER))
            .cycles()
            .get(0);
    assertThat(lower.months()).isLessThanOrEqualTo(c.months());
    long counted = 0;
    for (SickLeaveResult.Cycle each : r.cycles()) {
      counted += each.sickDays();
    }
    assertThat(counted).as("every sick day is counted in one cycle").isEqualTo(sickDays);
  }
}
