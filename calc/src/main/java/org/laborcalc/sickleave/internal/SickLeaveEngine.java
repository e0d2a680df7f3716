package org.laborcalc.sickleave.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.sickleave.SickLeaveCase;
import org.laborcalc.sickleave.SickLeaveCase.SickPayMonth;
import org.laborcalc.sickleave.SickLeaveCase.SickPeriod;
import org.laborcalc.sickleave.SickLeaveKeys;
import org.laborcalc.sickleave.SickLeaveLine;
import org.laborcalc.sickleave.SickLeaveOptions;
import org.laborcalc.sickleave.SickLeaveResult;
import org.laborcalc.sickleave.SickLeaveResult.Cycle;

/**
 * Runs a sick-leave case: the checks, the counting cycles with their medical periods, each sick-pay
 * month (wholly on sick leave, within the medical period: 309号 art. 59 "在规定的医疗期间内"), the total.
 * Every problem is a located violation, every missing figure one at {@code parameters}, all thrown
 * at once. Stateless and thread-safe.
 */
public final class SickLeaveEngine {
  private SickLeaveEngine() {}

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path
   */
  public static SickLeaveResult compute(
      SickLeaveCase c, SickLeaveOptions o, Parameters parameters) {
    List<Violation> vs = CaseChecks.check(c);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    Set<Violation> problems = new LinkedHashSet<>();
    List<Violation> missing = new ArrayList<>();
    List<Cycle> cycles = MedicalPeriod.cycles(c, o.boundary(), parameters, missing);
    problems.addAll(missing);
    List<SickLeaveLine> lines = new ArrayList<>();
    Money total = Money.ZERO;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < c.sickPayMonths().size(); i++) {
      order.add(i);
    }
    order.sort(
        (a, b) -> c.sickPayMonths().get(a).month().compareTo(c.sickPayMonths().get(b).month()));
    for (int i : order) {
      SickPayMonth m = c.sickPayMonths().get(i);
      String at = "case.sickPayMonths[" + i + "].month";
      if (!missing.isEmpty()) {
        break;
      }
      LocalDate notSick = firstDayNotSick(c.sickLeave(), m);
      if (notSick != null) {
        problems.add(
            Fields.invalid(
                at,
                "该月并非整月病休（" + notSick + " 不在病休期间内）：部分月份的病假工资本程序不计算",
                "the month is not wholly on sick leave ("
                    + notSick
                    + " is not): part months are not computed"));
        continue;
      }
      LocalDate outside = firstDayOutsideMedicalPeriod(cycles, m);
      if (outside != null) {
        problems.add(
            Fields.invalid(
                at,
                "该月有病休日（" + outside + "）在医疗期届满之后：劳部发〔1995〕309号第59条的病假工资限于“规定的医疗期间内”",
                "a sick day of the month ("
                    + outside
                    + ") is after the medical period was used up:"
                    + " 劳部发〔1995〕309号 art. 59 speaks of sick pay \"在规定的医疗期间内\""));
        continue;
      }
      ResolvedParameter<Money> min;
      ResolvedParameter<BigDecimal> pct;
      try {
        min = parameters.get(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, c.region(), m.month().atDay(1));
      } catch (MissingParameterException e) {
        problems.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
        min = null;
      }
      try {
        pct =
            parameters.get(
                SickLeaveKeys.MINIMUM_WAGE_FLOOR_PERCENT, c.region(), m.month().atDay(1));
      } catch (MissingParameterException e) {
        problems.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
        pct = null;
      }
      if (min == null || pct == null) {
        continue;
      }
      SickLeaveLine l = SickPay.line(m, c.sickPayRule(), min, pct);
      if (l != null) {
        lines.add(l);
        total = total.plus(l.amount());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(List.copyOf(problems));
    }
    return new SickLeaveResult(cycles, lines, total, o);
  }

  private static LocalDate firstDayNotSick(List<SickPeriod> periods, SickPayMonth m) {
    for (LocalDate d = m.month().atDay(1);
        !d.isAfter(m.month().atEndOfMonth());
        d = d.plusDays(1)) {
      boolean sick = false;
      for (SickPeriod p : periods) {
        if (!d.isBefore(p.from()) && !d.isAfter(p.to())) {
          sick = true;
          break;
        }
      }
      if (!sick) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate firstDayOutsideMedicalPeriod(List<Cycle> cycles, SickPayMonth m) {
    for (LocalDate d = m.month().atDay(1);
        !d.isAfter(m.month().atEndOfMonth());
        d = d.plusDays(1)) {
      boolean inside = false;
      for (Cycle cy : cycles) {
        if (!d.isBefore(cy.firstSickDay())
            && !d.isAfter(cy.windowEnd())
            && (cy.usedUpOn() == null || !d.isAfter(cy.usedUpOn()))) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        return d;
      }
    }
    return null;
  }
}
