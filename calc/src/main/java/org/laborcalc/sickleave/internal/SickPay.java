package org.laborcalc.sickleave.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;
import org.laborcalc.result.Step;
import org.laborcalc.sickleave.SickLeaveCase.SickPayMonth;
import org.laborcalc.sickleave.SickLeaveCase.SickPayRule;
import org.laborcalc.sickleave.SickLeaveLine;

/**
 * A month's 病假工资. 479号 art. 5: "其病假工资……按照有关规定执行" — the local rule the case states (a percentage of
 * a wage, rounded half-up to the fen); 劳部发〔1995〕309号 art. 59 [S]: "可以低于当地最低工资标准支付，但不能低于最低工资标准的80%"
 * — the floor, 80% × the minimum wage in force on the month's first day, rounded half-up to the
 * fen; less what was paid. Stateless.
 */
final class SickPay {
  private SickPay() {}

  /** The month's line, or null when what was paid covers what is due. */
  static SickLeaveLine line(
      SickPayMonth m,
      SickPayRule rule,
      ResolvedParameter<Money> minimum,
      ResolvedParameter<BigDecimal> floorPercent) {
    Money floor =
        Formula.of(Expr.times(Expr.money(minimum.value()), Expr.percent(floorPercent.value())))
            .result();
    String pct = floorPercent.value().stripTrailingZeros().toPlainString() + "%";
    Note floorName =
        new Note(
            "最低工资标准的" + pct + "（" + minimum.value().toGroupedString() + " × " + pct + "）",
            pct + " of the minimum wage (" + minimum.value().toGroupedString() + " × " + pct + ")");
    Formula local =
        Formula.of(
            Expr.times(
                Expr.percent(rule.percent()).as(new Note(rule.source(), rule.source())),
                Expr.money(rule.monthlyWage())));
    Formula due = local.atLeast(floor, floorName);
    if (!due.result().isGreaterThan(m.paid())) {
      return null;
    }
    Formula f =
        due.then(
            Step.compute(Expr.minus(Expr.money(due.result()), Expr.money(m.paid())))
                .labelled(new Note("减已付：", "less paid: ")));
    List<Citation> cites = new ArrayList<>(List.of(SickLeaveLaw.SICK_PAY));
    if (due != local) {
      cites.add(SickLeaveLaw.FLOOR);
    }
    return new SickLeaveLine(
        SickLeaveLine.SICK_PAY,
        m.month().toString(),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(SickLeaveLaw.SICK_PAY))),
        f,
        List.of(
            ParameterUse.of(minimum, minimum.value().toString()),
            ParameterUse.of(floorPercent, floorPercent.value().toPlainString())),
        cites,
        m.month());
  }
}
