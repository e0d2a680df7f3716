package org.laborcalc.sheet;

import java.util.List;
import java.util.regex.Pattern;
import org.laborcalc.sheet.Sheet.Block;
import org.laborcalc.sheet.Sheet.Chart;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;

/**
 * Lays a {@link Sheet} out as one self-contained HTML document: inline CSS with print rules, the
 * chart as inline SVG, no script, no external font, image or style sheet, so that it opens and
 * prints the same offline. Every piece of text goes through {@link #escape(String)}. Stateless and
 * thread-safe.
 */
final class HtmlRenderer {

  private static final String CSS =
      """
      :root { color-scheme: light; }
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", \
      "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; color: #1a1a1a; background: #fff; \
      font-size: 14px; line-height: 1.5; max-width: 1120px; margin: 24px auto; padding: 0 16px; }
      h1 { font-size: 22px; margin: 0 0 4px; padding-bottom: 6px; border-bottom: 2px solid #333; }
      p.sub { margin: 4px 0 16px; color: #555; }
      h2 { font-size: 17px; margin: 28px 0 8px; padding-left: 8px; border-left: 4px solid #4a6fa5; }
      h3 { font-size: 14px; margin: 0 0 4px; }
      table { border-collapse: collapse; margin: 8px 0 12px; }
      th, td { border: 1px solid #b8b8b8; padding: 4px 8px; text-align: left; vertical-align: top; \
      overflow-wrap: break-word; }
      th { background: #eef1f5; font-weight: 600; }
      th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      .nw { white-space: nowrap; }
      tr.total td { font-weight: 700; border-top: 2px solid #333; }
      .entry { margin: 10px 0; padding: 6px 10px; border-left: 3px solid #d5dbe3; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
      dt { color: #555; white-space: nowrap; }
      dd { margin: 0; overflow-wrap: break-word; }
      ul.notes { margin: 6px 0; padding-left: 22px; }
      figure { margin: 12px 0; }
      figcaption { font-weight: 600; margin-bottom: 4px; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      svg.chart text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
      dl.facts { grid-template-columns: max-content 1fr; margin: 6px 0 10px; }
      @page { size: A4; margin: 10mm 10mm 12mm; \
      @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
      @media print {
        body { margin: 0; max-width: none; padding: 0; font-size: 8pt; line-height: 1.25; }
        h1 { font-size: 14pt; }
        h2 { font-size: 10.5pt; margin: 8px 0 4px; }
        h3 { font-size: 8.5pt; }
        p.sub { margin: 2px 0 6px; }
        table { font-size: 7pt; width: 100%; margin: 4px 0 6px; }
        th, td { padding: 1px 3px; }
        div.entries { column-count: 2; column-gap: 6mm; }
        .entry { margin: 0 0 5px; padding: 2px 6px; }
        ul.notes { margin: 2px 0; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        figure, .entry, dl.facts { break-inside: avoid; page-break-inside: avoid; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        tr.total { break-before: avoid; page-break-before: avoid; }
        svg.chart { max-height: 70mm; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  private HtmlRenderer() {}

  static String render(Sheet sheet, SheetOptions options) {
    SheetLanguage lang = options.language();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n");
    out.append("<html lang=\"")
        .append(lang == SheetLanguage.EN ? "en" : "zh-CN")
        .append("\">\n<head>\n");
    out.append("<meta charset=\"UTF-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>").append(escape(sheet.title().in(lang))).append("</title>\n");
    out.append("<style>\n").append(CSS).append("</style>\n");
    out.append("</head>\n<body>\n");
    out.append("<header>\n<h1>").append(escape(sheet.title().in(lang))).append("</h1>\n");
    out.append("<p class=\"sub\">").append(escape(sheet.subtitle().in(lang))).append("</p>\n");
    List<Field> header = Provenance.header(sheet, options);
    if (!header.isEmpty()) {
      out.append("<h2>").append(escape(Provenance.HEADER_TITLE.in(lang))).append("</h2>\n");
      out.append("<dl class=\"facts\">\n");
      fields(out, header, lang);
      out.append("</dl>\n");
    }
    out.append("</header>\n");
    int chart = 0;
    for (Section s : sheet.sections()) {
      out.append("<section>\n<h2>").append(escape(s.title().in(lang))).append("</h2>\n");
      boolean entries = false; // consecutive entries share a block, set in two columns on paper
      for (Block b : s.blocks()) {
        if (entries && !(b instanceof Entry)) {
          out.append("</div>\n");
          entries = false;
        }
        if (b instanceof Table t) {
          table(out, t, lang);
        } else if (b instanceof Entry e) {
          if (!entries) {
            out.append("<div class=\"entries\">\n");
            entries = true;
          }
          entry(out, e, lang);
        } else if (b instanceof Notes n) {
          out.append("<ul class=\"notes\">\n");
          for (Text item : n.items()) {
            out.append("<li>").append(escape(item.in(lang))).append("</li>\n");
          }
          out.append("</ul>\n");
        } else if (b instanceof Chart c) {
          chart++;
          out.append(BarChart.svg(c, "chart-" + chart, lang));
        }
      }
      if (entries) {
        out.append("</div>\n");
      }
      out.append("</section>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, Table t, SheetLanguage lang) {
    List<Column> columns = t.columns();
    out.append("<table>\n<thead>\n<tr>");
    for (Column c : columns) {
      out.append("<th")
          .append(cellClass(c))
          .append('>')
          .append(escape(c.header().in(lang)))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    int bodyRows = t.rows().size() - t.footerRows();
    for (int i = 0; i < t.rows().size(); i++) {
      out.append(i >= bodyRows ? "<tr class=\"total\">" : "<tr>");
      List<Text> row = t.rows().get(i);
      for (int c = 0; c < row.size(); c++) {
        out.append("<td")
            .append(cellClass(columns.get(c)))
            .append('>')
            .append(text(row.get(c).in(lang)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String cellClass(Column c) {
    return c.numeric() ? " class=\"num\"" : c.nowrap() ? " class=\"nw\"" : "";
  }

  private static void entry(StringBuilder out, Entry e, SheetLanguage lang) {
    out.append("<div class=\"entry\">\n");
    if (!e.heading().isEmpty()) {
      out.append("<h3>").append(escape(e.heading().in(lang))).append("</h3>\n");
    }
    out.append("<dl>\n");
    fields(out, e.fields(), lang);
    out.append("</dl>\n</div>\n");
  }

  private static void fields(StringBuilder out, List<Field> fields, SheetLanguage lang) {
    for (Field f : fields) {
      out.append("<dt>")
          .append(escape(f.label().in(lang)))
          .append("</dt><dd>")
          .append(text(f.value().in(lang)))
          .append("</dd>\n");
    }
  }

  /**
   * {@code value} escaped, with each ISO date kept on one line: browsers break lines after a
   * hyphen, which would split {@code 2018-01-01} in a narrow column. Safe because the escaped text
   * holds no markup and a date is digits and hyphens only.
   */
  static String text(String value) {
    return ISO_DATE.matcher(escape(value)).replaceAll("<span class=\"nw\">$0</span>");
  }

  /**
   * {@code text} safe in HTML and SVG element content and in quoted attribute values: {@code & < >
   * " '} become character references; control characters other than tab, line feed and carriage
   * return, and unpaired surrogates, which HTML does not allow, become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n', '\r' -> sb.append(ch);
        default -> {
          if (Character.isHighSurrogate(ch)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(ch).append(text.charAt(++i));
          } else if (Character.isSurrogate(ch) || Character.isISOControl(ch)) {
            sb.append('\uFFFD');
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }
}
