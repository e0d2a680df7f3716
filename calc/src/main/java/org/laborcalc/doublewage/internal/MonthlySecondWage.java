package org.laborcalc.doublewage.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageOptions.PartMonth;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * One wage month's second wage. 解释（二）第六条: "二倍工资按月计算；不满一个月的，按该月实际工作日计算". A month the period covers
 * in full (no day excluded) is the month's wage; a part month is that wage by the days counted
 * under option {@code doubleWage.partMonth} — working days from the national holiday calendar,
 * never inferred from weekdays. The amount is rounded half-up to the fen once, at the month; the
 * month's wage itself is never rounded before. Stateless.
 */
final class MonthlySecondWage {
  private MonthlySecondWage() {}

  /**
   * The line of {@code month}, of which the days {@code counted} (in order, within the month) are
   * in the period and not excluded.
   *
   * @throws org.laborcalc.calendar.CalendarGapException when a part month's working days cannot be
   *     placed
   */
  static DoubleWageLine line(
      YearMonth month,
      List<LocalDate> counted,
      Money wage,
      PartMonth option,
      List<Citation> cited,
      Set<Citation> exclusions,
      LocalDate dueDate,
      Region region,
      Parameters parameters,
      HolidayCalendar calendar) {
    boolean full = counted.size() == month.lengthOfMonth();
    List<Citation> cites = new ArrayList<>(cited);
    List<ParameterUse> params = new ArrayList<>();
    Formula f;
    Integer workingDays = null;
    if (full) {
      f = Formula.of(Expr.money(wage));
    } else {
      cites.add(DoubleWageLaw.BY_MONTH);
      switch (option) {
        case WORKDAYS_OVER_MONTH_WORKDAYS -> {
          workingDays = workingDays(counted, calendar);
          f =
              Formula.of(
                  Expr.times(Expr.money(wage), Expr.number(workingDays))
                      .dividedBy(Expr.number(calendar.workingDays(month))));
        }
        case WORKDAYS_OVER_21_75 -> {
          workingDays = workingDays(counted, calendar);
          ResolvedParameter<BigDecimal> payDays =
              parameters.get(WorkInjuryKeys.PAY_DAYS_PER_MONTH, region, counted.get(0));
          params.add(ParameterUse.of(payDays, payDays.value().toPlainString()));
          f =
              Formula.of(
                  Expr.times(Expr.money(wage))
                      .dividedBy(Expr.number(payDays.value()))
                      .times(Expr.number(workingDays)));
        }
        case CALENDAR_DAYS_OVER_MONTH_DAYS ->
            f =
                Formula.of(
                    Expr.times(Expr.money(wage), Expr.number(counted.size()))
                        .dividedBy(Expr.number(month.lengthOfMonth())));
        default -> throw new IllegalStateException(option.name());
      }
    }
    cites.addAll(exclusions);
    if (dueDate != null) {
      cites.add(DoubleWageLaw.PAY_DAY);
    }
    return new DoubleWageLine(
        DoubleWageLine.SECOND_WAGE,
        month.toString(),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(cited.get(0)))),
        f,
        params,
        cites,
        month,
        counted.get(0),
        counted.get(counted.size() - 1),
        workingDays,
        dueDate);
  }

  private static int workingDays(List<LocalDate> days, HolidayCalendar calendar) {
    int n = 0;
    for (LocalDate d : days) {
      if (calendar.day(d).isWorkday()) {
        n++;
      }
    }
    return n;
  }
}
