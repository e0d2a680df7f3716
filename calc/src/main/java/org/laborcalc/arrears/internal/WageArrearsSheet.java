package org.laborcalc.arrears.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.pay.internal.RowSheet;
import org.laborcalc.result.Language;

/**
 * The wage-arrears calculation sheet (计算清单): each line with its formula and articles, the totals,
 * the options and the note that the time limit is not applied. The same result always gives the
 * same text. Stateless.
 */
public final class WageArrearsSheet {
  private WageArrearsSheet() {}

  /** The sheet in {@code format}. */
  public static String render(WageArrearsResult r, SheetFormat format) {
    RowSheet s = RowSheet.titled("拖欠工资及加付赔偿金计算清单");
    s.heading("各项");
    for (WageArrearsLine l : r.lines()) {
      List<String> cites = new ArrayList<>();
      for (Citation c : l.citations()) {
        cites.add(c.toChinese());
      }
      String key = (l.month() == null ? "" : l.month() + " ") + l.name().zh();
      String value =
          (l.reasonZh() == null ? l.formulaText(Language.ZH) : "0.00（" + l.reasonZh() + "）")
              + (l.dueDate() == null ? "" : "；应付日 " + l.dueDate())
              + "；"
              + String.join("、", cites);
      s.row(key, value);
    }
    s.heading("合计");
    s.row("工资及差额小计", r.arrearsTotal().toGroupedString());
    s.row("合计", r.total().toGroupedString());
    s.heading("选项");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.row(e.getKey(), e.getValue());
    }
    s.heading("说明");
    s.row(
        "仲裁时效",
        "本清单未适用仲裁时效；劳动关系存续期间拖欠劳动报酬的，自劳动关系终止之日起一年内提出（劳动争议调解仲裁法第二十七条第四款）"
            + (r.employmentEnd() == null ? "；劳动关系存续" : "；劳动关系终止于 " + r.employmentEnd()));
    return s.render(format);
  }
}
