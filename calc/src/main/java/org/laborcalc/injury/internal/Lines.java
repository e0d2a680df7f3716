package org.laborcalc.injury.internal;

import static org.laborcalc.injury.internal.Formats.FEN;
import static org.laborcalc.injury.internal.Formats.g;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.money.Money;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/** A draft with its liability share as a result line, a monthly item accrued to the as-of date. */
final class Lines {
  private Lines() {}

  static BenefitLine of(Draft d, Liability.Share share, LocalDate asOf) {
    if (!d.isMonthly()) {
      return new BenefitLine(
          d.item(),
          d.amount(),
          null,
          null,
          null,
          share.payer(),
          d.formula(),
          d.explanationZh(),
          Liability.withShareParameters(d.parameters(), share),
          Liability.withShare(d.citations(), share),
          d.label());
    }
    Money monthly = d.monthlyAmount();
    LocalDate start = d.startDate();
    LocalDate stop = d.stop();
    String formula = d.formula();
    Money accrued = null;
    if (asOf != null) {
      LocalDate end = stop != null && stop.isBefore(asOf) ? stop : asOf;
      if (end.isAfter(start)) {
        // Whole months, then the part month as a fraction of the calendar month it falls in.
        MonthsAndDays md = MonthsAndDays.between(start, end, MonthEndPolicy.CLAMP_TO_MONTH_END);
        LocalDate partStart = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, md.months());
        int monthDays = YearMonth.from(partStart).lengthOfMonth();
        accrued =
            monthly
                .toExact()
                .times(BigDecimal.valueOf(md.months()))
                .plus(
                    monthly
                        .toExact()
                        .times(BigDecimal.valueOf(md.days()))
                        .dividedBy(BigDecimal.valueOf(monthDays), 10, FEN))
                .roundToFen();
        formula +=
            "；"
                + start
                + " 至 "
                + end
                + "（不含）共"
                + md.toChinese()
                + "，累计 "
                + g(monthly)
                + " × "
                + md.months()
                + (md.days() > 0 ? " + " + g(monthly) + " × " + md.days() + " ÷ " + monthDays : "")
                + " = "
                + g(accrued);
      } else {
        accrued = Money.ZERO;
      }
    }
    return new BenefitLine(
        d.item(),
        null,
        monthly,
        start,
        accrued,
        share.payer(),
        formula,
        d.explanationZh(),
        Liability.withShareParameters(d.parameters(), share),
        Liability.withShare(d.citations(), share),
        d.label());
  }
}
