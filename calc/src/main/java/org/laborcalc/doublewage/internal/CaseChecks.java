package org.laborcalc.doublewage.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.doublewage.DoubleWageCase;
import org.laborcalc.doublewage.DoubleWageCase.Finding;
import org.laborcalc.doublewage.DoubleWageCase.FindingKind;
import org.laborcalc.doublewage.DoubleWageCase.Ground;
import org.laborcalc.doublewage.DoubleWageCase.MonthWage;
import org.laborcalc.doublewage.DoubleWageOptions;
import org.laborcalc.error.Violation;

/**
 * The cross-field checks of a double-wage case, each problem at its path in the case file (the same
 * names the typed case's components carry). Stateless.
 */
public final class CaseChecks {
  /** The earliest day a date of the case may name. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** The latest day a date of the case may name. */
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private CaseChecks() {}

  /** Every problem of the case under the options; empty when the engine may run. */
  public static List<Violation> check(DoubleWageCase c, DoubleWageOptions o) {
    List<Violation> vs = new ArrayList<>();
    date(vs, c.employmentStart(), "case.employment.start");
    date(vs, c.employmentEnd(), "case.employment.end");
    date(vs, c.signedOn(), "case.signedOn");
    date(vs, c.expiredOn(), "case.expiredOn");
    date(vs, c.asOf(), "case.asOf");
    if (c.employmentEnd() != null && c.employmentEnd().isBefore(c.employmentStart())) {
      vs.add(v("case.employment.end", "最后工作日早于用工之日", "the last day is before 用工之日"));
    }
    if (c.asOf() != null && c.asOf().isBefore(c.employmentStart())) {
      vs.add(v("case.asOf", "计算截止日早于用工之日", "asOf is before 用工之日"));
    }
    if (c.signedOn() == null && c.employmentEnd() == null && c.asOf() == null) {
      vs.add(
          v(
              "case.asOf",
              "未签订书面合同且仍在职的，须写明计算截止日（如申请仲裁之日）",
              "with no contract signed and the employment continuing, asOf (e.g. the day of the application) is required"));
    }
    grounds(c, vs);
    wages(c, o, vs);
    if (c.payDay() != null && (c.payDay() < 1 || c.payDay() > 31)) {
      vs.add(v("case.payDay", "发薪日须在1至31之间", "payDay must be 1 to 31"));
    }
    for (int i = 0; i < c.findings().size(); i++) {
      Finding f = c.findings().get(i);
      String p = "case.findings[" + i + "]";
      date(vs, f.from(), p + ".from");
      date(vs, f.to(), p + ".to");
      if (f.to().isBefore(f.from())) {
        vs.add(v(p + ".to", "认定期间的终止日早于起始日", "the finding's last day is before its first"));
      }
      if (f.kind() == FindingKind.OTHER_STATUTORY_GROUND
          && (f.basis() == null || f.basis().isBlank())) {
        vs.add(
            v(
                p + ".basis",
                "“法律、行政法规规定的其他情形”须写明所依据的法律规定（解释（二）第七条第（三）项）",
                "another statutory ground must name the law relied on (解释（二） art. 7 (三))"));
      }
      if (f.basis() != null && f.basis().length() > 500) {
        vs.add(v(p + ".basis", "说明不得超过500字", "basis must be at most 500 characters"));
      }
      boolean extension =
          f.kind() == FindingKind.EXTENDED_ART_42
              || f.kind() == FindingKind.EXTENDED_SERVICE_PERIOD
              || f.kind() == FindingKind.EXTENDED_UNION_TERM;
      if (extension && c.ground() != Ground.EXPIRED_NOT_RENEWED) {
        vs.add(
            v(
                p + ".kind",
                "劳动合同依法续延（解释（二）第八条）仅适用于劳动合同期满的情形",
                "a contract running on by law (解释（二） art. 8) needs an expired contract (ground EXPIRED_NOT_RENEWED)"));
      }
    }
    return vs;
  }

