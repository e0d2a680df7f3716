package org.laborcalc.injury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.money.Money;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;

/**
 * The cross-field rules of a case: dates in order, amounts positive, facts that contradict each
 * other. Each problem is a {@link Violation} with the field path and messages in both languages.
 */
final class CaseChecks {
  static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * The largest monthly wage, original wage or contribution base taken as plausible: the bound the
   * evidence of pay has. A wage of 10^12 was clamped to 300% of the average and computed as if
   * nothing were wrong; a typo of that size must come back to the user instead.
   */
  static final Money MAX_MONTHLY = EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT;

  /**
   * The largest expense or payment, and the largest sum of all expenses or of all payments, taken
   * as plausible (one billion yuan). No bill of a work injury comes near it, and the bound keeps
   * every sum the engine makes far below {@link Money#MAX_ABS}: an expense of 10^12 used to
   * overflow the totals and escape as an IllegalArgumentException.
   */
  static final Money MAX_AMOUNT = Money.ofYuan(1_000_000_000);

  private final List<Violation> out = new ArrayList<>();

  private CaseChecks() {}

  static List<Violation> check(WorkInjuryCase c, CalculationOptions options) {
    CaseChecks k = new CaseChecks();
    k.run(c, options);
    return List.copyOf(k.out);
  }

