package org.laborcalc.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.money.Money;
import org.laborcalc.time.DateRange;

/** The cross-field checks of the insurance facts, the expenses and the hospital stays. */
final class CostChecks extends CheckList {
  CostChecks(List<Violation> out) {
    super(out);
  }

  void check(WorkInjuryCase c, LocalDate injury) {
    if (c.insurance() != null && c.insurance().status() != null) {
      LocalDate e = c.insurance().enrolmentDate();
      date("insurance.enrolmentDate", e);
      if (c.insurance().status() == InsuranceStatus.ENROLLED_AFTER_INJURY) {
        if (e == null) {
          add(
              "insurance.enrolmentDate",
              "REQUIRED",
              "事后参保的，须提供参保并补缴之日",
              "the enrolment date is required when the employer enrolled after the injury");
        } else if (injury != null && e.isBefore(injury)) {
          add(
              "insurance.enrolmentDate",
              "DATE_ORDER",
              "参保日期（" + e + "）早于受伤日期，与“事后参保”矛盾",
              "the enrolment date ("
                  + e
                  + ") is before the injury, contradicting a late enrolment");
        }
      } else if (e != null) {
        add(
            "insurance.enrolmentDate",
            "CONTRADICTION",
            "参保状态为 " + c.insurance().status() + " 时不应填写事后参保日期",
            "an enrolment date contradicts the status " + c.insurance().status());
      }
      Money declared = c.insurance().declaredMonthlyBase();
      if (c.insurance().status() == InsuranceStatus.UNDER_DECLARED_BASE) {
        if (declared == null) {
          add(
              "insurance.declaredMonthlyBase",
              "REQUIRED",
              "少报缴费基数的，须提供申报的月缴费基数",
              "the declared monthly contribution base is required for an under-declared base");
        } else {
          monthly("insurance.declaredMonthlyBase", declared);
        }
      } else if (declared != null) {
        add(
            "insurance.declaredMonthlyBase",
            "CONTRADICTION",
            "参保状态为 " + c.insurance().status() + " 时不应填写申报缴费基数",
            "a declared base contradicts the status " + c.insurance().status());
      }
      LocalDate filed = c.insurance().recognitionFiledOn();
      date("insurance.recognitionFiledOn", filed);
      if (filed != null && injury != null && filed.isBefore(injury)) {
        add(
            "insurance.recognitionFiledOn",
            "DATE_ORDER",
            "工伤认定申请日期（" + filed + "）早于受伤日期",
            "the recognition application (" + filed + ") is before the injury");
      }
    }
    for (int i = 0; i < c.expenses().size(); i++) {
      WorkInjuryCase.Expense e = c.expenses().get(i);
      String p = "expenses[" + i + "]";
      if (e.item() != null && !e.item().isActualCost()) {
        add(
            p + ".item",
            "NOT_AN_EXPENSE",
            e.item().nameZh() + "由规则计算，不能作为票据费用填报",
            e.item() + " is computed by rule and cannot be entered as an expense");
      }
      expenseForm(p, e);
      date(p + ".date", e.date());
      if (e.date() != null && injury != null && e.date().isBefore(injury)) {
        add(
            p + ".date",
            "DATE_ORDER",
            "费用日期（" + e.date() + "）早于受伤日期",
            "the expense date (" + e.date() + ") is before the injury");
      }
    }
    int[] overlapping = overlapping(c.hospitalStays());
    for (int i = 0; i < c.hospitalStays().size(); i++) {
      DateRange r = c.hospitalStays().get(i);
      String p = "hospitalStays[" + i + "]";
      date(p, r.start());
      if (!r.start().isBefore(EARLIEST) && !r.start().isAfter(LATEST)) {
        // One violation per stay: a stay starting out of range ends out of range too.
        r.endInclusive().ifPresent(end -> date(p, end));
      }
      if (r.isUnbounded()) {
        add(p, "REQUIRED", "住院期间须有出院日期", "a hospital stay needs an end date");
      } else if (injury != null && r.start().isBefore(injury)) {
        add(p, "DATE_ORDER", "住院开始日早于受伤日期", "the hospital stay starts before the injury");
      }
      int j = overlapping[i];
      if (j >= 0) {
        add(p, "OVERLAP", "与第" + (j + 1) + "段住院期间重叠", "overlaps hospitalStays[" + j + "]");
      }
    }
    sum("expenses", c.expenses().stream().map(WorkInjuryCase.Expense::total).toList());
  }

