package org.laborcalc.injury.internal.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.result.Formula;

/**
 * Amounts the employer has already paid towards the benefits, each deducted on its own line (the
 * employer's liability of art. 62 ¶2, 2003 art. 60, is for what remains).
 */
public final class AlreadyPaid implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    List<Payment> payments = new ArrayList<>(ctx.facts().alreadyPaid());
    payments.sort(
        Comparator.comparing((Payment p) -> p.date() == null ? LocalDate.MIN : p.date())
            .thenComparing(Payment::amount)
            .thenComparing(p -> p.description() == null ? "" : p.description()));
    Regime regime = ctx.injuryRegime();
    List<Draft> drafts = new ArrayList<>(payments.size());
    for (Payment p : payments) {
      drafts.add(
          Draft.deduction(
              p.amount().negated(),
              p.date() != null ? p.date() : ctx.facts().injury().date(),
              Formula.given(p.amount().negated()),
              "用人单位已支付"
                  + (p.description() == null ? "" : "（" + p.description() + "）")
                  + (p.date() == null ? "" : "，" + p.date())
                  + "，予以扣减",
              List.of(
                  regime.cite(
                      Provision.UNINSURED_EMPLOYER, regime == Regime.REGULATION_2010 ? 2 : 0)),
              p.description()));
    }
    return drafts;
  }
}
