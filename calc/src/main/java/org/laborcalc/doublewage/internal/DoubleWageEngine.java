package org.laborcalc.doublewage.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.calendar.CalendarGapException;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.doublewage.DoubleWageCase;
import org.laborcalc.doublewage.DoubleWageCase.Finding;
import org.laborcalc.doublewage.DoubleWageCase.MonthWage;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageOptions;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.doublewage.DoubleWageResult.Exclusion;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * Runs a double-wage case: the checks, the period, the findings' exclusions, one line a wage month,
 * the deemed open-ended contract, the total. Every problem is a located violation; the strict
 * computation throws them all at once. Stateless and thread-safe.
 */
public final class DoubleWageEngine {
  private DoubleWageEngine() {}

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path
   */
  public static DoubleWageResult compute(
      DoubleWageCase c, DoubleWageOptions o, Parameters parameters, HolidayCalendar calendar) {
    List<Violation> vs = CaseChecks.check(c, o);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    Period period = Period.of(c, o);
    List<DoubleWageLine> lines = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    if (period.start() == null) {
      Formula zero = Formula.given(Money.ZERO);
      lines.add(
          new DoubleWageLine(
              DoubleWageLine.NOT_DUE,
              null,
              new LineValue.OneTime(Money.ZERO),
              List.of(Share.whole(Party.EMPLOYER, List.of(period.notDue().get(0)))),
              zero,
              List.of(),
              period.notDue(),
              null,
              null,
              null,
              null,
              null));
      return new DoubleWageResult(c.ground(), null, null, null, lines, exclusions, Money.ZERO, o);
    }
    for (Finding f : c.findings()) {
      LocalDate from = f.from().isBefore(period.start()) ? period.start() : f.from();
      LocalDate to = f.to().isAfter(period.end()) ? period.end() : f.to();
      if (!to.isBefore(from)) {
        exclusions.add(
            new Exclusion(f.kind(), from, to, f.basis(), DoubleWageLaw.finding(f.kind())));
      }
    }
    Money total = Money.ZERO;
    YearMonth last = YearMonth.from(period.end());
    for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      List<LocalDate> counted = new ArrayList<>();
      Set<Citation> excludedBy = new LinkedHashSet<>();
      LocalDate from = m.atDay(1).isBefore(period.start()) ? period.start() : m.atDay(1);
      LocalDate to = m.atEndOfMonth().isAfter(period.end()) ? period.end() : m.atEndOfMonth();
      String path = from.equals(period.start()) ? period.startPath() : period.endPath();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        Optional<Exclusion> x = excluding(exclusions, d);
        if (x.isPresent()) {
          excludedBy.add(x.get().citation());
          path = "case.findings";
        } else {
          counted.add(d);
        }
      }
      if (counted.isEmpty()) {
        continue;
      }
      Money wage = wage(c, o, m, vs);
      if (wage == null) {
        continue;
      }
      LocalDate due = dueDate(c, m, calendar);
      try {
        DoubleWageLine line =
            MonthlySecondWage.line(
                m,
                counted,
                wage,
                o.partMonth(),
                period.cited(),
                excludedBy,
                due,
                c.region(),
                parameters,
                calendar);
        lines.add(line);
        total = total.plus(((LineValue.OneTime) line.value()).amount());
      } catch (CalendarGapException e) {
        vs.add(Violation.of(path, e.code(), e.messageZh(), e.messageEn()));
      } catch (MissingParameterException e) {
        vs.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
      }
    }
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    if (period.deemedOpenEndedOn() != null) {
      List<Citation> cites =
          c.ground() == DoubleWageCase.Ground.EXPIRED_NOT_RENEWED
              ? List.of(DoubleWageLaw.SHANDONG_DEEMED)
              : List.of(
                  DoubleWageLaw.DEEMED, DoubleWageLaw.ONE_YEAR, DoubleWageLaw.NOT_DURING_DEEMED);
      lines.add(
          new DoubleWageLine(
              DoubleWageLine.DEEMED_OPEN_ENDED,
              null,
              new LineValue.OnDate(period.deemedOpenEndedOn()),
              List.of(),
              null,
              List.of(),
              cites,
              null,
              null,
              null,
              null,
              null));
    }
    return new DoubleWageResult(
        c.ground(), period.start(), period.end(), period.endReason(), lines, exclusions, total, o);
  }

  private static Optional<Exclusion> excluding(List<Exclusion> xs, LocalDate d) {
    return xs.stream().filter(x -> !d.isBefore(x.from()) && !d.isAfter(x.to())).findFirst();
  }

  /** The month's wage under option {@code doubleWage.wage}; null with a violation when absent. */
  private static Money wage(
      DoubleWageCase c, DoubleWageOptions o, YearMonth m, List<Violation> vs) {
    if (o.wage() == DoubleWageOptions.WageBasis.AGREED_WAGE) {
      return c.agreedWage();
    }
    for (MonthWage w : c.wages()) {
      if (w.month().equals(m)) {
        return o.wage() == DoubleWageOptions.WageBasis.WAGE_PAYABLE_INCLUDING_OVERTIME
            ? w.normalWage().plus(w.overtimePay())
            : w.normalWage();
      }
    }
    vs.add(
        Violation.of(
            "case.wages",
            "MISSING_WAGE",
            "缺少" + m + "的月工资（该月在二倍工资期间内）",
            "the wage of " + m + " is required (the month is in the double-wage period)"));
    return null;
  }

  /**
   * The day the month's wage fell due: the pay day of the next month, brought forward to the
   * nearest working day before a rest day or holiday (工资支付暂行规定 art. 7); null when the pay day is
   * not known or the calendar cannot place the days.
   */
  private static LocalDate dueDate(DoubleWageCase c, YearMonth m, HolidayCalendar calendar) {
    if (c.payDay() == null) {
      return null;
    }
    YearMonth next = m.plusMonths(1);
    LocalDate d = next.atDay(Math.min(c.payDay(), next.lengthOfMonth()));
    try {
      for (int i = 0; i < 31 && !calendar.day(d).isWorkday(); i++) {
        d = d.minusDays(1);
      }
      return d;
    } catch (CalendarGapException e) {
      return null;
    }
  }
}
