package org.laborcalc.severance.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.wage.MonthRow;

/**
 * The severance section of a calculation sheet (计算清单): the service, the month table, each line with
 * its formula and articles, the total, the options and the notices, as plain text, Markdown or one
 * HTML page. The same result always gives the same text. Thread-safe.
 */
public final class SeveranceSheet {
  private SeveranceSheet() {}

  /** One row of the sheet: a heading, a key/value row or a paragraph. */
  private record Row(Kind kind, String key, String value) {}

  private enum Kind {
    HEADING,
    ROW,
    PARAGRAPH
  }

  public static String text(SeveranceResult r) {
    StringBuilder out = new StringBuilder();
    for (Row row : rows(r)) {
      switch (row.kind()) {
        case HEADING -> out.append('\n').append(row.key()).append('\n');
        case ROW -> out.append("  ").append(row.key()).append("：").append(row.value()).append('\n');
        case PARAGRAPH -> out.append("  ").append(row.key()).append('\n');
      }
    }
    return out.substring(1);
  }

  public static String markdown(SeveranceResult r) {
    StringBuilder out = new StringBuilder();
    for (Row row : rows(r)) {
      switch (row.kind()) {
        case HEADING ->
            out.append(out.length() == 0 ? "" : "\n")
                .append("## ")
                .append(row.key())
                .append("\n\n");
        case ROW ->
            out.append("- **")
                .append(md(row.key()))
                .append("**：")
                .append(md(row.value()))
                .append('\n');
        case PARAGRAPH -> out.append("- ").append(md(row.key())).append('\n');
      }
    }
    return out.toString();
  }

  public static String html(SeveranceResult r) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>经济补偿计算清单</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append(
            "th{text-align:left;padding-right:1em;vertical-align:top}</style>\n</head>\n<body>\n");
    boolean open = false;
    for (Row row : rows(r)) {
      switch (row.kind()) {
        case HEADING -> {
          if (open) {
            out.append("</table>\n");
          }
          out.append("<h2>").append(html(row.key())).append("</h2>\n<table>\n");
          open = true;
        }
        case ROW ->
            out.append("<tr><th>")
                .append(html(row.key()))
                .append("</th><td>")
                .append(html(row.value()))
                .append("</td></tr>\n");
        case PARAGRAPH ->
            out.append("<tr><td colspan=\"2\">").append(html(row.key())).append("</td></tr>\n");
      }
    }
    if (open) {
      out.append("</table>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static List<Row> rows(SeveranceResult r) {
    List<Row> rows = new ArrayList<>();
    var c = r.input();
    rows.add(new Row(Kind.HEADING, "经济补偿、赔偿金、代通知金计算清单", null));
    rows.add(new Row(Kind.ROW, "劳动合同履行地", c.region().fullName() + "（" + c.region().code() + "）"));
    rows.add(new Row(Kind.ROW, "用工之日至终止日", c.employment().start() + " 至 " + c.terminationDate()));
    rows.add(
        new Row(
            Kind.ROW,
            "解除、终止情形",
            c.ground().labelZh() + "（" + c.ground().article().toChinese() + "）"));
    rows.add(new Row(Kind.ROW, "是否认定违法", c.foundUnlawful() ? "是" : "否"));
    rows.add(new Row(Kind.HEADING, "工作年限", null));
    if (c.priorService() != null) {
      rows.add(
          new Row(
              Kind.ROW,
              "原用人单位工作年限",
              c.priorService().start()
                  + " 至 "
                  + c.priorService().lastDay()
                  + (c.priorServiceCombined() ? "，合并计算（实施条例第十条）" : "，原用人单位已支付经济补偿，不再合并计算")));
    }
    rows.add(
        new Row(
            Kind.ROW,
            "自用工之日起",
            r.service().whole().lengthZh() + "，折算 " + months(r.service().whole()) + " 个月"));
    for (var g : r.service().notCounted()) {
      rows.add(new Row(Kind.ROW, "不计算工作年限（劳动合同中止）", g + "，" + g.lengthInDays() + " 天"));
    }
    if (r.service().segments().size() > 1) {
      for (ServiceSegment s : r.service().segments()) {
        rows.add(new Row(Kind.ROW, s.era().labelZh(), s.range() + "，" + s.lengthZh()));
      }
    }
    WageBasis w = r.wage();
    if (w != null) {
      var f = w.findings();
      rows.add(new Row(Kind.HEADING, "月工资（解除或者终止前十二个月平均工资）", null));
      for (MonthRow m : f.months()) {
        String v =
            m.chosen().map(a -> a.amount() + " 元，" + a.labelZh()).orElse("—")
                + "（"
                + m.status().labelZh()
                + "）";
        rows.add(new Row(Kind.ROW, m.month().toString(), v));
      }
      rows.add(new Row(Kind.ROW, "合计 / 月数", f.total() + " 元 / " + f.monthsAveraged()));
      if (!w.overtimeExcluded().isEmpty()) {
        rows.add(
            new Row(
                Kind.ROW,
                "扣除加班工资",
                w.overtimeTotal()
                    + " 元（"
                    + w.overtimeExcluded().stream()
                        .map(ot -> ot.month() + " " + ot.amount())
                        .collect(java.util.stream.Collectors.joining("、"))
                    + "），计入平均 "
                    + w.averagedTotal()
                    + " 元"));
      }
      rows.add(new Row(Kind.ROW, "月平均工资", w.average() + " 元"));
      if (w.minimumApplied()) {
        rows.add(new Row(Kind.ROW, "按当地最低工资标准", w.base() + " 元（实施条例第二十七条）"));
      }
      rows.add(
          new Row(
              Kind.ROW,
              "封顶标准",
              EconomicCompensation.plain(w.capMultiple())
                  + " × "
                  + w.localAverage()
                  + " = "
                  + w.cap()
                  + " 元，"
                  + (w.aboveCap() ? "月工资高于封顶标准" : "月工资未高于封顶标准")));
    }
    rows.add(new Row(Kind.HEADING, "计算结果", null));
    for (SeveranceLine l : r.lines()) {
      String formula = l.formulaText(Language.ZH);
      rows.add(new Row(Kind.ROW, l.name().zh(), l.amount() + " 元" + (l.due() ? "" : "（不予支付）")));
      rows.add(new Row(Kind.PARAGRAPH, "计算：" + formula, null));
      rows.add(new Row(Kind.PARAGRAPH, "说明：" + l.explanation().zh(), null));
      rows.add(new Row(Kind.PARAGRAPH, "依据：" + cites(l.citations()), null));
    }
    rows.add(new Row(Kind.ROW, "合计", r.total() + " 元"));
    rows.add(new Row(Kind.HEADING, "选项", null));
    r.options().asMap().forEach((k, v) -> rows.add(new Row(Kind.ROW, k, v)));
    if (!r.notices().isEmpty()) {
      rows.add(new Row(Kind.HEADING, "提示", null));
      for (SeveranceResult.Notice n : r.notices()) {
        rows.add(new Row(Kind.PARAGRAPH, n.messageZh(), null));
      }
    }
    return rows;
  }

  private static String months(ServiceSegment s) {
    return EconomicCompensation.plain(s.statutoryMonths());
  }

  private static String cites(List<Citation> cs) {
    StringBuilder sb = new StringBuilder();
    for (Citation c : cs) {
      if (sb.length() > 0) {
        sb.append('、');
      }
      sb.append(c.toChinese());
    }
    return sb.toString();
  }

  private static String md(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char ch : s.toCharArray()) {
      if ("\\`*_[]<>|#".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return out.toString();
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
