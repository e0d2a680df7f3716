package org.laborcalc.arrears.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.arrears.WageArrearsCase;
import org.laborcalc.arrears.WageArrearsCase.MonthPay;
import org.laborcalc.arrears.WageArrearsCase.Order;
import org.laborcalc.error.Violation;
import org.laborcalc.pay.internal.Fields;

/**
 * The checks of a wage-arrears case, each problem at its path in the case file (the names the typed
 * case's components carry). Stateless.
 */
public final class CaseChecks {
  /** Art. 85's lowest rate, per cent: "百分之五十以上". */
  public static final BigDecimal MIN_RATE = new BigDecimal("50");

  /** Art. 85's highest rate, per cent: "百分之一百以下". */
  public static final BigDecimal MAX_RATE = new BigDecimal("100");

  private CaseChecks() {}

  /** Every problem of the case; empty when the engine may run. */
  public static List<Violation> check(WageArrearsCase c) {
    List<Violation> vs = new ArrayList<>();
    Fields.date(c.employmentEnd(), "case.employment.end", vs);
    if (c.payDay() != null && (c.payDay() < 1 || c.payDay() > 31)) {
      vs.add(Fields.invalid("case.payDay", "发薪日须在1至31之间", "payDay must be 1 to 31"));
    }
    if (c.months().isEmpty() && c.order() == null) {
      vs.add(
          Fields.invalid(
              "case.months",
              "须写明所主张的工资月份或劳动行政部门的责令支付情况",
              "the case claims nothing: give the wage months or the order of art. 85"));
    }
    if (c.months().size() > Fields.MAX_ROWS) {
      vs.add(
          Fields.invalid(
              "case.months", "工资月份不得超过" + Fields.MAX_ROWS + "个", "at most 1200 wage months"));
    }
    Set<YearMonth> seen = new HashSet<>();
    for (int i = 0; i < c.months().size(); i++) {
      MonthPay m = c.months().get(i);
      String p = "case.months[" + i + "]";
      Fields.month(m.month(), p + ".month", vs);
      if (!seen.add(m.month())) {
        vs.add(
            Fields.invalid(
                p + ".month", "月份重复：" + m.month(), "the month " + m.month() + " is given twice"));
      }
      if (c.employmentEnd() != null && m.month().atDay(1).isAfter(c.employmentEnd())) {
        vs.add(
            Fields.invalid(
                p + ".month",
                "该月份在劳动关系终止之后：" + m.month(),
                "the month " + m.month() + " is after the employment ended"));
      }
      if (!m.payable().isPositive()) {
        vs.add(Fields.invalid(p + ".payable", "应发工资须为正的金额", "payable must be a positive amount"));
      }
      nonNegative(vs, m.paid().isNegative(), p + ".paid");
      nonNegative(vs, m.overtimePay().isNegative(), p + ".overtimePay");
      nonNegative(vs, m.specialAllowances().isNegative(), p + ".specialAllowances");
      nonNegative(vs, m.statutoryWelfare().isNegative(), p + ".statutoryWelfare");
      if (m.excluded().isGreaterThan(m.payable())) {
        vs.add(
            Fields.invalid(
                p + ".overtimePay",
                "加班工资、特殊津贴与法定福利之和超过应发工资（最低工资规定第十二条的剔除项须包含在应发工资内）",
                "overtime pay, special allowances and statutory welfare exceed payable (the items"
                    + " 最低工资规定 art. 12 removes are parts of payable)"));
      }
    }
    if (c.order() != null) {
      order(c.order(), vs);
    }
    return vs;
  }

  private static void order(Order o, List<Violation> vs) {
    String p = "case.order";
    Fields.date(o.orderedOn(), p + ".orderedOn", vs);
    Fields.date(o.deadline(), p + ".deadline", vs);
    if (o.orderedOn() != null && o.deadline() != null && o.deadline().isBefore(o.orderedOn())) {
      vs.add(Fields.invalid(p + ".deadline", "支付期限早于责令之日", "the deadline is before the order"));
    }
    if (o.amountOrdered() != null && !o.amountOrdered().isPositive()) {
      vs.add(
          Fields.invalid(
              p + ".amountOrdered", "责令支付的金额须为正的金额", "amountOrdered must be a positive amount"));
    }
    if (o.paidByDeadline() != null && o.paidByDeadline().isNegative()) {
      nonNegative(vs, true, p + ".paidByDeadline");
    }
    BigDecimal r = o.ratePercent();
    if (r != null && (r.compareTo(MIN_RATE) < 0 || r.compareTo(MAX_RATE) > 0)) {
      vs.add(
          Violation.of(
              p + ".ratePercent",
              "OUT_OF_RANGE",
              "加付赔偿金的标准须在应付金额的50%至100%之间（劳动合同法第八十五条），现为 " + r.toPlainString() + "%",
              "the rate of art. 85 must be 50% to 100% of the amount payable (劳动合同法 art. 85), got "
                  + r.toPlainString()
                  + "%"));
    }
    boolean stated =
        o.orderedOn() != null
            && o.deadline() != null
            && o.amountOrdered() != null
            && o.paidByDeadline() != null;
    if (stated && r == null && o.amountOrdered().isGreaterThan(o.paidByDeadline())) {
      vs.add(
          Violation.of(
              p + ".ratePercent",
              "REQUIRED",
              "须写明仲裁委员会确定的加付赔偿金标准（应付金额的50%至100%，劳动合同法第八十五条），本程序不设默认值",
              "the rate the tribunal chooses (50% to 100% of the amount payable, 劳动合同法 art. 85)"
                  + " is required: there is no default"));
    }
  }

  private static void nonNegative(List<Violation> vs, boolean negative, String path) {
    if (negative) {
      vs.add(Fields.invalid(path, "金额不得为负", "the amount must not be negative"));
    }
  }
}
