package org.laborcalc.leave.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveCase;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.leave.AnnualLeaveKeys;
import org.laborcalc.leave.LeaveDays;
import org.laborcalc.leave.LeaveLine;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * 《企业职工带薪年休假实施办法》第十条: "对职工应休未休年休假天数，按照其日工资收入的300%支付未休年休假工资报酬，其中包含用人单位支付职工正常工作期间的工资收入"; ¶2:
 * "职工因本人原因且书面提出不休年休假的，用人单位可以只支付其正常工作期间的工资收入". 第十一条: "日工资收入按照职工本人的月工资除以月计薪天数（21.75天）进行折算".
 *
 * <p>The days were worked and paid at 100%, so what is owed is unused days × 月工资 ÷ 21.75 × (300% −
 * 100%) — 200%, not the 300% a claim often asks for; nothing further for a year of written
 * own-reason refusal. The daily wage is never rounded: the line is rounded half-up to the fen once.
 * Stateless.
 */
public final class UnusedLeavePay {
  private static final Note REFUSED =
      new Note("职工书面提出不休，只付正常工资", "refused in writing: the normal wage only");

  private UnusedLeavePay() {}

  /** The line for one year. */
  public static LeaveLine line(AnnualLeaveCase c, LeaveYear y, LeaveDays days, Parameters p) {
    var on = days.to();
    ResolvedParameter<BigDecimal> payDays =
        p.get(WorkInjuryKeys.PAY_DAYS_PER_MONTH, c.region(), on);
    ResolvedParameter<BigDecimal> pay = p.get(AnnualLeaveKeys.PAY_PERCENT, c.region(), on);
    ResolvedParameter<BigDecimal> paid =
        p.get(AnnualLeaveKeys.ALREADY_PAID_PERCENT, c.region(), on);
    BigDecimal extra = pay.value().subtract(paid.value());
    Expr.Figure percent = Expr.percent(extra);
    if (y.writtenRefusal()) {
      percent = Expr.percent(BigDecimal.ZERO).as(REFUSED);
    }
    Formula f =
        Formula.of(
            Expr.times(Expr.number(days.unused()), Expr.money(c.monthlyWage()))
                .dividedBy(Expr.number(payDays.value()))
                .times(percent));
    List<Citation> cites = new ArrayList<>(days.citations());
    if (days.disqualifiedBy() != null) {
      cites.add(0, days.disqualifiedBy());
    }
    cites.add(LeaveLaw.PAY);
    cites.add(LeaveLaw.DAILY_WAGE);
    if (y.writtenRefusal()) {
      cites.add(LeaveLaw.REFUSAL);
    }
    List<ParameterUse> params =
        List.of(
            ParameterUse.of(payDays, payDays.value().toPlainString()),
            ParameterUse.of(pay, pay.value().toPlainString()),
            ParameterUse.of(paid, paid.value().toPlainString()));
    return new LeaveLine(
        String.valueOf(y.year()),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(LeaveLaw.PAY))),
        f,
        params,
        cites);
  }
}
