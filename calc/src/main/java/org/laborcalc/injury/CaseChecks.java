package org.laborcalc.injury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.Violation;

/**
 * The cross-field rules of a case: dates in order, amounts positive, facts that contradict each
 * other. Each problem is a {@link Violation} with the field path and messages in both languages.
 * The worker, the employment and its periods are checked here; the death in {@link DeathChecks},
 * the insurance and costs in {@link CostChecks}.
 */
final class CaseChecks extends CheckList {
  private CaseChecks(List<Violation> out) {
    super(out);
  }

  static List<Violation> check(WorkInjuryCase c, CalculationOptions options) {
    CaseChecks k = new CaseChecks(new ArrayList<>());
    k.run(c, options);
    return List.copyOf(k.violations());
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
              "受伤时未满16周岁：使用童工的一次性赔偿适用《工伤保险条例》第六十六条和《非法用工单位伤亡人员一次性赔偿办法》，请改用 illegal-employment 计算（unit: CHILD_LABOUR）",
              "the worker was under 16 at the injury: child labour is compensated under art. 66 and"
                  + " the Measures on illegal employers; compute it as \"illegal-employment\" (unit:"
                  + " CHILD_LABOUR)");
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
    if (c.pension() != null && c.pension().accountMonthlyOffset() != null) {
      if (!c.pension().noMonthlyPension()) {
        add(
            "pension.accountMonthlyOffset",
            "CONTRADICTION",
            "个人养老金账户冲抵金额只适用于达到退休年龄不符合按月领取基本养老金条件的职工（noMonthlyPension）",
            "the account's monthly offset applies only to a worker without a monthly basic pension at"
                + " the retirement age (noMonthlyPension)");
      } else if (c.pension().accountMonthlyOffset().isNegative()) {
        add(
            "pension.accountMonthlyOffset",
            "OUT_OF_RANGE",
            "个人养老金账户每月冲抵金额不能为负数",
            "the account's monthly offset cannot be negative");
      }
    }
    if (c.suspension() != null) {
      LocalDate s = c.suspension().start();
      LocalDate e = c.suspension().endInclusive();
      date("suspension.start", s);
      date("suspension.endInclusive", e);
      certifiedMonths(c.suspension());
      relativesCareMonths(c.suspension());
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
    violations().addAll(org.laborcalc.injury.internal.PastRetirementHire.check(c));
    new DeathChecks(violations()).check(c, injury);
    new CostChecks(violations()).check(c, injury);
    for (int i = 0; i < c.alreadyPaid().size(); i++) {
      amount("alreadyPaid[" + i + "].amount", c.alreadyPaid().get(i).amount());
      date("alreadyPaid[" + i + "].date", c.alreadyPaid().get(i).date());
      BenefitItem towards = c.alreadyPaid().get(i).item();
      if (towards != null && (towards.isMonthly() || towards == BenefitItem.ALREADY_PAID)) {
        add(
            "alreadyPaid[" + i + "].item",
            "INVALID_VALUE",
            "只能写明一次性支付的项目；按月待遇或扣减项的已付款项不写 item，从总额中扣减",
            "only a one-time item takes a payment towards it; a payment towards a monthly benefit"
                + " (or a deduction) is given without item and deducted from the whole");
      }
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

  /** The most months a 停工留薪期 can last: 12, extended by at most 12 (art. 33 ¶2). */
  private static final java.math.BigDecimal MAX_SUSPENSION_MONTHS =
      java.math.BigDecimal.valueOf(24);

  /** Exactly one of the last day and the months certified; months positive, in fen-like steps. */
  private void certifiedMonths(WorkInjuryCase.Suspension s) {
    java.math.BigDecimal m = s.certifiedMonths();
    if ((m == null) == (s.endInclusive() == null)) {
      add(
          m == null ? "suspension.endInclusive" : "suspension.certifiedMonths",
          m == null ? "REQUIRED" : "CONTRADICTION",
          m == null
              ? "须写明停工留薪期的结束日（endInclusive）或经确认的月数（certifiedMonths），二者之一"
              : "停工留薪期的结束日与经确认的月数只能二选一",
          m == null
              ? "the paid suspension period needs its last day (endInclusive) or the months"
                  + " certified (certifiedMonths)"
              : "give either the last day of the paid suspension period or the months certified,"
                  + " not both");
      return;
    }
    if (m != null
        && (m.signum() <= 0
            || m.compareTo(MAX_SUSPENSION_MONTHS) > 0
            || m.stripTrailingZeros().scale() > 2)) {
      add(
          "suspension.certifiedMonths",
          "OUT_OF_RANGE",
          "停工留薪期月数（" + m.toPlainString() + "）须大于 0、不超过 24 个月（第三十三条第二款：一般不超过12个月，延长不得超过12个月），最多两位小数",
          "the months certified ("
              + m.toPlainString()
              + ") must be more than 0 and at most 24 (art. 33 ¶2: 12, extended by at most 12),"
              + " with at most two decimals");
    }
  }

  /** The months of relatives' care (Zhejiang art. 25): more than 0, at most 24, two decimals. */
  private void relativesCareMonths(WorkInjuryCase.Suspension s) {
    java.math.BigDecimal m = s.relativesCareMonths();
    if (m != null
        && (m.signum() <= 0
            || m.compareTo(MAX_SUSPENSION_MONTHS) > 0
            || m.stripTrailingZeros().scale() > 2)) {
      add(
          "suspension.relativesCareMonths",
          "OUT_OF_RANGE",
          "近亲属护理月数（" + m.toPlainString() + "）须大于 0、不超过 24 个月（停工留薪期的上限），最多两位小数",
          "the months of care by near relatives ("
              + m.toPlainString()
              + ") must be more than 0 and at most 24 (the longest paid suspension period), with at"
              + " most two decimals");
    }
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
}
