package org.laborcalc.injury.internal.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.result.Party;

/**
 * Art. 17 ¶4 for a monthly item (issue 22 §7): “在此期间发生符合本条例规定的工伤待遇等有关费用由该用人单位负担” — an allowance,
 * living care or dependant's pension the fund would pay that arises inside the gap before the
 * employer's late application for 工伤认定 is the employer's for the months in the gap only: the line
 * is split on the first day after it, each part given its payer by {@link
 * org.laborcalc.injury.internal.Liability} from the day it begins.
 */
final class LateFilingSplit {
  private LateFilingSplit() {}

  static List<Draft> apply(CaseContext ctx, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Optional<LocalDate> after =
          d.isMonthly() && d.insuredPayer() == Party.FUND
              ? ctx.liability().lateFilingGapEndsAfter(d.arises())
              : Optional.empty();
      if (after.isEmpty()
          || !after.get().isAfter(d.startDate())
          || (d.stop() != null && !d.stop().isAfter(after.get()))) {
        out.add(d);
        continue;
      }
      LocalDate split = after.get();
      out.add(
          new Draft(
              d.item(),
              null,
              d.monthlyAmount(),
              d.startDate(),
              split,
              d.insuredPayer(),
              d.arises(),
              d.formula(),
              d.explanationZh() + "；用人单位逾期申请工伤认定，申请前（至 " + split.minusDays(1) + "）的月份由用人单位负担",
              d.parameters(),
              d.citations(),
              d.label(),
              false));
      out.add(
          new Draft(
              d.item(),
              null,
              d.monthlyAmount(),
              split,
              d.stop(),
              d.insuredPayer(),
              split,
              d.formula(),
              d.explanationZh() + "；自 " + split + " 起由工伤保险基金支付",
              d.parameters(),
              d.citations(),
              d.label(),
              false));
    }
    return out;
  }
}
