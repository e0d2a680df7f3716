package org.laborcalc.severance.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.MonthRow;
import org.laborcalc.wage.WageFindings;

/**
 * 加班工资 in the average under the option {@code severance.overtimeInAverage} [U]: 实施条例第二十七条 counts
 * "计时工资或者计件工资以及奖金、津贴和补贴等货币性收入", 关于工资总额组成的规定第四条 counts 加班加点工资 as wage, and practice divides
 * (ARBITRATION.md §2.1). Under {@link SeveranceOptions.OvertimeInAverage#EXCLUDE} every month
 * averaged must have its overtime stated (0.00 for none): the evidence of pay does not split it,
 * and it is never guessed.
 */
final class OvertimeSplit {
  private OvertimeSplit() {}

  private static final String PATH = "case.wage.overtimePay";

  /** The entries' own problems: order of months, a month given twice, an absurd amount. */
  static List<Violation> check(SeveranceCase c) {
    List<Violation> out = new ArrayList<>();
    Map<YearMonth, Integer> seen = new LinkedHashMap<>();
    List<SeveranceCase.OvertimePay> all = c.overtimePay();
    for (int i = 0; i < all.size(); i++) {
      SeveranceCase.OvertimePay e = all.get(i);
      String p = PATH + "[" + i + "]";
      if (e.through().isBefore(e.month())) {
        out.add(
            Violation.of(
                p + ".through",
                "END_BEFORE_START",
                "加班工资的截止月份（" + e.through() + "）不能早于起始月份（" + e.month() + "）",
                "the last month ("
                    + e.through()
                    + ") must not be before the first ("
                    + e.month()
                    + ")"));
        continue;
      }
      if (e.amount().isNegative()
          || e.amount().isGreaterThan(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT)) {
        out.add(
            Violation.of(
                p + ".amount",
                "IMPLAUSIBLE_WAGE",
                "每月加班工资（"
                    + e.amount()
                    + "元）须在0至"
                    + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT
                    + "元之间",
                "the monthly overtime pay ("
                    + e.amount()
                    + ") must be from 0 to "
                    + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT));
      }
      for (YearMonth m = e.month(); !m.isAfter(e.through()); m = m.plusMonths(1)) {
        Integer before = seen.putIfAbsent(m, i);
        if (before != null) {
          out.add(
              Violation.of(
                  p + ".month",
                  "DUPLICATE_MONTH",
                  "月份" + m + "的加班工资已在第" + (before + 1) + "项中列明",
                  "the overtime pay of "
                      + m
                      + " is already given in "
                      + PATH
                      + "["
                      + before
                      + "]"));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The overtime taken off each month averaged: none under {@link
   * SeveranceOptions.OvertimeInAverage#INCLUDE} or when the average is a contract wage.
   *
   * @throws InvalidInputException when a month averaged has no overtime stated, or more overtime
   *     than its wage
   */
  static List<WageBasis.Overtime> excluded(
      SeveranceCase c, SeveranceOptions o, WageFindings findings) {
    if (o.overtimeInAverage() == SeveranceOptions.OvertimeInAverage.INCLUDE
        || findings.monthsAveraged() == 0) {
      return List.of();
    }
    Map<YearMonth, Integer> index = new LinkedHashMap<>();
    List<SeveranceCase.OvertimePay> all = c.overtimePay();
    for (int i = 0; i < all.size(); i++) {
      for (YearMonth m = all.get(i).month();
          !m.isAfter(all.get(i).through());
          m = m.plusMonths(1)) {
        index.putIfAbsent(m, i);
      }
    }
    List<WageBasis.Overtime> out = new ArrayList<>();
    List<YearMonth> missing = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    java.util.Set<Integer> flagged = new java.util.HashSet<>();
    for (MonthRow r : findings.months()) {
      if (r.amountUsed().isEmpty()) {
        continue;
      }
      Integer i = index.get(r.month());
      if (i == null) {
        missing.add(r.month());
        continue;
      }
      Money ot = all.get(i).amount();
      Money wage = r.amountUsed().get();
      if (ot.isGreaterThan(wage)) {
        if (!flagged.add(i)) {
          continue;
        }
        problems.add(
            Violation.of(
                PATH + "[" + i + "].amount",
                "OVERTIME_ABOVE_MONTH_WAGE",
                r.month() + "的加班工资（" + ot + "元）超过该月认定的工资（" + wage + "元）",
                "the overtime pay of "
                    + r.month()
                    + " ("
                    + ot
                    + ") is above the month's wage ("
                    + wage
                    + ")"));
        continue;
      }
      out.add(new WageBasis.Overtime(r.month(), ot));
    }
    if (!missing.isEmpty()) {
      String months = missing.stream().map(YearMonth::toString).collect(Collectors.joining("、"));
      String monthsEn = missing.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
      problems.add(
          0,
          Violation.of(
              PATH,
              "OVERTIME_SPLIT_REQUIRED",
              "选项severance.overtimeInAverage为EXCLUDE（加班工资不计入月平均工资）：请列明计入平均的各月所含加班工资（没有的填0.00），缺："
                  + months,
              "option severance.overtimeInAverage is EXCLUDE: give the overtime pay within each month"
                  + " averaged (0.00 for none); missing: "
                  + monthsEn));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }
}
