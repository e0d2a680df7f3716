package org.laborcalc.limitation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.laborcalc.calendar.CalendarGapException;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.law.Citation;

/**
 * The 仲裁时效 of one claim under 劳动争议调解仲裁法 art. 27: one year from the day the right was known to be
 * infringed (¶1), restarted by each interruption (¶2), stopped by each suspension (¶3); wage
 * arrears during the employment run from its end (¶4). Immutable and thread-safe: each {@code
 * interruptedOn} or {@code suspended} returns a new instance.
 *
 * <p>Counting. "一年" ends on the same day of the next year (29 February → 28 February). A suspension
 * takes its days out of the running period: the year is counted from the start moved on by the
 * suspended days (TL-3: known 2024-03-15, suspended 2024-06-01..08-31 = 92 days, start moved to
 * 2024-06-15, deadline 2025-06-15). Counting the year from the start moved on, rather than adding
 * the days to the end, keeps an interruption from ever shortening a deadline across a 29 February.
 * Only an event within the running period counts: an interruption or suspension after the deadline
 * does not revive a lapsed limit (¶2 and ¶3 speak of "仲裁时效" running).
 *
 * <p>Last day. By default ({@link LastDayRule#ANNIVERSARY}) the deadline is the anniversary,
 * whatever day it is: the texts held do not state that a last day on a rest day moves (办案规则 art. 19
 * ¶2 only points to the civil-procedure period rules, which are not held). {@link
 * LastDayRule#NEXT_WORKING_DAY} is the option that moves it to the next working day of the national
 * {@link HolidayCalendar}; under it a year the calendar does not hold is a located violation at the
 * accrual path, and an interruption counts while the period runs, up to and including that moved
 * last day. Accruals before 2008-05-01 fall under the 60-day rule of 劳动法 art. 82, which is not
 * modelled: they are refused with a located violation.
 */
public final class Limitation {

  /** 劳动争议调解仲裁法 art. 54: "本法自2008年5月1日起施行". */
  private static final LocalDate IN_FORCE = LocalDate.of(2008, 5, 1);

  private record Interruption(LocalDate date, InterruptionKind kind) {}

  private record Suspension(LocalDate from, LocalDate toInclusive, SuspensionCause cause) {}

  /** A period's last day, and whether a suspension moved it. */
  private record Period(LocalDate deadline, boolean suspended) {}

  /** null for wage arrears while the employment lasts. */
  private final LocalDate accrual;

  private final String accrualPath;
  private final boolean arrears;
  private final List<Interruption> interruptions;
  private final List<Suspension> suspensions;
  private final LastDayRule lastDayRule;

  private Limitation(
      LocalDate accrual,
      String accrualPath,
      boolean arrears,
      List<Interruption> interruptions,
      List<Suspension> suspensions,
      LastDayRule lastDayRule) {
    this.accrual = accrual;
    this.accrualPath = accrualPath;
    this.arrears = arrears;
    this.interruptions = List.copyOf(interruptions);
    this.suspensions = List.copyOf(suspensions);
    this.lastDayRule = lastDayRule;
  }

  /**
   * This limit with its last day placed by {@code rule} (default {@link LastDayRule#ANNIVERSARY}).
   */
  public Limitation withLastDayRule(LastDayRule rule) {
    requireNonNull(rule, "rule");
    return new Limitation(accrual, accrualPath, arrears, interruptions, suspensions, rule);
  }

  /**
   * The limit of a claim whose right was known (or ought to have been known) to be infringed on
   * {@code known} (art. 27 ¶1).
   *
   * @throws InvalidInputException at path {@code known} if it is before 2008-05-01
   */
  public static Limitation of(LocalDate known) {
    return new Limitation(
        inForce(known, "known"), "known", false, List.of(), List.of(), LastDayRule.ANNIVERSARY);
  }

  /**
   * The limit of a claim for wage arrears that arose during an employment which ended on {@code
   * employmentEnd}: one year from that day (art. 27 ¶4).
   *
   * @throws InvalidInputException at path {@code employmentEnd} if it is before 2008-05-01
   */
  public static Limitation ofArrearsEndedOn(LocalDate employmentEnd) {
    return new Limitation(
        inForce(employmentEnd, "employmentEnd"),
        "employmentEnd",
        true,
        List.of(),
        List.of(),
        LastDayRule.ANNIVERSARY);
  }

  /** Wage arrears while the employment lasts: no limit runs (art. 27 ¶4). */
  public static Limitation ofArrearsWhileEmployed() {
    return new Limitation(
        null, "employmentEnd", true, List.of(), List.of(), LastDayRule.ANNIVERSARY);
  }

