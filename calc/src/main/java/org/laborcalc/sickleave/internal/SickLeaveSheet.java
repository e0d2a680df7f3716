package org.laborcalc.sickleave.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.pay.internal.RowSheet;
import org.laborcalc.result.Language;
import org.laborcalc.sickleave.SickLeaveLine;
import org.laborcalc.sickleave.SickLeaveResult;

/**
 * The sick-leave calculation sheet (计算清单): each medical period with its service, window and the day
 * it was used up, each sick-pay line with its formula and articles, the total and the options. The
 * same result always gives the same text. Stateless.
 */
public final class SickLeaveSheet {
  private SickLeaveSheet() {}

  /** The sheet in {@code format}. */
  public static String render(SickLeaveResult r, SheetFormat format) {
    RowSheet s = RowSheet.titled("医疗期及病假工资计算清单");
    s.heading("医疗期");
    for (SickLeaveResult.Cycle c : r.cycles()) {
      s.row(
          "自 " + c.firstSickDay() + " 起",
          "实际工作年限 "
              + years(c.actualService())
              + "，本单位工作年限 "
              + years(c.currentService())
              + " → 医疗期 "
              + c.months()
              + " 个月（"
              + c.periodDays()
              + " 日），在 "
              + c.windowMonths()
              + " 个月内（至 "
              + c.windowEnd()
              + "）累计计算；已病休 "
              + c.sickDays()
              + " 日"
              + (c.usedUpOn() == null ? "，医疗期未届满" : "，医疗期于 " + c.usedUpOn() + " 届满")
              + "；"
              + join(c.citations()));
    }
    s.heading("病假工资");
    for (SickLeaveLine l : r.lines()) {
      s.row(l.month().toString(), l.formulaText(Language.ZH) + "；" + join(l.citations()));
    }
    s.heading("合计");
    s.row("合计", r.total().toGroupedString());
    List<org.laborcalc.result.ParameterUse> used = new ArrayList<>();
    for (SickLeaveResult.Cycle c : r.cycles()) {
      used.addAll(c.parameters());
    }
    for (SickLeaveLine l : r.lines()) {
      used.addAll(l.parameters());
    }
    s.parameters(used);
    s.heading("选项");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.row(e.getKey(), e.getValue());
    }
    return s.render(format);
  }

  private static String years(java.time.Period p) {
    return p.getYears() + "年" + p.getMonths() + "个月" + p.getDays() + "日";
  }

  private static String join(List<Citation> cs) {
    List<String> out = new ArrayList<>();
    for (Citation c : cs) {
      out.add(c.toChinese());
    }
    return String.join("、", out);
  }
}
