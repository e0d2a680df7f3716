package org.laborcalc.doublewage.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;
import org.laborcalc.result.LineValue;

/**
 * The double-wage calculation sheet (计算清单): the period, each month with its formula and articles,
 * the days excluded, the total and the options, as plain text, Markdown or one HTML page. The same
 * result always gives the same text. Stateless.
 */
public final class DoubleWageSheet {
  private DoubleWageSheet() {}

  private static final String TITLE = "二倍工资计算清单";

  /** A key and its value, or a heading when the value is null. */
  private record Row(String key, String value) {}

  private static List<Row> rows(DoubleWageResult r) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("期间", null));
    rows.add(
        new Row(
            "二倍工资期间",
            r.periodFrom() == null
                ? "无"
                : r.periodFrom() + " 至 " + r.periodTo() + "（" + endZh(r.periodEndReason()) + "）"));
    rows.add(new Row("各月", null));
    for (DoubleWageLine l : r.lines()) {
      String cites = String.join("、", citations(l));
      if (l.value() instanceof LineValue.OnDate d) {
        rows.add(new Row(l.name().zh(), d.date() + "；" + cites));
      } else if (l.month() != null) {
        String due = l.dueDate() == null ? "" : "；应付日 " + l.dueDate();
        rows.add(
            new Row(
                l.month() + "（" + l.from() + " 至 " + l.to() + "）",
                l.formulaText(Language.ZH) + due + "；" + cites));
      } else {
        rows.add(new Row(l.name().zh(), l.formulaText(Language.ZH) + "；" + cites));
      }
    }
    if (!r.exclusions().isEmpty()) {
      rows.add(new Row("不计入的期间", null));
      for (DoubleWageResult.Exclusion x : r.exclusions()) {
        rows.add(
            new Row(
                x.from() + " 至 " + x.to(),
                x.kind().name()
                    + (x.basis() == null ? "" : "（" + x.basis() + "）")
                    + "；"
                    + x.citation().toChinese()));
      }
    }
    rows.add(new Row("合计", null));
    rows.add(new Row("合计", r.total().toGroupedString()));
    rows.add(new Row("选项", null));
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      rows.add(new Row(e.getKey(), e.getValue()));
    }
    rows.add(new Row("说明", null));
    rows.add(new Row("仲裁时效", "本清单未适用仲裁时效（劳动争议调解仲裁法第二十七条）；各月所列应付日供时效计算使用"));
    return rows;
  }

  private static List<String> citations(DoubleWageLine l) {
    LinkedHashSet<String> s = new LinkedHashSet<>();
    for (Citation c : l.citations()) {
      s.add(c.toChinese());
    }
    return new ArrayList<>(s);
  }

  private static String endZh(DoubleWageResult.PeriodEnd e) {
    return switch (e) {
      case SIGNED -> "补订书面劳动合同的前一日";
      case ONE_YEAR_LIMIT -> "满一年的前一日";
      case ELEVEN_MONTH_CAP -> "十一个月上限";
      case EMPLOYMENT_ENDED -> "劳动关系终止";
      case AS_OF -> "计算截止日";
    };
  }

  /** Plain text. */
  public static String text(DoubleWageResult r) {
    StringBuilder out = new StringBuilder(TITLE).append('\n');
    for (Row row : rows(r)) {
      if (row.value() == null) {
        out.append('\n').append(row.key()).append('\n');
      } else {
        out.append("  ").append(row.key()).append("：").append(row.value()).append('\n');
      }
    }
    return out.toString();
  }

  /** Markdown. */
  public static String markdown(DoubleWageResult r) {
    StringBuilder out = new StringBuilder("# ").append(TITLE).append('\n');
    for (Row row : rows(r)) {
      if (row.value() == null) {
        out.append("\n## ").append(row.key()).append("\n\n");
      } else {
        out.append("- **").append(md(row.key())).append("**：").append(md(row.value())).append('\n');
      }
    }
    return out.toString();
  }

  /** One self-contained HTML page. */
  public static String html(DoubleWageResult r) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(TITLE)
        .append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append(
            "th{text-align:left;padding-right:1em;vertical-align:top}</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(TITLE)
        .append("</h1>\n");
    boolean open = false;
    for (Row row : rows(r)) {
      if (row.value() == null) {
        if (open) {
          out.append("</table>\n");
        }
        out.append("<h2>").append(html(row.key())).append("</h2>\n<table>\n");
        open = true;
      } else {
        out.append("<tr><th>")
            .append(html(row.key()))
            .append("</th><td>")
            .append(html(row.value()))
            .append("</td></tr>\n");
      }
    }
    if (open) {
      out.append("</table>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
