package org.laborcalc.wage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laborcalc.error.Violation;

/** Checks a case's content and reports every problem with its field path. */
final class CaseValidator {
  private CaseValidator() {}

  /** The violations of a case whose window is counted back from {@code window}'s anchor. */
  static List<Violation> violations(WageCase c, WageWindow window) {
    List<Map.Entry<Integer, EvidenceItem>> indexed = new ArrayList<>();
    for (int i = 0; i < c.evidence().size(); i++) {
      indexed.add(Map.entry(i, c.evidence().get(i)));
    }
    return violations(
        window.anchor(), window.anchorDate(), c.employmentStart(), indexed, c.options());
  }

  /** The violations of the parts of a case read for the injury's window (the JSON reader's). */
  static List<Violation> violations(
      LocalDate injuryDate,
      LocalDate employmentStart,
      List<Map.Entry<Integer, EvidenceItem>> items,
      WageOptions options) {
    return violations(WindowAnchor.INJURY, injuryDate, employmentStart, items, options);
  }

  /**
   * The violations of the given parts; a null date or options skips the checks that need it (the
   * JSON reader has already reported why it is missing). Items carry their index in the input.
   * Evidence after the anchor month is refused: it cannot be pay before the event.
   */
  private static List<Violation> violations(
      WindowAnchor anchor,
      LocalDate anchorDate,
      LocalDate employmentStart,
      List<Map.Entry<Integer, EvidenceItem>> items,
      WageOptions options) {
    List<Violation> out = new ArrayList<>();
    String code = "AFTER_" + anchor.name();
    if (anchorDate != null && employmentStart != null && employmentStart.isAfter(anchorDate)) {
      out.add(
          Violation.of(
              "employmentStart",
              code,
              "入职日期（" + employmentStart + "）不能晚于" + anchor.labelZh() + "日期（" + anchorDate + "）",
              "employment start ("
                  + employmentStart
                  + ") must not be after the "
                  + anchor.attributiveEn()
                  + " date ("
                  + anchorDate
                  + ")"));
    }
    YearMonth anchorMonth = anchorDate == null ? null : YearMonth.from(anchorDate);
    YearMonth startMonth = employmentStart == null ? null : YearMonth.from(employmentStart);
    for (Map.Entry<Integer, EvidenceItem> e : items) {
      checkItem(e.getKey(), e.getValue(), anchor, anchorMonth, startMonth, out);
    }
    checkContradictions(items, out);
    if (options != null) {
      checkOptions(options, out);
    }
    checkMonthTotals(items, options, out);
    return out;
  }

