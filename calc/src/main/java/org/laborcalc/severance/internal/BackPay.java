package org.laborcalc.severance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceOptions;

/**
 * 劳动争议解释（二）第十八条: "劳动者请求用人单位支付违法解除、终止决定作出后至劳动合同继续履行前一日工资的，用人单位应当按照劳动者提供正常劳动时的工资标准向劳动者支付上述期间的工资";
 * 劳动合同法第四十八条: continued performance instead of 赔偿金. Whole calendar months at the monthly standard;
 * a part month as its calendar fraction (days ÷ the month's days), all rounded once to the fen [U,
 * ARBITRATION.md §2.13]. "用人单位、劳动者对于劳动合同解除、终止都有过错的，应当各自承担相应的责任" (第十八条第二款): the share the tribunal
 * puts on the employer, a named adjustment after the sum.
 */
final class BackPay {
  private BackPay() {}

  static SeveranceLine line(Context x) {
    SeveranceCase c = x.c();
    SeveranceCase.Reinstatement re = c.reinstatement();
    Money w = re.normalMonthlyWage();
    LocalDate from =
        x.options().backPayDecisionDay() == SeveranceOptions.BackPayDecisionDay.INCLUDED
            ? c.terminationDate()
            : c.terminationDate().plusDays(1);
    LocalDate lastDay = re.resumedOn().minusDays(1);
    List<Expr> terms = new ArrayList<>();
    int wholeMonths = 0;
    long days = 0;
    for (YearMonth m = YearMonth.from(from);
        !m.isAfter(YearMonth.from(lastDay));
        m = m.plusMonths(1)) {
      LocalDate a = from.isAfter(m.atDay(1)) ? from : m.atDay(1);
      LocalDate b = lastDay.isBefore(m.atEndOfMonth()) ? lastDay : m.atEndOfMonth();
      int n = (int) ChronoUnit.DAYS.between(a, b) + 1;
      days += n;
      if (n == m.lengthOfMonth()) {
        wholeMonths++;
        continue;
      }
      if (wholeMonths > 0) {
        terms.add(Expr.times(Expr.number(wholeMonths), Expr.money(w)));
        wholeMonths = 0;
      }
      terms.add(
          Expr.times(Expr.money(w), Expr.number(n)).dividedBy(Expr.number(m.lengthOfMonth())));
    }
    if (wholeMonths > 0) {
      terms.add(Expr.times(Expr.number(wholeMonths), Expr.money(w)));
    }
    Expr e = terms.size() == 1 ? terms.get(0) : Expr.sum(terms);
    Formula f = Formula.of(e);
    List<org.laborcalc.law.Citation> cites = new ArrayList<>(List.of(Law.UNLAWFUL, Law.BACK_PAY));
    java.math.BigDecimal share = re.employerSharePercent();
    if (share != null && share.compareTo(java.math.BigDecimal.valueOf(100)) < 0) {
      f =
          f.then(
              org.laborcalc.result.Step.compute(
                      Expr.times(
                          Expr.money(f.result()),
                          Expr.percent(share)
                              .as(new Note("用人单位承担的过错比例", "the employer's share of the fault"))))
                  .labelled(
                      new Note("双方均有过错，各自承担相应的责任：", "both at fault, each bears its share: ")));
      cites.add(Law.SHARED_FAULT);
    }
    return new SeveranceLine(
        SeveranceItem.BACK_PAY_UNTIL_REINSTATEMENT,
        true,
        new Note(
            from + "至" + lastDay + "（共" + days + "天），按正常劳动时的工资标准" + w + "元/月；不足一个月的按日历天数折算",
            from
                + " to "
                + lastDay
                + " ("
                + days
                + " days) at the normal wage "
                + w
                + " a month; a part month by its calendar days"),
        f,
        List.of(),
        cites);
  }
}
