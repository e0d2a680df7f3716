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
 *     <p>Days a region's law does not count as service (a suspension of the contract,
 *     山东省劳动合同条例第二十六条第二款) are left out of the lengths, never of the ranges: a segment's length is
 *     counted from its first day to its end brought forward by the days it loses, so the days that
 *     remain are laid end to end (the calendar rule is not statutory; the result names it).
 * @param whole the whole service
 * @param segments the whole service cut at 2008-01-01, in order; their ranges partition it
 * @param notCounted the periods within the service that are not counted, in order, not overlapping
 */
public record ServiceLength(
    LocalDate start,
    LocalDate lastDay,
    ServiceSegment whole,
    List<ServiceSegment> segments,
    List<DateRange> notCounted) {

  /** Every day counted. */
  public ServiceLength(
      LocalDate start, LocalDate lastDay, ServiceSegment whole, List<ServiceSegment> segments) {
    this(start, lastDay, whole, segments, List.of());
  }

  /** The day the 劳动合同法 took effect (art. 98). */
  public static final LocalDate LABOUR_CONTRACT_LAW_IN_FORCE = LocalDate.of(2008, 1, 1);

  /** How a month is counted from a day the next month does not have. */
  public static final MonthEndPolicy MONTH_END_POLICY = MonthEndPolicy.ROLL_TO_NEXT_MONTH;

  public ServiceLength {
    requireNonNull(start, "start");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(whole, "whole");
    segments = List.copyOf(segments);
    notCounted = List.copyOf(notCounted);
  }

  /**
   * The service from {@code start} to {@code lastDay}, both days included.
   *
   * @throws IllegalArgumentException when {@code lastDay} is before {@code start}
   */
  public static ServiceLength of(LocalDate start, LocalDate lastDay) {
    return of(start, lastDay, List.of());
  }

  /**
   * The service from {@code start} to {@code lastDay}, both days included, without the days of
   * {@code notCounted}.
   *
   * @throws IllegalArgumentException when {@code lastDay} is before {@code start}, or a period not
   *     counted is unbounded, outside the service or overlaps another
   */
  public static ServiceLength of(LocalDate start, LocalDate lastDay, List<DateRange> notCounted) {
    requireNonNull(start, "start");
    requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(start)) {
      throw new IllegalArgumentException(
          "lastDay (" + lastDay + ") must not be before start (" + start + ")");
    }
    LocalDate end = lastDay.plusDays(1);
    DateRange service = DateRange.of(start, end);
    List<DateRange> gaps =
        notCounted.stream().sorted(java.util.Comparator.comparing(DateRange::start)).toList();
    for (int i = 0; i < gaps.size(); i++) {
      DateRange g = gaps.get(i);
      if (g.isUnbounded()
          || g.start().isBefore(start)
          || g.endExclusive().orElseThrow().isAfter(end)) {
        throw new IllegalArgumentException(
            "notCounted (" + g + ") must lie within the service (" + service + ")");
      }
      if (i > 0 && gaps.get(i - 1).overlaps(g)) {
        throw new IllegalArgumentException(
            "notCounted (" + g + ") must not overlap (" + gaps.get(i - 1) + ")");
      }
    }
    ServiceSegment whole = segment(start, end, eraOf(start, end), gaps);
    List<ServiceSegment> parts = new ArrayList<>();
    if (start.isBefore(LABOUR_CONTRACT_LAW_IN_FORCE) && end.isAfter(LABOUR_CONTRACT_LAW_IN_FORCE)) {
      parts.add(segment(start, LABOUR_CONTRACT_LAW_IN_FORCE, ServiceSegment.Era.BEFORE_2008, gaps));
      parts.add(segment(LABOUR_CONTRACT_LAW_IN_FORCE, end, ServiceSegment.Era.FROM_2008, gaps));
    } else {
      parts.add(whole);
    }
    return new ServiceLength(start, lastDay, whole, parts, gaps);
  }

  /** The days of the service not counted. */
  public long daysNotCounted() {
    return notCounted.stream().mapToLong(DateRange::lengthInDays).sum();
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
      LocalDate from, LocalDate endExclusive, ServiceSegment.Era era, List<DateRange> gaps) {
    DateRange range = DateRange.of(from, endExclusive);
    long lost =
        gaps.stream()
            .flatMap(g -> g.intersection(range).stream())
            .mapToLong(DateRange::lengthInDays)
            .sum();
    return new ServiceSegment(
        range, era, MonthsAndDays.between(from, endExclusive.minusDays(lost), MONTH_END_POLICY));
  }
}
