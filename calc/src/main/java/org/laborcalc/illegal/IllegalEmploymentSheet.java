package org.laborcalc.illegal;

import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.injury.Notice;
import org.laborcalc.law.Citation;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;

/** The calculation sheet of a 人社部令第9号 result: each line with its formula and articles. */
final class IllegalEmploymentSheet {
  private IllegalEmploymentSheet() {}

  static String of(IllegalEmploymentResult r, SheetFormat format) {
    boolean md = format == SheetFormat.MARKDOWN;
    boolean html = format == SheetFormat.HTML;
    StringBuilder out = new StringBuilder();
    String title = "非法用工单位伤亡人员一次性赔偿计算清单 Illegal-employer compensation sheet";
    out.append(
        md
            ? "# " + title + "\n\n"
            : html
                ? "<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<h1>" + esc(title) + "</h1>\n<ol>\n"
                : title + "\n\n");
    int n = 0;
    for (IllegalEmploymentLine l : r.lines()) {
      n++;
      String name =
          l.name().zh() + " " + l.name().en() + (l.label() == null ? "" : "（" + l.label() + "）");
      String formula =
          md ? FormulaRenderer.markdown(l.formula(), Language.ZH) : l.formulaText(Language.ZH);
      StringBuilder law = new StringBuilder();
      for (Citation c : l.citations()) {
        if (law.length() > 0) {
          law.append("；");
        }
        law.append(c.toChinese());
      }
      if (html) {
        out.append("<li><b>")
            .append(esc(name))
            .append("</b> ")
            .append(esc(l.amount().toGroupedString()))
            .append("<br>公式 Formula: ")
            .append(esc(formula))
            .append("<br>说明: ")
            .append(esc(l.explanationZh()))
            .append("<br>依据 Law: ")
            .append(esc(law.toString()))
            .append("</li>\n");
      } else {
        out.append(md ? n + ". **" + name + "** " : n + ". " + name + "  ")
            .append(l.amount().toGroupedString())
            .append('\n');
        String indent = md ? "   - " : "   ";
        out.append(indent).append("公式 Formula: ").append(formula).append('\n');
        out.append(indent).append("说明: ").append(l.explanationZh()).append('\n');
        out.append(indent).append("依据 Law: ").append(law).append('\n');
      }
    }
    String total = "合计 Total（支付方：用人单位 Employer）: " + r.total().toGroupedString();
    String opts =
        "选项 Options: baseYear "
            + r.options().baseYear()
            + ", deathBaseYear "
            + r.options().deathBaseYear();
    if (html) {
      out.append("</ol>\n<p>")
          .append(esc(total))
          .append("</p>\n<p>")
          .append(esc(opts))
          .append("</p>\n");
    } else {
      out.append('\n')
          .append(md ? "**" + total + "**" : total)
          .append('\n')
          .append(opts)
          .append('\n');
    }
    for (Notice notice : r.notices()) {
      String text = "注意 " + notice.code() + ": " + notice.messageZh() + " / " + notice.messageEn();
      out.append(html ? "<p>" + esc(text) + "</p>\n" : (md ? "- " : "") + text + "\n");
    }
    return out.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