  /**
   * This limit interrupted on {@code date} by an act of {@code kind} (art. 27 ¶2).
   *
   * @throws InvalidInputException at {@code interruptions[i].date} if {@code date} is before the
   *     accrual date, or if no limit runs
   */
  public Limitation interruptedOn(LocalDate date, InterruptionKind kind) {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    String path = "interruptions[" + interruptions.size() + "].date";
    requireRunning(path);
    notBeforeAccrual(date, path);
    List<Interruption> more = new ArrayList<>(interruptions);
    more.add(new Interruption(date, kind));
    return new Limitation(accrual, accrualPath, arrears, more, suspensions, lastDayRule);
  }

  /**
   * This limit suspended from {@code from} to {@code toInclusive}, the day the cause ended (art. 27
   * ¶3).
   *
   * @throws InvalidInputException at {@code suspensions[i].from} or {@code .to} if the range starts
   *     before the accrual date, ends before it starts, or overlaps another suspension; or if no
   *     limit runs
   */
  public Limitation suspended(LocalDate from, LocalDate toInclusive, SuspensionCause cause) {
    requireNonNull(from, "from");
    requireNonNull(toInclusive, "toInclusive");
    requireNonNull(cause, "cause");
    String path = "suspensions[" + suspensions.size() + "]";
    requireRunning(path + ".from");
    notBeforeAccrual(from, path + ".from");
    if (toInclusive.isBefore(from)) {
      throw InvalidInputException.of(
          path + ".to",
          "BEFORE_START",
          "中止结束日（" + toInclusive + "）不得早于中止开始日（" + from + "）",
          "suspension end (" + toInclusive + ") must not be before its start (" + from + ")");
    }
    for (Suspension s : suspensions) {
      if (!from.isAfter(s.toInclusive()) && !s.from().isAfter(toInclusive)) {
        throw InvalidInputException.of(
            path + ".from",
            "OVERLAP",
            "中止期间（"
                + from
                + "至"
                + toInclusive
                + "）与另一中止期间（"
                + s.from()
                + "至"
                + s.toInclusive()
                + "）重叠",
            "suspension ("
                + from
                + ".."
                + toInclusive
                + ") must not overlap another suspension ("
                + s.from()
                + ".."
                + s.toInclusive()
                + ")");
      }
    }
    List<Suspension> more = new ArrayList<>(suspensions);
    more.add(new Suspension(from, toInclusive, cause));
    return new Limitation(accrual, accrualPath, arrears, interruptions, more, lastDayRule);
  }

  /** The accrual date and deadline, with no filing date assessed. */
  public LimitationResult result() {
    if (accrual == null) {
      return noLimit(Optional.empty());
    }
    List<Citation> cited = new ArrayList<>();
    LocalDate deadline = deadline(cited);
    return new LimitationResult(
        Optional.of(accrual), Optional.of(deadline), Optional.empty(), Optional.empty(), cited);
  }

  /**
   * The accrual date, deadline and where an application filed on {@code filed} stands.
   *
   * @throws InvalidInputException at path {@code filed} if it is before the accrual date or before
   *     an event, which could then not have affected it
   */
  public LimitationResult assess(LocalDate filed) {
    requireNonNull(filed, "filed");
    if (accrual == null) {
      return noLimit(Optional.of(filed));
    }
    if (filed.isBefore(accrual)) {
      throw InvalidInputException.of(
          "filed",
          "BEFORE_ACCRUAL",
          "申请仲裁日（" + filed + "）不得早于时效起算日（" + accrual + "）",
          "filing date (" + filed + ") must not be before the accrual date (" + accrual + ")");
    }
    LocalDate lastEvent = lastEvent();
    if (lastEvent != null && filed.isBefore(lastEvent)) {
      throw InvalidInputException.of(
          "filed",
          "BEFORE_EVENT",
          "申请仲裁日（" + filed + "）不得早于所列中断或中止事由（" + lastEvent + "）",
          "filing date ("
              + filed
              + ") must not be before an interruption or suspension ("
              + lastEvent
              + ")");
    }
    List<Citation> cited = new ArrayList<>();
    LocalDate deadline = deadline(cited);
    LimitationStatus status;
    if (filed.isAfter(deadline)) {
      status = LimitationStatus.EXPIRED_IF_RAISED;
      cited.add(LimitationLaw.DEFENCE_RAISED);
    } else {
      status = LimitationStatus.WITHIN;
    }
    return new LimitationResult(
        Optional.of(accrual),
        Optional.of(deadline),
        Optional.of(filed),
        Optional.of(status),
        cited);
  }

