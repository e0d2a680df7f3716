package org.laborcalc.sickleave.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.Violation;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.sickleave.SickLeaveCase;
import org.laborcalc.sickleave.SickLeaveCase.SickPeriod;

/**
 * The checks of a sick-leave case that need no figure, each problem at its path in the case file
 * (the names the typed case's components carry). Stateless.
 */
public final class CaseChecks {
  private CaseChecks() {}

  /** Every problem of the case; empty when the engine may run. */
  public static List<Violation> check(SickLeaveCase c) {
    List<Violation> vs = new ArrayList<>();
    if (Fields.date(c.workStarted(), "case.workStarted", vs) == null
        || Fields.date(c.employmentStart(), "case.employmentStart", vs) == null) {
      return vs;
    }
    if (c.employmentStart().isBefore(c.workStarted())) {
      vs.add(
          Fields.invalid(
              "case.employmentStart",
              "本单位用工之日早于参加工作之日",
              "employmentStart is before workStarted: service with this employer is part of the total"));
    }
    if (c.sickLeave().isEmpty()) {
      vs.add(
          Violation.of(
              "case.sickLeave", "REQUIRED", "须写明病休期间", "the periods of sick leave are required"));
    }
    if (c.sickLeave().size() > Fields.MAX_ROWS) {
      vs.add(Fields.invalid("case.sickLeave", "病休期间过多", "too many periods of sick leave"));
      return vs;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < c.sickLeave().size(); i++) {
      SickPeriod p = c.sickLeave().get(i);
      String at = "case.sickLeave[" + i + "]";
      if (Fields.date(p.from(), at + ".from", vs) == null
          || Fields.date(p.to(), at + ".to", vs) == null) {
        continue;
      }
      if (p.to().isBefore(p.from())) {
        vs.add(Fields.invalid(at + ".to", "病休的最后一日早于第一日", "the last day is before the first"));
        continue;
      }
      if (p.from().isBefore(c.employmentStart())) {
        vs.add(
            Fields.invalid(
                at + ".from",
                "病休开始于本单位用工之前：" + p.from(),
                "the sick leave starts before the employment: " + p.from()));
        continue;
      }
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> c.sickLeave().get(i).from()));
    for (int k = 1; k < order.size(); k++) {
      SickPeriod prev = c.sickLeave().get(order.get(k - 1));
      SickPeriod cur = c.sickLeave().get(order.get(k));
      if (!cur.from().isAfter(prev.to())) {
        vs.add(
            Fields.invalid(
                "case.sickLeave[" + order.get(k) + "].from",
                "病休期间重叠：" + cur.from() + " 已在另一期间内",
                "the periods overlap: " + cur.from() + " is within another period"));
      }
    }
    if (!c.sickPayMonths().isEmpty() && c.sickPayRule() == null) {
      vs.add(
          Violation.of(
              "case.sickPayRule",
              "REQUIRED",
              "主张病假工资须写明适用的地方规定或约定（比例、工资基数及出处；医疗期规定第五条“按照有关规定执行”），本程序不内置地方标准",
              "a sick-pay claim needs the local rule or agreement that applies (percentage, wage and"
                  + " source; 479号 art. 5 \"按照有关规定执行\"): no local rule is bundled"));
    }
    if (c.sickPayRule() != null) {
      BigDecimal p = c.sickPayRule().percent();
      if (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        vs.add(
            Fields.invalid(
                "case.sickPayRule.percent",
                "比例须大于0且不超过100",
                "the percentage must be above 0 and at most 100"));
      }
      if (!c.sickPayRule().monthlyWage().isPositive()) {
        vs.add(
            Fields.invalid(
                "case.sickPayRule.monthlyWage",
                "工资基数须为正的金额",
                "monthlyWage must be a positive amount"));
      }
      if (c.sickPayRule().source().isBlank()) {
        vs.add(
            Violation.of(
                "case.sickPayRule.source",
                "REQUIRED",
                "须写明规定的出处",
                "the rule's source is required"));
      }
    }
    Set<java.time.YearMonth> seen = new HashSet<>();
    for (int i = 0; i < c.sickPayMonths().size(); i++) {
      var m = c.sickPayMonths().get(i);
      String at = "case.sickPayMonths[" + i + "]";
      Fields.month(m.month(), at + ".month", vs);
      if (!seen.add(m.month())) {
        vs.add(
            Fields.invalid(
                at + ".month", "月份重复：" + m.month(), "the month " + m.month() + " is given twice"));
      }
      if (m.paid().isNegative()) {
        vs.add(Fields.invalid(at + ".paid", "金额不得为负", "the amount must not be negative"));
      }
    }
    return vs;
  }
}