  private static void grounds(DoubleWageCase c, List<Violation> vs) {
    if (c.ground() == Ground.EXPIRED_NOT_RENEWED) {
      if (c.expiredOn() == null) {
        vs.add(
            v("case.expiredOn", "缺少原劳动合同期满之日", "the last day of the expired contract is required"));
      } else if (c.expiredOn().isBefore(c.employmentStart())) {
        vs.add(v("case.expiredOn", "劳动合同期满之日早于用工之日", "the contract expired before 用工之日"));
      } else if (c.employmentEnd() != null && !c.employmentEnd().isAfter(c.expiredOn())) {
        vs.add(
            v(
                "case.employment.end",
                "期满后未继续工作，不属于期满后继续提供劳动的情形",
                "the work did not continue after the contract expired"));
      }
    } else if (c.expiredOn() != null) {
      vs.add(
          v(
              "case.expiredOn",
              "仅在 ground 为 EXPIRED_NOT_RENEWED 时写明合同期满之日",
              "expiredOn belongs to ground EXPIRED_NOT_RENEWED only"));
    }
    if (c.ground() == Ground.OPEN_ENDED_REFUSED) {
      if (c.openEnded() == null) {
        vs.add(
            v(
                "case.openEnded",
                "缺少应当订立无固定期限劳动合同的事实（劳动合同法第十四条第二款）",
                "the facts that made an open-ended contract due (劳动合同法 art. 14 ¶2) are required"));
      } else {
        date(vs, c.openEnded().dueOn(), "case.openEnded.dueOn");
        if (c.openEnded().dueOn().isBefore(c.employmentStart())) {
          vs.add(v("case.openEnded.dueOn", "应订立之日早于用工之日", "dueOn is before 用工之日"));
        }
        if (c.openEnded().dueOn().isBefore(LocalDate.of(2008, 1, 1))) {
          vs.add(
              v(
                  "case.openEnded.dueOn",
                  "劳动合同法第八十二条第二款自2008年1月1日起施行",
                  "劳动合同法 art. 82 ¶2 is in force from 2008-01-01"));
        }
      }
    } else if (c.openEnded() != null) {
      vs.add(
          v(
              "case.openEnded",
              "仅在 ground 为 OPEN_ENDED_REFUSED 时写明无固定期限劳动合同的事实",
              "openEnded belongs to ground OPEN_ENDED_REFUSED only"));
    }
  }

  private static void wages(DoubleWageCase c, DoubleWageOptions o, List<Violation> vs) {
    Set<YearMonth> seen = new HashSet<>();
    for (int i = 0; i < c.wages().size(); i++) {
      MonthWage w = c.wages().get(i);
      String p = "case.wages[" + i + "]";
      if (!seen.add(w.month())) {
        vs.add(v(p + ".month", "月份重复：" + w.month(), "the month " + w.month() + " is given twice"));
      }
      if (!w.normalWage().isPositive()) {
        vs.add(v(p + ".normalWage", "月工资须为正的金额", "normalWage must be a positive amount"));
      }
      if (w.overtimePay().isNegative()) {
        vs.add(v(p + ".overtimePay", "加班工资不得为负", "overtimePay must not be negative"));
      }
    }
    if (o.wage() == DoubleWageOptions.WageBasis.AGREED_WAGE) {
      if (c.agreedWage() == null) {
        vs.add(
            v(
                "case.agreedWage",
                "选项 doubleWage.wage = AGREED_WAGE 须写明约定的月工资",
                "option doubleWage.wage = AGREED_WAGE needs the agreed monthly wage"));
      }
    }
    if (c.agreedWage() != null && !c.agreedWage().isPositive()) {
      vs.add(v("case.agreedWage", "约定月工资须为正的金额", "agreedWage must be a positive amount"));
    }
  }

  private static void date(List<Violation> vs, LocalDate d, String path) {
    if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
      vs.add(
          v(
              path,
              "日期须在1990-01-01至2100-12-31之间：" + d,
              "the date must be 1990-01-01 to 2100-12-31: " + d));
    }
  }

  static Violation v(String path, String zh, String en) {
    return Violation.of(path, "INVALID_FIELD", zh, en);
  }
}
