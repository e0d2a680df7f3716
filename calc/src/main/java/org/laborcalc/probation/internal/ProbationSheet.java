package org.laborcalc.probation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.pay.internal.RowSheet;
import org.laborcalc.probation.ProbationLine;
import org.laborcalc.probation.ProbationResult;
import org.laborcalc.result.Language;

/**
 * The art. 83 calculation sheet (计算清单): the lawful probation, the excess performed, each line with
 * its formula and articles, the total, the figures and the options. Stateless.
 */
public final class ProbationSheet {
  private ProbationSheet() {}

  /** The sheet in {@code format}. */
  public static String render(ProbationResult r, SheetFormat format) {
    RowSheet s = RowSheet.titled("违法约定试用期赔偿金计算清单");
    s.heading("法定试用期");
    s.row(
        "上限",
        r.allowedMonths()
            + " 个月"
            + (r.allowedThrough() == null ? "" : "（至 " + r.allowedThrough() + "）")
            + "；"
            + join(r.allowedBecause()));
    s.row("超过法定试用期已履行的期间", r.excessFrom() == null ? "无" : r.excessFrom() + " 至 " + r.excessTo());
    s.heading("各项");
    for (ProbationLine l : r.lines()) {
      s.row("第" + l.label() + "个月", l.formulaText(Language.ZH) + "；" + join(l.citations()));
    }
    s.heading("合计");
    s.row("合计", r.total().toGroupedString());
    s.parameters(r.allowedParameters());
    s.heading("选项");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.row(e.getKey(), e.getValue());
    }
    return s.render(format);
  }

  private static String join(List<Citation> cs) {
    List<String> out = new ArrayList<>();
    for (Citation c : cs) {
      out.add(c.toChinese());
    }
    return String.join("、", out);
  }
}
