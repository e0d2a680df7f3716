package org.laborcalc.injury.internal.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.MonthlyStartRule;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.ParameterUse;

/**
 * A province's first month of a monthly benefit (issue 22 §1): where its pack holds {@code
 * injury.monthlyBenefits.start} with {@code fromNextMonth}, a monthly line arising on {@code event}
 * is paid from the first day of the next month (河南省工伤保险条例 (2007) art. 30 ¶1), the line citing that
 * article; one whose stop comes first is never due. The figures of the line (the year of an
 * average) stay those of the event.
 */
final class MonthlyStart {
  private MonthlyStart() {}

  static List<Draft> apply(CaseContext ctx, List<Draft> drafts, LocalDate event, String eventZh) {
    if (drafts.isEmpty()) {
      return drafts;
    }
    Optional<ResolvedParameter<MonthlyStartRule>> rule =
        ctx.figures()
            .find(WorkInjuryKeys.MONTHLY_BENEFITS_START, ctx.region(), ctx.regimeDate(event))
            .filter(r -> r.value().fromNextMonth());
    if (rule.isEmpty()) {
      return drafts;
    }
    LocalDate first = event.withDayOfMonth(1).plusMonths(1);
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (!d.isMonthly() || !d.startDate().equals(event)) {
        out.add(d);
        continue;
      }
      if (d.stop() != null && !d.stop().isAfter(first)) {
        continue; // stopped before its first month
      }
      List<ParameterUse> used = new ArrayList<>(d.parameters());
      used.add(ParameterUse.of(rule.get(), "fromNextMonth"));
      out.add(
          new Draft(
                  d.item(),
                  d.amount(),
                  d.monthlyAmount(),
                  first,
                  d.stop(),
                  d.insuredPayer(),
                  d.arises(),
                  d.formula(),
                  d.explanationZh() + "；依本省规定自" + eventZh + "的次月（" + first + "）起支付",
                  used,
                  d.citations(),
                  d.label(),
                  d.deduction())
              .citing(rule.get().citations()));
    }
    return out;
  }
}
