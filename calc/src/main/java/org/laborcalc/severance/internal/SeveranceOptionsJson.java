package org.laborcalc.severance.internal;

import static org.laborcalc.calculation.internal.CaseFields.option;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.Violation;
import org.laborcalc.severance.SeveranceOptions;

/**
 * The {@code options} of a severance case file, each a named choice with its documented default.
 */
final class SeveranceOptionsJson {
  private SeveranceOptionsJson() {}

  /**
   * The file's {@code options}: each absent option takes its default; an unknown one is located.
   */
  static SeveranceOptions read(JsonNode node, List<Violation> out) {
    SeveranceOptions defaults = SeveranceOptions.defaults();
    return CaseFields.options(
        node,
        defaults,
        defaults.asMap().keySet(),
        (o, name, v, path) ->
            switch (name) {
              case "severance.pre2008" ->
                  o.withPre2008(option(v, SeveranceOptions.Pre2008.class, path));
              case "severance.pre2008PartialYear" ->
                  o.withPre2008PartialYear(
                      option(v, SeveranceOptions.Pre2008PartialYear.class, path));
              case "severance.averageRounding" ->
                  o.withAverageRounding(option(v, SeveranceOptions.AverageRounding.class, path));
              case "severance.abnormalMonths" ->
                  o.withAbnormalMonths(option(v, SeveranceOptions.AbnormalMonths.class, path));
              case "noticePay.basis" ->
                  o.withNoticePayBasis(option(v, SeveranceOptions.NoticePayBasis.class, path));
              case "backPay.decisionDay" ->
                  o.withBackPayDecisionDay(
                      option(v, SeveranceOptions.BackPayDecisionDay.class, path));
              case "severance.window" ->
                  o.withWindow(option(v, SeveranceOptions.Window.class, path));
              case "severance.overtimeInAverage" ->
                  o.withOvertimeInAverage(
                      option(v, SeveranceOptions.OvertimeInAverage.class, path));
              default -> throw new IllegalStateException("option without a reader: " + name);
            },
        out);
  }
}
