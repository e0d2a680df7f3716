package org.laborcalc.noncompete.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.Violation;
import org.laborcalc.noncompete.NonCompeteCase;
import org.laborcalc.noncompete.NonCompeteCase.MonthWage;
import org.laborcalc.noncompete.NonCompeteOptions;
import org.laborcalc.pay.internal.Fields;

/**
 * The checks of a non-compete case, each problem at its path in the case file (the names the typed
 * case's components carry). Stateless.
 */
public final class CaseChecks {
  /** The most months of the average: "十二个月" (解释（一） art. 36 ¶1). */
  static final int AVERAGE_MONTHS = 12;

  /** A longer agreed term than this is a mistake, not a term (two years is the law's limit). */
  static final int MAX_TERM = 120;

  private CaseChecks() {}

  /** Whether the case needs art. 36's amount: nothing agreed, or option NOT_BELOW_ART36. */
  static boolean needsArt36(NonCompeteCase c, NonCompeteOptions o) {
    return c.agreedMonthly() == null
        || o.agreedAmount() == NonCompeteOptions.AgreedAmount.NOT_BELOW_ART36;
  }

  /** Every problem of the case; empty when the engine may run. */
  public static List<Violation> check(NonCompeteCase c, NonCompeteOptions o) {
    List<Violation> vs = new ArrayList<>();
    if (Fields.date(c.employmentEnd(), "case.employmentEnd", vs) == null
        || Fields.date(c.claimedThrough(), "case.claimedThrough", vs) == null) {
      return vs;
    }
    LocalDate start = c.employmentEnd().plusDays(1);
    if (c.termMonths() < 1 || c.termMonths() > MAX_TERM) {
      vs.add(
          Fields.invalid(
              "case.termMonths",
              "竞业限制期限须为1至" + MAX_TERM + "个月（劳动合同法第二十四条第二款：不得超过二年）",
              "termMonths must be 1 to " + MAX_TERM + " (劳动合同法 art. 24 ¶2: at most two years)"));
      return vs;
    }
    LocalDate termEnd = Period.termEnd(start, Math.min(c.termMonths(), Period.MAX_MONTHS));
    if (c.claimedThrough().isBefore(start)) {
      vs.add(
          Fields.invalid(
              "case.claimedThrough",
              "主张截止日早于竞业限制开始之日（" + start + "，劳动关系终止的次日）",
              "claimedThrough is before the restriction starts ("
                  + start
                  + ", the day after the end)"));
    }
    if (c.agreedMonthly() != null && !c.agreedMonthly().isPositive()) {
      vs.add(
          Fields.invalid(
              "case.agreedMonthly", "约定的经济补偿须为正的金额", "agreedMonthly must be a positive amount"));
    }
    if (c.alreadyPaid().isNegative()) {
      vs.add(Fields.invalid("case.alreadyPaid", "金额不得为负", "the amount must not be negative"));
    }
    wages(c, o, vs);
    if (c.release() != null) {
      within(
          c.release().on(),
          start,
          termEnd,
          "case.release.on",
          "解释（一）第三十九条第一款",
          "解释（一） art. 39 ¶1",
          vs);
    }
    if (c.rescission() != null) {
      within(
          c.rescission().on(),
          start,
          termEnd,
          "case.rescission.on",
          "解释（一）第三十八条",
          "解释（一） art. 38",
          vs);
      if (c.rescission().monthsUnpaidByEmployer() < 3) {
        vs.add(
            Fields.invalid(
                "case.rescission.monthsUnpaidByEmployer",
                "劳动者解除竞业限制约定须因用人单位的原因导致三个月未支付经济补偿（解释（一）第三十八条），现为 "
                    + c.rescission().monthsUnpaidByEmployer()
                    + " 个月",
                "the worker's rescission needs three months unpaid for the employer's reason"
                    + " (解释（一） art. 38), got "
                    + c.rescission().monthsUnpaidByEmployer()));
      }
    }
    if (c.release() != null && c.rescission() != null) {
      vs.add(
          Fields.invalid(
              "case.rescission",
              "同一竞业限制不能既由用人单位解除又由劳动者解除",
              "a restriction is released by the employer or rescinded by the worker, not both"));
    }
    if (c.breach() != null) {
      NonCompeteCase.Breach b = c.breach();
      if (Fields.date(b.on(), "case.breach.on", vs) != null && b.on().isBefore(start)) {
        vs.add(
            Fields.invalid(
                "case.breach.on",
                "违约之日早于竞业限制开始之日（" + start + "）",
                "the breach is before the restriction starts (" + start + ")"));
      }
      if (b.agreedPenalty() != null && !b.agreedPenalty().isPositive()) {
        vs.add(
            Fields.invalid(
                "case.breach.agreedPenalty",
                "违约金须为正的金额",
                "agreedPenalty must be a positive amount"));
      }
      if (b.agreedReturn() != null) {
        if (!b.agreedReturn().isPositive()) {
          vs.add(
              Fields.invalid(
                  "case.breach.agreedReturn",
                  "返还金额须为正的金额",
                  "agreedReturn must be a positive amount"));
        } else if (b.agreedReturn().isGreaterThan(c.alreadyPaid())) {
          vs.add(
              Fields.invalid(
                  "case.breach.agreedReturn",
                  "返还的经济补偿（" + b.agreedReturn() + "）超过已经支付的经济补偿（" + c.alreadyPaid() + "，解释（二）第十五条）",
                  "agreedReturn ("
                      + b.agreedReturn()
                      + ") exceeds the compensation paid ("
                      + c.alreadyPaid()
                      + ", 解释（二） art. 15)"));
        }
      }
    }
    return vs;
  }

