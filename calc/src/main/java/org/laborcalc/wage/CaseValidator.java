package org.laborcalc.wage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborcalc.error.Violation;

/** Checks a case's content and reports every problem with its field path. */
final class CaseValidator {
  private CaseValidator() {}

  static List<Violation> violations(WageCase c) {
    List<Map.Entry<Integer, EvidenceItem>> indexed = new ArrayList<>();
    for (int i = 0; i < c.evidence().size(); i++) {
      indexed.add(Map.entry(i, c.evidence().get(i)));
    }
    return violations(c.injuryDate(), c.employmentStart(), indexed, c.options());
  }

  /**
   * The violations of the given parts; a null date or options skips the checks that need it (the
   * JSON reader has already reported why it is missing). Items carry their index in the input.
   */
  static List<Violation> violations(
      LocalDate injuryDate,
      LocalDate employmentStart,
      List<Map.Entry<Integer, EvidenceItem>> items,
      WageOptions options) {
    List<Violation> out = new ArrayList<>();
    if (injuryDate != null && employmentStart != null && employmentStart.isAfter(injuryDate)) {
      out.add(
          Violation.of(
              "employmentStart",
              "AFTER_INJURY",
              "入职日期（" + employmentStart + "）不能晚于受伤日期（" + injuryDate + "）",
              "employment start ("
                  + employmentStart
                  + ") must not be after the injury date ("
                  + injuryDate
                  + ")"));
    }
    YearMonth injuryMonth = injuryDate == null ? null : YearMonth.from(injuryDate);
    YearMonth startMonth = employmentStart == null ? null : YearMonth.from(employmentStart);
    for (Map.Entry<Integer, EvidenceItem> e : items) {
      checkItem(e.getKey(), e.getValue(), injuryMonth, startMonth, out);
    }
    checkContradictions(items, out);
    if (options != null) {
      checkOptions(options, out);
    }
    return out;
  }

  private static void checkItem(
      int index,
      EvidenceItem item,
      YearMonth injuryMonth,
      YearMonth startMonth,
      List<Violation> out) {
    if (item.amount().isNegative()) {
      out.add(
          Violation.of(
              path(index, ".amount"),
              "NEGATIVE",
              "金额（" + item.amount() + "元）不能为负数",
              "amount (" + item.amount() + ") must not be negative"));
    } else if (item.amount().isGreaterThan(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT)) {
      out.add(
          Violation.of(
              path(index, ".amount"),
              "IMPLAUSIBLE",
              "月金额（"
                  + item.amount()
                  + "元）超过"
                  + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT
                  + "元，不可能是月工资，请检查金额或单位",
              "monthly amount ("
                  + item.amount()
                  + ") must not exceed "
                  + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT
                  + " yuan: check the figure and its unit"));
    }
    if (item.through().isBefore(item.month())) {
      out.add(
          Violation.of(
              path(index, ".through"),
              "BEFORE_MONTH",
              "截止月份（" + item.through() + "）不能早于起始月份（" + item.month() + "）",
              "last month ("
                  + item.through()
                  + ") must not be before the first month ("
                  + item.month()
                  + ")"));
    }
    if (injuryMonth != null) {
      if (item.month().isAfter(injuryMonth)) {
        out.add(
            Violation.of(
                path(index, ".month"),
                "AFTER_INJURY",
                "月份（" + item.month() + "）在受伤月份（" + injuryMonth + "）之后，不属于受伤前的工资",
                "month ("
                    + item.month()
                    + ") must not be after the injury month ("
                    + injuryMonth
                    + ")"));
      } else if (item.through().isAfter(injuryMonth)) {
        out.add(
            Violation.of(
                path(index, ".through"),
                "AFTER_INJURY",
                "截止月份（" + item.through() + "）在受伤月份（" + injuryMonth + "）之后，不属于受伤前的工资",
                "last month ("
                    + item.through()
                    + ") must not be after the injury month ("
                    + injuryMonth
                    + ")"));
      }
    }
    if (startMonth != null && item.month().isBefore(startMonth)) {
      out.add(
          Violation.of(
              path(index, ".month"),
              "BEFORE_EMPLOYMENT",
              "月份（" + item.month() + "）早于入职月份（" + startMonth + "），不是本单位的工资",
              "month ("
                  + item.month()
                  + ") must not be before the month employment started ("
                  + startMonth
                  + ")"));
    }
    if (item.nonWage() && item.nonWageReason().isEmpty()) {
      out.add(
          Violation.of(
              path(index, ".nonWageReason"),
              "REQUIRED",
              "标记为非工资性收入时须说明理由（如报销款、借款）",
              "a reason (a reimbursement, a loan) is required when the item is flagged as not wage"));
    } else if (!item.nonWage() && !item.nonWageReason().isEmpty()) {
      out.add(
          Violation.of(
              path(index, ".nonWage"),
              "INCONSISTENT",
              "填写了非工资性收入的理由，但未标记为非工资性收入",
              "a non-wage reason is given but the item is not flagged as not wage"));
    }
  }

