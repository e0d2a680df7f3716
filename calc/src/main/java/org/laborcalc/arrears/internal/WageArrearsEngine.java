package org.laborcalc.arrears.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.arrears.WageArrearsCase;
import org.laborcalc.arrears.WageArrearsCase.MonthPay;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsOptions;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.pay.internal.PayDays;

/**
 * Runs a wage-arrears case: the checks, each month's arrears and minimum-wage shortfall, art. 85,
 * the totals. Every problem is a located violation, every missing figure one at {@code parameters}
 * (key, region, date), all thrown at once. Stateless and thread-safe.
 */
public final class WageArrearsEngine {
  private WageArrearsEngine() {}

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path
   */
  public static WageArrearsResult compute(
      WageArrearsCase c, WageArrearsOptions o, Parameters parameters, HolidayCalendar calendar) {
    List<Violation> vs = CaseChecks.check(c);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    Set<Violation> missing = new LinkedHashSet<>();
    List<WageArrearsLine> lines = new ArrayList<>();
    Money arrears = Money.ZERO;
    for (MonthPay m : c.months()) {
      PayDays.Due due = PayDays.due(m.month(), c.payDay(), c.employmentEnd(), calendar);
      WageArrearsLine unpaid = UnpaidWage.line(m, due);
      if (unpaid != null) {
        lines.add(unpaid);
        arrears = arrears.plus(unpaid.amount());
      }
      if (!c.minimumWageClaimed()) {
        continue;
      }
      if (!m.normalWork()) {
        lines.add(MinimumWageShortfall.notCompared(m, due == null ? null : due.date()));
        continue;
      }
      // The standard in force on the month's first day: standards take effect on a stated day,
      // and a month is compared with one standard [U: a change within a month is not split].
      ResolvedParameter<Money> min;
      try {
        min = parameters.get(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, c.region(), m.month().atDay(1));
      } catch (MissingParameterException e) {
        missing.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
        continue;
      }
      WageArrearsLine shortfall =
          MinimumWageShortfall.line(m, min, due == null ? null : due.date());
      if (shortfall != null) {
        lines.add(shortfall);
        arrears = arrears.plus(shortfall.amount());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(List.copyOf(missing));
    }
    Money total = arrears;
    if (c.order() != null) {
      WageArrearsLine art85 = AdditionalCompensation.line(c.order(), o.art85Base());
      lines.add(art85);
      total = total.plus(art85.amount());
    }
    return new WageArrearsResult(c.employmentEnd(), lines, arrears, total, o);
  }
}
