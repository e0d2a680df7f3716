package org.laborcalc.noncompete.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.noncompete.NonCompeteLine;
import org.laborcalc.noncompete.NonCompeteResult;
import org.laborcalc.pay.internal.RowSheet;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;

/**
 * The non-compete calculation sheet (计算清单): the average, the period, each line with its formula and
 * articles, both totals, the notices and the options. The same result always gives the same text.
 * Stateless.
 */
public final class NonCompeteSheet {
  private NonCompeteSheet() {}

  /** The sheet in {@code format}. */
  public static String render(NonCompeteResult r, SheetFormat format) {
    RowSheet s = RowSheet.titled("竞业限制经济补偿计算清单");
    s.heading("基数与期间");
    if (r.average() != null) {
      s.row(
          "月平均工资（" + r.average().months() + "个月）",
          FormulaRenderer.render(r.average().formula(), Language.ZH)
              + "；"
              + r.average().citation().toChinese());
    }
    s.row(
        "竞业限制期间",
        r.periodFrom()
            + " 至 "
            + (r.periodTo() == null ? "（无履行期间）" : r.periodTo())
            + "（"
            + r.periodEnd().name()
            + "）");
    s.heading("各项");
    for (NonCompeteLine l : r.lines()) {
      List<String> cites = new ArrayList<>();
      for (Citation c : l.citations()) {
        cites.add(c.toChinese());
      }
      String key =
          (l.label() == null ? "" : "第" + l.label() + "个月 ")
              + l.name().zh()
              + "（"
              + l.shares().get(0).party().nameZh()
              + "支付）";
      s.row(key, l.formulaText(Language.ZH) + "；" + String.join("、", cites));
    }
    s.heading("合计");
    s.row("用人单位应付合计", r.employerTotal().toGroupedString());
    s.row("劳动者应付合计", r.workerTotal().toGroupedString());
    if (!r.notices().isEmpty()) {
      s.heading("提示");
      for (NonCompeteResult.Notice n : r.notices()) {
        s.row(n.code(), n.zh());
      }
    }
    s.heading("选项");
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.row(e.getKey(), e.getValue());
    }
    return s.render(format);
  }
}
