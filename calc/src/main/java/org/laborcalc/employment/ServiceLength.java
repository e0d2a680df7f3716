package org.laborcalc.employment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * The service with one employer (在本单位工作的年限) from 用工之日 (劳动合同法第七条) to the last day of the relation,
 * counted by calendar months and days, never by days ÷ 365, and cut at 2008-01-01 where the service
 * began before it (劳动合同法第九十七条第三款). Immutable.
 *
 * <p>Months are counted with {@link MonthEndPolicy#ROLL_TO_NEXT_MONTH}: a month from 31 January
 * ends on 1 March, so a month is never shorter than its days; there is no statutory rule (the
 * result names it).
 *
 * @param start the first day of work (用工之日)
 * @param lastDay the last day of the relation, inclusive
 * @param whole the whole service
 * @param segments the whole service cut at 2008-01-01, in order; they partition it
 */
public record ServiceLength(
    LocalDate start, LocalDate lastDay, ServiceSegment whole, List<ServiceSegment> segments) {

  /** The day the 劳动合同法 took effect (art. 98). */
  public static final LocalDate LABOUR_CONTRACT_LAW_IN_FORCE = LocalDate.of(2008, 1, 1);

  /** How a month is counted from a day the next month does not have. */
  public static final MonthEndPolicy MONTH_END_POLICY = MonthEndPolicy.ROLL_TO_NEXT_MONTH;

  public ServiceLength {
    requireNonNull(start, "start");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(whole, "whole");
    segments = List.copyOf(segments);
  }

  /**
   * The service from {@code start} to {@code lastDay}, both days included.
   *
   * @throws IllegalArgumentException when {@code lastDay} is before {@code start}
   */
  public static ServiceLength of(LocalDate start, LocalDate lastDay) {
    requireNonNull(start, "start");
    requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(start)) {
      throw new IllegalArgumentException(
          "lastDay (" + lastDay + ") must not be before start (" + start + ")");
    }
    LocalDate end = lastDay.plusDays(1);
    ServiceSegment whole = segment(start, end, eraOf(start, end));
    List<ServiceSegment> parts = new ArrayList<>();
    if (start.isBefore(LABOUR_CONTRACT_LAW_IN_FORCE) && end.isAfter(LABOUR_CONTRACT_LAW_IN_FORCE)) {
      parts.add(segment(start, LABOUR_CONTRACT_LAW_IN_FORCE, ServiceSegment.Era.BEFORE_2008));
      parts.add(segment(LABOUR_CONTRACT_LAW_IN_FORCE, end, ServiceSegment.Era.FROM_2008));
    } else {
      parts.add(whole);
    }
    return new ServiceLength(start, lastDay, whole, parts);
  }

  /** The segment of an era, if the service has one. */
  public java.util.Optional<ServiceSegment> segment(ServiceSegment.Era era) {
    return segments.stream().filter(s -> s.era() == era).findFirst();
  }

  private static ServiceSegment.Era eraOf(LocalDate start, LocalDate end) {
    return end.isAfter(LABOUR_CONTRACT_LAW_IN_FORCE)
        ? ServiceSegment.Era.FROM_2008
        : ServiceSegment.Era.BEFORE_2008;
  }

  private static ServiceSegment segment(
      LocalDate from, LocalDate endExclusive, ServiceSegment.Era era) {
    return new ServiceSegment(
        DateRange.of(from, endExclusive),
        era,
        MonthsAndDays.between(from, endExclusive, MONTH_END_POLICY));
  }
}
