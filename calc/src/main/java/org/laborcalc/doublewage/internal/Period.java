package org.laborcalc.doublewage.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.doublewage.DoubleWageCase;
import org.laborcalc.doublewage.DoubleWageOptions;
import org.laborcalc.doublewage.DoubleWageOptions.DayCounting;
import org.laborcalc.doublewage.DoubleWageResult.PeriodEnd;
import org.laborcalc.law.Citation;

/**
 * The double-wage period of a case: from the day after "满一个月" to the earliest of the day before
 * signing, the day before "满一年", the last day of the employment and the day computed to (实施条例 arts.
 * 6 ¶2 and 7); for 劳动合同法 art. 82 ¶2 from the day the open-ended contract was due. Immutable.
 *
 * @param start the first day, or null when nothing is due
 * @param end the last day, or null when nothing is due
 * @param endReason why it ends there, or null
 * @param deemedOpenEndedOn the day the contract is deemed open-ended ("满一年的当日"), or null
 * @param cited the articles every month's line rests on
 * @param notDue when nothing is due, the articles that say so (else empty)
 * @param startPath the case-file field the first day comes from
 */
record Period(
    LocalDate start,
    LocalDate end,
    PeriodEnd endReason,
    LocalDate deemedOpenEndedOn,
    List<Citation> cited,
    List<Citation> notDue,
    String startPath) {
  private static final LocalDate LAW_IN_FORCE = LocalDate.of(2008, 1, 1);

  static Period of(DoubleWageCase c, DoubleWageOptions o) {
    return switch (c.ground()) {
      case NO_WRITTEN_CONTRACT -> {
        boolean before2008 = c.employmentStart().isBefore(LAW_IN_FORCE);
        LocalDate anchor = before2008 ? LAW_IN_FORCE : c.employmentStart();
        List<Citation> cited = new ArrayList<>(List.of(DoubleWageLaw.NO_CONTRACT));
        if (before2008) {
          cited.add(DoubleWageLaw.BEFORE_2008);
        }
        cited.add(DoubleWageLaw.PERIOD);
        yield firstYear(c, o, anchor, cited, "case.employment.start", false);
      }
      case EXPIRED_NOT_RENEWED -> {
        LocalDate anchor = c.expiredOn().plusDays(1);
        if (!c.region().code().startsWith("37")
            || anchor.isBefore(DoubleWageLaw.SHANDONG_IN_FORCE)) {
          yield none(List.of(DoubleWageLaw.CONTINUED), "case.expiredOn");
        }
        List<Citation> cited = new ArrayList<>(List.of(DoubleWageLaw.SHANDONG_EXPIRED));
        yield firstYear(c, o, anchor, cited, "case.expiredOn", true);
      }
      case OPEN_ENDED_REFUSED -> openEnded(c, o);
    };
  }

  /** 实施条例 arts. 6–7 (or 山东 arts. 57, 17) counted from {@code anchor}. */
  private static Period firstYear(
      DoubleWageCase c,
      DoubleWageOptions o,
      LocalDate anchor,
      List<Citation> cited,
      String startPath,
      boolean shandong) {
    boolean counted = o.dayCounting() == DayCounting.START_DAY_COUNTED;
    LocalDate start = counted ? anchor.plusMonths(1) : anchor.plusMonths(1).plusDays(1);
    LocalDate yearMark = counted ? anchor.plusYears(1).minusDays(1) : anchor.plusYears(1);
    LocalDate limit =
        o.cap() == DoubleWageOptions.Cap.LITERAL_DATES
            ? yearMark.minusDays(1)
            : start.plusMonths(11).minusDays(1);
    Ends ends = ends(c, limit, PeriodEnd.ONE_YEAR_LIMIT);
    boolean deemed =
        (c.signedOn() == null || c.signedOn().isAfter(yearMark))
            && (c.employmentEnd() == null || !c.employmentEnd().isBefore(yearMark))
            && (c.asOf() == null || !c.asOf().isBefore(yearMark));
    if (ends.reason() == PeriodEnd.ONE_YEAR_LIMIT) {
      cited.add(shandong ? DoubleWageLaw.SHANDONG_DEEMED : DoubleWageLaw.ONE_YEAR);
    }
    if (ends.end().isBefore(start)) {
      List<Citation> why =
          shandong
              ? List.of(DoubleWageLaw.SHANDONG_EXPIRED)
              : List.of(
                  DoubleWageLaw.WITHIN_A_MONTH, DoubleWageLaw.NO_CONTRACT, DoubleWageLaw.PERIOD);
      return none(why, startPath);
    }
    return new Period(
        start, ends.end(), ends.reason(), deemed ? yearMark : null, cited, List.of(), startPath);
  }

  /** 劳动合同法 art. 82 ¶2 from the due day, with art. 14 ¶2's conditions. */
  private static Period openEnded(DoubleWageCase c, DoubleWageOptions o) {
    DoubleWageCase.OpenEndedDue due = c.openEnded();
    Citation ground = DoubleWageLaw.openEndedGround(due.ground());
    if (!due.workerRequestedOrAgreed() || due.workerProposedFixedTerm()) {
      return none(List.of(DoubleWageLaw.OPEN_ENDED_CONDITION, ground), "case.openEnded");
    }
    LocalDate start = due.dueOn();
    LocalDate cap =
        o.art82Para2Cap() == DoubleWageOptions.Art82Para2Cap.ELEVEN_MONTHS
            ? start.plusMonths(11).minusDays(1)
            : null;
    Ends ends = ends(c, cap, PeriodEnd.ELEVEN_MONTH_CAP);
    if (ends.end().isBefore(start)) {
      return none(List.of(DoubleWageLaw.OPEN_ENDED_REFUSED), "case.openEnded.dueOn");
    }
    return new Period(
        start,
        ends.end(),
        ends.reason(),
        null,
        List.of(DoubleWageLaw.OPEN_ENDED_REFUSED, ground),
        List.of(),
        "case.openEnded.dueOn");
  }

  private record Ends(LocalDate end, PeriodEnd reason) {}

  /** The earliest end, ties in the order signing, limit, end of employment, day computed to. */
  private static Ends ends(DoubleWageCase c, LocalDate limit, PeriodEnd limitReason) {
    Ends best = null;
    best = earlier(best, c.signedOn() == null ? null : c.signedOn().minusDays(1), PeriodEnd.SIGNED);
    best = earlier(best, limit, limitReason);
    best = earlier(best, c.employmentEnd(), PeriodEnd.EMPLOYMENT_ENDED);
    best = earlier(best, c.asOf(), PeriodEnd.AS_OF);
    return best;
  }

  private static Ends earlier(Ends best, LocalDate d, PeriodEnd reason) {
    if (d == null || (best != null && !d.isBefore(best.end()))) {
      return best;
    }
    return new Ends(d, reason);
  }

  private static Period none(List<Citation> why, String startPath) {
    return new Period(null, null, null, null, List.of(), why, startPath);
  }

  /** The case-file field the last day comes from. */
  String endPath() {
    return switch (endReason) {
      case SIGNED -> "case.signedOn";
      case EMPLOYMENT_ENDED -> "case.employment.end";
      case AS_OF -> "case.asOf";
      case ONE_YEAR_LIMIT, ELEVEN_MONTH_CAP -> startPath;
    };
  }
}