  private static void checkItem(
      int index,
      EvidenceItem item,
      WindowAnchor anchor,
      YearMonth anchorMonth,
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
    if (anchorMonth != null) {
      String code = "AFTER_" + anchor.name();
      String eventMonthZh =
          anchor.labelZh() + "月份（" + anchorMonth + "）之后，不属于" + anchor.labelZh() + "前的工资";
      String eventMonthEn =
          ") must not be after the " + anchor.attributiveEn() + " month (" + anchorMonth + ")";
      if (item.month().isAfter(anchorMonth)) {
        out.add(
            Violation.of(
                path(index, ".month"),
                code,
                "月份（" + item.month() + "）在" + eventMonthZh,
                "month (" + item.month() + eventMonthEn));
      } else if (item.through().isAfter(anchorMonth)) {
        out.add(
            Violation.of(
                path(index, ".through"),
                code,
                "截止月份（" + item.through() + "）在" + eventMonthZh,
                "last month (" + item.through() + eventMonthEn));
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

  /**
   * What the determiner makes of a month must still be a plausible monthly wage: a month's bank
   * deposits from one payer add up, and net amounts are divided by the share left after the
   * deduction rate when the options gross them up. Each item was bounded alone, but 5,000 deposits
   * of ten million in one month made a "wage" of 5 &times; 10^10 that was computed on, and a rate
   * of 0.99999999 multiplies an amount a hundred million times.
   */
  private static void checkMonthTotals(
      List<Map.Entry<Integer, EvidenceItem>> items, WageOptions options, List<Violation> out) {
    BigDecimal share = BigDecimal.ONE;
    if (options != null
        && options.grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE
        && options.grossUpDeductionRate() != null) {
      BigDecimal rate = options.grossUpDeductionRate().value();
      if (rate.signum() > 0 && rate.compareTo(BigDecimal.ONE) < 0) {
        share = BigDecimal.ONE.subtract(rate);
      }
    }
    BigDecimal max = EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT.amount();
    // Each deposit group: running sums of net and gross amounts over the months, changed where an
    // item starts and after it ends (a sweep, not month by month: an item may span decades).
    for (boolean employer : new boolean[] {true, false}) {
      TreeMap<YearMonth, BigDecimal[]> changes = new TreeMap<>();
      for (Map.Entry<Integer, EvidenceItem> e : items) {
        EvidenceItem i = e.getValue();
        if (i.nonWage()
            || i.kind() != EvidenceKind.BANK_STATEMENT
            || i.payerIsEmployer() != employer
            || i.through().isBefore(i.month())
            || i.amount().isNegative()
            || i.amount().isGreaterThan(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT)) {
          // Reported item by item already.
          continue;
        }
        int k = i.netOfDeductions() ? 0 : 1;
        change(changes, i.month(), k, i.amount().amount());
        change(changes, i.through().plusMonths(1), k, i.amount().amount().negate());
      }
      BigDecimal net = BigDecimal.ZERO;
      BigDecimal gross = BigDecimal.ZERO;
      for (Map.Entry<YearMonth, BigDecimal[]> c : changes.entrySet()) {
        net = net.add(c.getValue()[0]);
        gross = gross.add(c.getValue()[1]);
        BigDecimal month = net.divide(share, 2, RoundingMode.HALF_UP).add(gross);
        if (month.compareTo(max) > 0) {
          out.add(implausibleMonth("evidence", c.getKey(), month, share));
          break;
        }
      }
    }
    if (share.compareTo(BigDecimal.ONE) < 0) {
      for (Map.Entry<Integer, EvidenceItem> e : items) {
        EvidenceItem i = e.getValue();
        if (i.nonWage() || i.kind() == EvidenceKind.BANK_STATEMENT || !i.netOfDeductions()) {
          continue;
        }
        BigDecimal month = i.amount().amount().divide(share, 2, RoundingMode.HALF_UP);
        if (month.compareTo(max) > 0
            && !i.amount().isGreaterThan(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT)) {
          out.add(implausibleMonth("evidence[" + e.getKey() + "].amount", i.month(), month, share));
        }
      }
    }
  }

  private static void change(
      TreeMap<YearMonth, BigDecimal[]> changes, YearMonth at, int k, BigDecimal amount) {
    BigDecimal[] c =
        changes.computeIfAbsent(at, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    c[k] = c[k].add(amount);
  }

  private static Violation implausibleMonth(
      String path, YearMonth month, BigDecimal amount, BigDecimal share) {
    String grossedZh = share.compareTo(BigDecimal.ONE) < 0 ? "（按扣除比例还原为应发后）" : "";
    String grossedEn =
        share.compareTo(BigDecimal.ONE) < 0 ? " (grossed up by the deduction rate)" : "";
    return Violation.of(
        path,
        "IMPLAUSIBLE",
        month
            + " 的工资"
            + grossedZh
            + "合计 "
            + amount.toPlainString()
            + " 元，超过"
            + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT
            + "元，不可能是月工资，请检查金额、单位或扣除比例",
        "the pay of "
            + month
            + grossedEn
            + " comes to "
            + amount.toPlainString()
            + ", more than "
            + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT
            + " yuan: check the amounts, their unit and the deduction rate");
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }
}