  /** Longest run of days a per-day cost may cover: ten years, far beyond any suspension. */
  static final int MAX_EXPENSE_DAYS = 3660;

  /** A receipt's amount, or days × a daily rate — exactly one of the two. */
  private void expenseForm(String p, WorkInjuryCase.Expense e) {
    boolean perDay = e.days() != null || e.dailyRate() != null;
    if (e.amount() != null && perDay) {
      add(
          p,
          "CONTRADICTION",
          "费用须填写票据金额（amount）或天数乘日标准（days、dailyRate）之一，不能同时填写",
          "an expense is either a receipt's amount or days × a daily rate (days, dailyRate), not"
              + " both");
      return;
    }
    if (!perDay) {
      if (e.amount() == null) {
        add(
            p + ".amount",
            "REQUIRED",
            "须填写票据金额，或按天数乘日标准填写 days 与 dailyRate",
            "give the receipt's amount, or days and dailyRate for a cost by the day");
      }
      amount(p + ".amount", e.amount());
      return;
    }
    if (e.days() == null) {
      add(p + ".days", "REQUIRED", "已填日标准，须同时填写天数", "a daily rate needs the number of days");
    } else if (e.days() < 1 || e.days() > MAX_EXPENSE_DAYS) {
      add(
          p + ".days",
          "OUT_OF_RANGE",
          "天数（" + e.days() + "）须在 1 至 " + MAX_EXPENSE_DAYS + " 之间",
          "days (" + e.days() + ") must be between 1 and " + MAX_EXPENSE_DAYS);
    }
    if (e.dailyRate() == null) {
      add(p + ".dailyRate", "REQUIRED", "已填天数，须同时填写日标准", "days need a daily rate");
    } else {
      amount(p + ".dailyRate", e.dailyRate());
    }
    if (e.days() != null
        && e.days() >= 1
        && e.days() <= MAX_EXPENSE_DAYS
        && e.dailyRate() != null) {
      amount(p, e.total());
    }
  }

  /**
   * For each stay, an earlier-listed stay it overlaps, or -1; stays that overlap another only
   * through a stay already reported may go unnamed, but every overlap makes at least one violation.
   * One sweep in order of start: comparing every pair was quadratic, and reporting every pair let
   * 20,000 copies of one stay (within the 2 MB of a case file) make 200 million violations.
   */
  private static int[] overlapping(List<DateRange> stays) {
    int[] out = new int[stays.size()];
    Arrays.fill(out, -1);
    List<Integer> order = new ArrayList<>(stays.size());
    for (int i = 0; i < stays.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> stays.get(i).start()).thenComparing(i -> i));
    int reach = -1; // the stay seen so far that ends last
    for (int k : order) {
      DateRange r = stays.get(k);
      if (reach >= 0 && stays.get(reach).overlaps(r)) {
        int later = Math.max(k, reach);
        if (out[later] < 0) {
          out[later] = Math.min(k, reach);
        }
      }
      if (reach < 0 || endsLater(r, stays.get(reach))) {
        reach = k;
      }
    }
    return out;
  }

  private static boolean endsLater(DateRange a, DateRange b) {
    if (b.isUnbounded()) {
      return false;
    }
    return a.isUnbounded() || a.endExclusive().get().isAfter(b.endExclusive().get());
  }
}