  private static void wages(NonCompeteCase c, NonCompeteOptions o, List<Violation> vs) {
    if (needsArt36(c, o) && c.wages().isEmpty()) {
      vs.add(
          Violation.of(
              "case.wages",
              "REQUIRED",
              "未约定经济补偿（或选项 NOT_BELOW_ART36）时须写明劳动合同解除或者终止前十二个月的工资（解释（一）第三十六条第一款）",
              "with no compensation agreed (or option NOT_BELOW_ART36) the wages of the twelve months"
                  + " before the end are required (解释（一） art. 36 ¶1)"));
      return;
    }
    if (c.wages().size() > AVERAGE_MONTHS) {
      vs.add(
          Fields.invalid(
              "case.wages",
              "工资月份不得超过十二个月（解释（一）第三十六条第一款）",
              "at most twelve wage months (art. 36 ¶1)"));
      return;
    }
    YearMonth endMonth = YearMonth.from(c.employmentEnd());
    Set<YearMonth> seen = new HashSet<>();
    for (int i = 0; i < c.wages().size(); i++) {
      MonthWage w = c.wages().get(i);
      String p = "case.wages[" + i + "]";
      if (!seen.add(w.month())) {
        vs.add(
            Fields.invalid(
                p + ".month", "月份重复：" + w.month(), "the month " + w.month() + " is given twice"));
      }
      if (w.month().isAfter(endMonth) || w.month().isBefore(endMonth.minusMonths(AVERAGE_MONTHS))) {
        vs.add(
            Fields.invalid(
                p + ".month",
                "该月份不在劳动合同解除或者终止前十二个月内：" + w.month(),
                "the month " + w.month() + " is not within the twelve months before the end"));
      }
      if (w.wage().isNegative()) {
        vs.add(Fields.invalid(p + ".wage", "金额不得为负", "the amount must not be negative"));
      }
    }
  }

  private static void within(
      LocalDate d,
      LocalDate start,
      LocalDate termEnd,
      String path,
      String articleZh,
      String articleEn,
      List<Violation> vs) {
    if (Fields.date(d, path, vs) == null) {
      return;
    }
    if (d.isBefore(start) || d.isAfter(termEnd)) {
      vs.add(
          Fields.invalid(
              path,
              "须在竞业限制期限内（" + start + " 至 " + termEnd + "，" + articleZh + "）：" + d,
              "must be within the term ("
                  + start
                  + " to "
                  + termEnd
                  + ", "
                  + articleEn
                  + "): "
                  + d));
    }
  }
}