  private void run(WorkInjuryCase c, CalculationOptions options) {
    LocalDate injury = c.injury() == null ? null : c.injury().date();
    LocalDate start = c.employment() == null ? null : c.employment().start();
    date("injury.date", injury);
    date("employment.start", start);
    if (injury != null && start != null && injury.isBefore(start)) {
      add(
          "injury.date",
          "DATE_ORDER",
          "受伤日期（" + injury + "）早于入职日期（" + start + "）",
          "the injury date (" + injury + ") is before the employment start (" + start + ")");
    }
    if (c.worker() != null) {
      LocalDate birth = c.worker().birthDate();
      if (birth != null) {
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LATEST)) {
          add(
              "worker.birthDate",
              "OUT_OF_RANGE",
              "出生日期（" + birth + "）须在1900年至2100年之间",
              "the birth date (" + birth + ") must be between 1900 and 2100");
        } else if (injury != null && birth.plusYears(16).isAfter(injury)) {
          add(
              "worker.birthDate",
              "UNSUPPORTED",
              "受伤时未满16周岁：使用童工的一次性赔偿适用《工伤保险条例》第六十六条和《非法用工单位伤亡人员一次性赔偿办法》，本计算器不适用",
              "the worker was under 16 at the injury: child labour is compensated under art. 66 and"
                  + " the Measures on illegal employers, which this calculator does not cover");
        }
      }
      if (c.worker().retirementCategory() != null
          && birth == null
          && c.worker().retirementDate() == null) {
        add(
            "worker.birthDate",
            "REQUIRED",
            "给出退休年龄类别时须同时给出出生日期",
            "a birth date is required with a retirement category");
      }
      date("worker.retirementDate", c.worker().retirementDate());
    }
    if (c.employment() != null && c.employment().termination() != null) {
      LocalDate t = c.employment().termination().date();
      date("employment.termination.date", t);
      if (t != null && injury != null && t.isBefore(injury)) {
        add(
            "employment.termination.date",
            "DATE_ORDER",
            "劳动关系解除日期（" + t + "）早于受伤日期（" + injury + "）",
            "the termination (" + t + ") is before the injury (" + injury + ")");
      }
    }
    if (c.suspension() != null) {
      LocalDate s = c.suspension().start();
      LocalDate e = c.suspension().endInclusive();
      date("suspension.start", s);
      date("suspension.endInclusive", e);
      if (s != null && e != null && e.isBefore(s)) {
        add(
            "suspension.endInclusive",
            "DATE_ORDER",
            "停工留薪期结束日（" + e + "）早于开始日（" + s + "）",
            "the paid suspension period ends (" + e + ") before it starts (" + s + ")");
      }
      if (s != null && injury != null && s.isBefore(injury)) {
        add(
            "suspension.start",
            "DATE_ORDER",
            "停工留薪期开始日（" + s + "）早于受伤日期（" + injury + "）",
            "the paid suspension period starts (" + s + ") before the injury (" + injury + ")");
      }
    }
    if (c.appraisal() != null) {
      LocalDate a = c.appraisal().date();
      date("appraisal.date", a);
      if (a != null && injury != null && a.isBefore(injury)) {
        add(
            "appraisal.date",
            "DATE_ORDER",
            "鉴定日期（" + a + "）早于受伤日期（" + injury + "）",
            "the appraisal (" + a + ") is before the injury (" + injury + ")");
      }
      if (c.appraisal().itemGrades() != null && c.appraisal().itemGrades().isEmpty()) {
        add(
            "appraisal.itemGrades",
            "REQUIRED",
            "须至少有一项伤残等级",
            "at least one item grade is required");
      }
    }
    if (c.death() != null) {
      LocalDate d = c.death().date();
      date("death.date", d);
      if (d != null && injury != null && d.isBefore(injury)) {
        add(
            "death.date",
            "DATE_ORDER",
            "死亡日期（" + d + "）早于受伤日期（" + injury + "）",
            "the death (" + d + ") is before the injury (" + injury + ")");
      }
      LocalDate deceasedBirth = c.worker() == null ? null : c.worker().birthDate();
      int spouse = -1;
      for (int i = 0; i < c.death().dependants().size(); i++) {
        WorkInjuryCase.Dependant dep = c.death().dependants().get(i);
        String p = "death.dependants[" + i + "]";
        if (dep.relation() == WorkInjuryCase.Relation.SPOUSE) {
          // One spouse: marriage is monogamous, and a second SPOUSE line would pay a second 40%
          // pension (条例 art. 39 ¶1 (2)). (The Civil Code is not in the project's legal folder, so
          // no article of it is cited here.)
          if (spouse >= 0) {
            add(
                p + ".relation",
                "DUPLICATE_VALUE",
                "配偶只能有一位，death.dependants[" + spouse + "] 已列为配偶",
                "there is only one spouse, and death.dependants[" + spouse + "] is listed as such");
          } else {
            spouse = i;
          }
        }
        relationByAge(p, dep, deceasedBirth);
        if (dep.name() != null && dep.name().isBlank()) {
          add(p + ".name", "REQUIRED", "须填写姓名或称谓", "a name or label is required");
        }
        LocalDate b = dep.birthDate();
        if (b != null && d != null) {
          if (b.isBefore(d.minusYears(150))) {
            add(
                p + ".birthDate",
                "OUT_OF_RANGE",
                "供养亲属出生日期（" + b + "）表明其年龄超过150岁",
                "the dependant's birth date (" + b + ") makes them older than 150");
          } else if (b.isAfter(d.plusMonths(10))) {
            add(
                p + ".birthDate",
                "DATE_ORDER",
                "供养亲属出生日期（" + b + "）晚于死亡日期十个月以上",
                "the dependant's birth date (" + b + ") is more than ten months after the death");
          }
        }
      }
    }
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
      amount(p + ".amount", e.amount());
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
    sum("expenses", c.expenses().stream().map(WorkInjuryCase.Expense::amount).toList());
    for (int i = 0; i < c.alreadyPaid().size(); i++) {
      amount("alreadyPaid[" + i + "].amount", c.alreadyPaid().get(i).amount());
      date("alreadyPaid[" + i + "].date", c.alreadyPaid().get(i).date());
    }
    sum("alreadyPaid", c.alreadyPaid().stream().map(WorkInjuryCase.Payment::amount).toList());
    if (c.wage() != null) {
      monthly("wage.monthlyWage", c.wage().monthlyWage());
      monthly("wage.originalWage", c.wage().originalWage());
      monthly("wage.preTerminationAverageWage", c.wage().preTerminationAverageWage());
    }
    date("options.knownAsOf", options.knownAsOf());
    if (options.asOf() != null) {
      date("options.asOf", options.asOf());
      if (injury != null && options.asOf().isBefore(injury)) {
        add(
            "options.asOf",
            "DATE_ORDER",
            "计算截止日（" + options.asOf() + "）早于受伤日期",
            "the as-of date (" + options.asOf() + ") is before the injury");
      }
    }
  }

  /**
   * A parent or grandparent is born before the deceased, a child or grandchild after — a
   * plausibility check on the facts, not a legal rule (the ministry's rule on the range of
   * dependants, art. 39 ¶1 (2), is not in the project's legal folder). A CHILD born before the
   * worker is most likely a PARENT entered the wrong way round.
   */
  private void relationByAge(String p, WorkInjuryCase.Dependant dep, LocalDate deceasedBirth) {
    LocalDate b = dep.birthDate();
    if (b == null || deceasedBirth == null || dep.relation() == null) {
      return;
    }
    switch (dep.relation()) {
      case PARENT, GRANDPARENT -> {
        if (!b.isBefore(deceasedBirth)) {
          add(
              p + ".birthDate",
              "DATE_ORDER",
              "父母或祖父母的出生日期（" + b + "）不早于死者的出生日期（" + deceasedBirth + "）：请检查亲属关系或日期",
              "a parent or grandparent born ("
                  + b
                  + ") no earlier than the deceased ("
                  + deceasedBirth
                  + "): check the relation or the date");
        }
      }
      case CHILD, GRANDCHILD -> {
        if (!b.isAfter(deceasedBirth)) {
          add(
              p + ".birthDate",
              "DATE_ORDER",
              "子女或孙子女的出生日期（" + b + "）不晚于死者的出生日期（" + deceasedBirth + "）：请检查亲属关系或日期",
              "a child or grandchild born ("
                  + b
                  + ") no later than the deceased ("
                  + deceasedBirth
                  + "): check the relation or the date");
        }
      }
      case SPOUSE, SIBLING -> {
        // No order of birth follows from these relations.
      }
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

  /** Exactly one of a stated wage and evidence. */
  static List<Violation> wageBasis(WorkInjuryCase.WageFacts wage) {
    boolean stated = wage.monthlyWage() != null;
    boolean evidence = !wage.evidence().isEmpty();
    if (stated == evidence) {
      return List.of(
          Violation.of(
              "wage.monthlyWage",
              stated ? "CONTRADICTION" : "REQUIRED",
              stated ? "月平均工资与工资证据只能二选一：已认定工资时不再依证据计算" : "须提供认定的月平均工资（monthlyWage）或工资证据（evidence）",
              stated
                  ? "give either the monthly wage as found or the evidence of pay, not both"
                  : "the monthly wage as found (monthlyWage) or the evidence of pay (evidence) is"
                      + " required"));
    }
    return List.of();
  }

  private void date(String path, LocalDate d) {
    if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
      add(
          path,
          "OUT_OF_RANGE",
          "日期（" + d + "）须在1949-10-01至2100-12-31之间",
          "date (" + d + ") must be between 1949-10-01 and 2100-12-31");
    }
  }

  private void positive(String path, Money m) {
    if (m != null && !m.isPositive()) {
      add(path, "OUT_OF_RANGE", "金额（" + m + "）须大于零", "amount (" + m + ") must be positive");
    }
  }

  /** A monthly wage or base: positive and not beyond {@link #MAX_MONTHLY}. */
  private void monthly(String path, Money m) {
    positive(path, m);
    if (m != null && m.isGreaterThan(MAX_MONTHLY)) {
      add(
          path,
          "OUT_OF_RANGE",
          "月金额（" + m + "元）超过" + MAX_MONTHLY + "元，不可能是月工资，请检查金额或单位",
          "monthly amount ("
              + m
              + ") must not exceed "
              + MAX_MONTHLY
              + " yuan: check the figure and"
              + " its unit");
    }
  }

  /** An expense or payment: positive and not beyond {@link #MAX_AMOUNT}. */
  private void amount(String path, Money m) {
    positive(path, m);
    if (m != null && m.isGreaterThan(MAX_AMOUNT)) {
      add(
          path,
          "OUT_OF_RANGE",
          "金额（" + m + "元）超过" + MAX_AMOUNT + "元，请检查金额或单位",
          "amount ("
              + m
              + ") must not exceed "
              + MAX_AMOUNT
              + " yuan: check the figure and its"
              + " unit");
    }
  }

  /** All the amounts of a list together: not beyond {@link #MAX_AMOUNT}. */
  private void sum(String path, List<Money> amounts) {
    // Summed as BigDecimal: Money refuses a sum beyond 10^12, which is what is being checked.
    BigDecimal total = BigDecimal.ZERO;
    for (Money m : amounts) {
      if (m != null) {
        total = total.add(m.amount());
      }
    }
    if (total.compareTo(MAX_AMOUNT.amount()) > 0) {
      add(
          path,
          "OUT_OF_RANGE",
          "各项金额合计（" + total.toPlainString() + "元）超过" + MAX_AMOUNT + "元，请检查金额或单位",
          "the amounts add up to "
              + total.toPlainString()
              + ", more than "
              + MAX_AMOUNT
              + " yuan: check the figures and their unit");
    }
  }

  private void add(String path, String code, String zh, String en) {
    out.add(Violation.of(path, code, zh, en));
  }
}
