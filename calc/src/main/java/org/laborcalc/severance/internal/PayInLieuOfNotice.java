package org.laborcalc.severance.internal;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.SeveranceResult;

/**
 * 代通知金, 劳动合同法第四十条: "用人单位提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同"; "其额外支付的工资应当按照该劳动者上一个月的工资标准确定"
 * (实施条例第二十条). Only for a lawful art. 40 dismissal; none when 30 days' written notice was given.
 * Notice shorter than 30 days: the full month, with a notice that a pro-rata reading exists [U].
 */
final class PayInLieuOfNotice {
  private PayInLieuOfNotice() {}

  /** "提前三十日". */
  static final int NOTICE_DAYS = 30;

  /** True when the case has a line for it: a lawful art. 40 dismissal. */
  static boolean applies(SeveranceCase c) {
    return c.ground().allowsPayInLieuOfNotice() && !c.foundUnlawful();
  }

  /** True when 30 days' written notice was given. */
  static boolean noticeGiven(SeveranceCase c) {
    return c.writtenNoticeDate() != null
        && ChronoUnit.DAYS.between(c.writtenNoticeDate(), c.terminationDate()) >= NOTICE_DAYS;
  }

  /** True when the month's wage is owed. */
  static boolean owed(SeveranceCase c) {
    return applies(c) && !noticeGiven(c);
  }

  /** The month's wage under the option, or null when the month table has none for that month. */
  static Money wage(Context x) {
    if (x.options().noticePayBasis() == SeveranceOptions.NoticePayBasis.LAST_MONTH_STANDARD_WAGE) {
      return x.c().lastMonthStandardWage();
    }
    // "上一个月" (实施条例第二十条): the month before the termination month, whichever window
    // severance.window chose for the average
    var last = x.wage().findings().window().monthBeforeAnchor();
    return x.wage().findings().months().stream()
        .filter(r -> r.month().equals(last))
        .flatMap(r -> r.chosen().stream())
        .map(a -> a.amount())
        .findFirst()
        .orElse(null);
  }

  static SeveranceLine line(Context x, List<SeveranceResult.Notice> notices) {
    SeveranceCase c = x.c();
    if (noticeGiven(c)) {
      return new SeveranceLine(
          SeveranceItem.PAY_IN_LIEU_OF_NOTICE,
          false,
          new Note(
              "已于" + c.writtenNoticeDate() + "提前三十日以书面形式通知，无需额外支付一个月工资",
              "written notice on "
                  + c.writtenNoticeDate()
                  + ", 30 days ahead: no extra month is due"),
          Formula.given(Money.ZERO),
          List.of(),
          List.of(c.ground().article(), Law.NOTICE_OR_MONTH));
    }
    if (c.writtenNoticeDate() != null) {
      notices.add(
          new SeveranceResult.Notice(
              "SHORT_NOTICE",
              "书面通知（" + c.writtenNoticeDate() + "）不足三十日，按一个月工资计算代通知金；另有按比例折算的观点，请仲裁庭核定",
              "written notice ("
                  + c.writtenNoticeDate()
                  + ") was shorter than 30 days: the full month is paid; a pro-rata reading exists"));
    }
    Money wage = wage(x);
    boolean standard =
        x.options().noticePayBasis() == SeveranceOptions.NoticePayBasis.LAST_MONTH_STANDARD_WAGE;
    return new SeveranceLine(
        SeveranceItem.PAY_IN_LIEU_OF_NOTICE,
        true,
        new Note(
            standard ? "按劳动者上一个月的工资标准额外支付一个月工资" : "按上一个月应得工资额外支付一个月工资",
            standard
                ? "one extra month at the last month's wage standard"
                : "one extra month at the last month's payable wage"),
        Formula.of(Expr.times(Expr.number(1), Expr.money(wage))),
        List.of(),
        List.of(c.ground().article(), Law.LAST_MONTH_STANDARD));
  }
}