  private LimitationResult noLimit(Optional<LocalDate> filed) {
    return new LimitationResult(
        Optional.empty(),
        Optional.empty(),
        filed,
        Optional.of(LimitationStatus.NO_LIMIT_WHILE_EMPLOYED),
        List.of(LimitationLaw.ARREARS));
  }

  /** The deadline, adding to {@code cited} each article that moved it. */
  private LocalDate deadline(List<Citation> cited) {
    cited.add(arrears ? LimitationLaw.ARREARS : LimitationLaw.ONE_YEAR);
    boolean interrupted = false;
    LocalDate start = accrual;
    List<Interruption> byDate =
        interruptions.stream().sorted(Comparator.comparing(Interruption::date)).toList();
    for (Interruption i : byDate) {
      // An interruption counts only while the period runs; the latest such one governs.
      if (!i.date().isAfter(lastDay(anniversary(start, new boolean[1])))) {
        start = i.date();
        interrupted = true;
      }
    }
    if (interrupted) {
      cited.add(LimitationLaw.INTERRUPTION);
    }
    boolean[] suspendedAny = new boolean[1];
    LocalDate anniversary = anniversary(start, suspendedAny);
    if (suspendedAny[0]) {
      cited.add(LimitationLaw.SUSPENSION);
    }
    LocalDate deadline = lastDay(anniversary);
    if (!deadline.equals(anniversary)) {
      cited.add(LimitationLaw.PERIOD_RULES);
    }
    return deadline;
  }

  /**
   * One year from {@code start}, the start moved on by each suspended day after it; a suspension
   * that begins after the period has run out does not count. Sets {@code suspended[0]} if one did.
   */
  private LocalDate anniversary(LocalDate start, boolean[] suspended) {
    LocalDate moved = start;
    List<Suspension> byStart =
        suspensions.stream().sorted(Comparator.comparing(Suspension::from)).toList();
    for (Suspension s : byStart) {
      LocalDate first = s.from().isAfter(start) ? s.from() : start.plusDays(1);
      if (first.isAfter(s.toInclusive())) {
        continue; // wholly before the period began to run
      }
      if (first.isAfter(lastDay(moved.plusYears(1)))) {
        break; // the period had run out before this cause arose
      }
      moved = moved.plusDays(ChronoUnit.DAYS.between(first, s.toInclusive()) + 1);
      suspended[0] = true;
    }
    return moved.plusYears(1);
  }

  /** {@code anniversary} placed by the last-day rule. */
  private LocalDate lastDay(LocalDate anniversary) {
    if (lastDayRule == LastDayRule.ANNIVERSARY) {
      return anniversary;
    }
    HolidayCalendar calendar = HolidayCalendar.national();
    LocalDate day = anniversary;
    try {
      while (!calendar.day(day).isWorkday()) {
        day = day.plusDays(1);
      }
    } catch (CalendarGapException e) {
      throw InvalidInputException.of(accrualPath, e.code(), e.messageZh(), e.messageEn());
    }
    return day;
  }

  private LocalDate lastEvent() {
    LocalDate last = null;
    for (Interruption i : interruptions) {
      last = last == null || i.date().isAfter(last) ? i.date() : last;
    }
    for (Suspension s : suspensions) {
      last = last == null || s.from().isAfter(last) ? s.from() : last;
    }
    return last;
  }

  private void requireRunning(String path) {
    if (accrual == null) {
      throw InvalidInputException.of(
          path,
          "NO_LIMIT_RUNS",
          "劳动关系存续期间拖欠劳动报酬的争议不受仲裁时效期间限制，无从中断或中止",
          "no limit runs for wage arrears while the employment lasts, so none can be interrupted or"
              + " suspended");
    }
  }

  private void notBeforeAccrual(LocalDate date, String path) {
    if (date.isBefore(accrual)) {
      throw InvalidInputException.of(
          path,
          "BEFORE_ACCRUAL",
          "事由发生日（" + date + "）不得早于时效起算日（" + accrual + "）",
          "event date (" + date + ") must not be before the accrual date (" + accrual + ")");
    }
  }

  private static LocalDate inForce(LocalDate date, String path) {
    requireNonNull(date, path);
    if (date.isBefore(IN_FORCE)) {
      throw InvalidInputException.of(
          path,
          "NOT_MODELLED",
          "起算日（" + date + "）早于《劳动争议调解仲裁法》施行日2008-05-01（第五十四条），应适用《劳动法》第八十二条的六十日时效，本计算未建模",
          "accrual date ("
              + date
              + ") is before 2008-05-01, when the Labour Dispute Mediation and Arbitration Law"
              + " took effect (art. 54); the 60-day limit of Labour Law art. 82 is not modelled");
    }
    return date;
  }
}