  /**
   * {@code evidence[3].amount}: made only for a violation, since most items have none and every
   * case is checked.
   */
  private static String path(int index, String field) {
    return "evidence[" + index + "]" + field;
  }

  /**
   * Two records of the same kind and source for one month must agree: they are the same record
   * stated twice. Bank deposits are exempt: several deposits in a month add up.
   */
  private static void checkContradictions(
      List<Map.Entry<Integer, EvidenceItem>> items, List<Violation> out) {
    for (int b = 0; b < items.size(); b++) {
      EvidenceItem later = items.get(b).getValue();
      if (later.nonWage() || later.kind() == EvidenceKind.BANK_STATEMENT) {
        continue;
      }
      for (int a = 0; a < b; a++) {
        EvidenceItem earlier = items.get(a).getValue();
        if (earlier.nonWage()
            || earlier.kind() != later.kind()
            || !earlier.source().equals(later.source())
            || earlier.amount().equals(later.amount())) {
          continue;
        }
        YearMonth from = max(earlier.month(), later.month());
        YearMonth to = min(earlier.through(), later.through());
        if (from.isAfter(to)) {
          continue;
        }
        int ia = items.get(a).getKey();
        String source = later.source().isEmpty() ? later.kind().labelZh() : later.source();
        out.add(
            Violation.of(
                "evidence[" + items.get(b).getKey() + "].amount",
                "CONTRADICTORY",
                "与evidence["
                    + ia
                    + "]同一来源（"
                    + source
                    + "）、同一月份（"
                    + from
                    + "）的金额不一致（"
                    + later.amount()
                    + "元与"
                    + earlier.amount()
                    + "元）；如系不同的文件或证人，请分别填写来源",
                "contradicts evidence["
                    + ia
                    + "]: same source ("
                    + (later.source().isEmpty() ? later.kind().labelEn() : later.source())
                    + "), same month ("
                    + from
                    + "), amounts "
                    + later.amount()
                    + " and "
                    + earlier.amount()
                    + "; if they are different documents or witnesses, give each its source"));
      }
    }
  }

  private static void checkOptions(WageOptions options, List<Violation> out) {
    SourcedFigure rate = options.grossUpDeductionRate();
    if (options.grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE) {
      if (rate == null) {
        out.add(
            Violation.of(
                "options.grossUpDeductionRate",
                "REQUIRED",
                "选择还原应发工资时，须提供扣除比例及其来源",
                "the deduction rate and its source are required to gross up net amounts"));
      } else if (rate.value().signum() <= 0 || rate.value().compareTo(BigDecimal.ONE) >= 0) {
        out.add(
            Violation.of(
                "options.grossUpDeductionRate",
                "OUT_OF_RANGE",
                "扣除比例（" + rate.value().toPlainString() + "）应为大于0、小于1的小数，如0.105",
                "deduction rate ("
                    + rate.value().toPlainString()
                    + ") must be a fraction between 0 and 1, such as 0.105"));
      }
    } else if (rate != null) {
      out.add(
          Violation.of(
              "options.grossUpDeductionRate",
              "INCONSISTENT",
              "提供了扣除比例，但未选择还原应发工资，该比例不会被使用",
              "a deduction rate is given but net amounts are used as recorded: it would be ignored"));
    }
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }
}
