package org.laborcalc.cli;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.money.Money;

/**
 * A short table of the items and totals of a result: the fallback {@link SheetRenderer}, with no
 * formulas or citations (the JSON format has them all). Stateless and thread-safe.
 */
public final class PlainSheetRenderer implements SheetRenderer {

  @Override
  public String text(WorkInjuryResult r) {
    List<String[]> rows = rows(r);
    int[] width = new int[3];
    for (String[] row : rows) {
      for (int i = 0; i < 3; i++) {
        width[i] = Math.max(width[i], displayWidth(row[i]));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("工伤待遇计算 / Work-injury benefits — ")
        .append(r.regime().instrument().titleZh())
        .append(r.regime().instrument().documentNumberIfKnown().map(n -> "（" + n + "）").orElse(""))
        .append('\n');
    sb.append("本人工资 / own wage: ").append(r.wage().ownWage().toGroupedString());
    if (r.grade() != null) {
      sb.append("    伤残等级 / grade: ")
          .append(r.grade().finalGrade().nameZh())
          .append(" (")
          .append(r.grade().finalGrade().number())
          .append(')');
    }
    sb.append("\n\n");
    for (int k = 0; k < rows.size(); k++) {
      String[] row = rows.get(k);
      sb.append(pad(row[0], width[0], false))
          .append("  ")
          .append(pad(row[1], width[1], false))
          .append("  ")
          .append(pad(row[2], width[2], true))
          .append('\n');
      if (k == 0) {
        sb.append("-".repeat(width[0] + width[1] + width[2] + 4)).append('\n');
      }
    }
    sb.append('\n').append(totals(r.totals()));
    for (Notice n : r.warnings()) {
      sb.append("! [").append(n.code()).append("] ").append(n.messageZh()).append('\n');
      sb.append("  ").append(n.messageEn()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String markdown(WorkInjuryResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# 工伤待遇计算 / Work-injury benefits\n\n");
    sb.append("本人工资 / own wage: ").append(r.wage().ownWage().toGroupedString()).append("\n\n");
    List<String[]> rows = rows(r);
    for (int k = 0; k < rows.size(); k++) {
      String[] row = rows.get(k);
      sb.append("| ")
          .append(md(row[0]))
          .append(" | ")
          .append(md(row[1]))
          .append(" | ")
          .append(md(row[2]))
          .append(" |\n");
      if (k == 0) {
        sb.append("|---|---|---:|\n");
      }
    }
    sb.append('\n').append(totals(r.totals()).replace("\n", "  \n"));
    for (Notice n : r.warnings()) {
      sb.append("\n> **")
          .append(n.code())
          .append("** ")
          .append(md(n.messageZh()))
          .append(" / ")
          .append(md(n.messageEn()))
          .append('\n');
    }
    return sb.toString();
  }

  @Override
  public String html(WorkInjuryResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\">")
        .append("<title>工伤待遇计算 / Work-injury benefits</title></head>\n<body>\n")
        .append("<h1>工伤待遇计算 / Work-injury benefits</h1>\n<p>本人工资 / own wage: ")
        .append(r.wage().ownWage().toGroupedString())
        .append("</p>\n<table>\n");
    List<String[]> rows = rows(r);
    for (int k = 0; k < rows.size(); k++) {
      String cell = k == 0 ? "th" : "td";
      sb.append("<tr>");
      for (String c : rows.get(k)) {
        sb.append('<')
            .append(cell)
            .append('>')
            .append(html(c))
            .append("</")
            .append(cell)
            .append('>');
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<pre>").append(html(totals(r.totals()))).append("</pre>\n");
    for (Notice n : r.warnings()) {
      sb.append("<p class=\"warning\">[")
          .append(html(n.code()))
          .append("] ")
          .append(html(n.messageZh()))
          .append(" / ")
          .append(html(n.messageEn()))
          .append("</p>\n");
    }
    return sb.append("</body>\n</html>\n").toString();
  }

  private static List<String[]> rows(WorkInjuryResult r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"项目 / Item", "支付方 / Payer", "金额 / Amount"});
    for (BenefitLine l : r.lines()) {
      String name = l.nameZh() + (l.label() == null ? "" : "（" + l.label() + "）");
      String amount =
          l.isMonthly()
              ? l.monthlyAmount().toGroupedString() + " /月 from " + l.startDate()
              : l.amount().toGroupedString();
      rows.add(new String[] {name, l.payer().nameZh(), amount});
    }
    return rows;
  }

  private static String totals(Totals t) {
    return "一次性合计 / one-time: 用人单位 employer "
        + g(t.employer())
        + "；工伤保险基金 fund "
        + g(t.fund())
        + "；合计 total "
        + g(t.total())
        + "\n每月 / monthly: 用人单位 employer "
        + g(t.monthlyEmployer())
        + "；工伤保险基金 fund "
        + g(t.monthlyFund())
        + "\n";
  }

  private static String g(Money m) {
    return m.toGroupedString();
  }

  /** Terminal columns: CJK and full-width characters take two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  private static String pad(String s, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - displayWidth(s)));
    return right ? space + s : s + space;
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
