package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.sheet.Sheet.Block;
import org.laborcalc.sheet.Sheet.Chart;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;

/**
 * Lays a {@link Sheet} out as plain text for a terminal: ASCII-ruled tables whose columns line up
 * by display width ({@link DisplayWidth}), amounts right-aligned, every line at most the options'
 * width (a Chinese character counts 2): text cells, labelled values and notes wrap ({@link Wrap});
 * amounts and dates do not, so a table of many amount columns is the one thing that may exceed a
 * very narrow width. Lines end with {@code \n}. The chart is left out: the items table lists the
 * same amounts. Stateless and thread-safe.
 */
final class TextRenderer {

  /** The narrowest a wrapped column is made. */
  private static final int MIN_COLUMN = 8;

  private TextRenderer() {}

  static String render(Sheet sheet, SheetOptions options) {
    SheetLanguage lang = options.language();
    int width = options.width();
    StringBuilder out = new StringBuilder();
    List<String> title = Wrap.lines(clean(sheet.title().in(lang)), width);
    title.forEach(l -> out.append(l).append('\n'));
    out.append("=".repeat(Math.min(width, maxWidth(title)))).append('\n');
    out.append(clean(sheet.subtitle().in(lang))).append('\n');
    List<Field> header = Provenance.header(sheet, options);
    if (!header.isEmpty()) {
      heading(out, Provenance.HEADER_TITLE.in(lang), width);
      out.append('\n');
      fields(out, header, lang, width, "");
    }
    for (Section s : sheet.sections()) {
      heading(out, s.title().in(lang), width);
      for (Block b : s.blocks()) {
        if (b instanceof Chart) {
          continue; // its amounts are the items table's
        }
        out.append('\n');
        if (b instanceof Table t) {
          table(out, t, lang, width);
        } else if (b instanceof Entry e) {
          entry(out, e, lang, width);
        } else if (b instanceof Notes n) {
          for (Text item : n.items()) {
            List<String> lines = Wrap.lines(clean(item.in(lang)), width - 2);
            for (int i = 0; i < lines.size(); i++) {
              out.append(i == 0 ? "* " : "  ").append(lines.get(i)).append('\n');
            }
          }
        }
      }
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String text, int width) {
    List<String> lines = Wrap.lines(clean(text), width);
    out.append('\n');
    lines.forEach(l -> out.append(l).append('\n'));
    out.append("-".repeat(Math.min(width, maxWidth(lines)))).append('\n');
  }

  private static int maxWidth(List<String> lines) {
    return lines.stream().mapToInt(DisplayWidth::of).max().orElse(0);
  }

  /**
   * Appends {@code t} as a ruled table; every line has the same display width, at most {@code
   * width} unless its amount and date columns alone are wider.
   */
  static void table(StringBuilder out, Table t, SheetLanguage lang, int width) {
    List<Column> columns = t.columns();
    int n = columns.size();
    int[] widths = new int[n];
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      headers.add(clean(columns.get(c).header().in(lang)));
      widths[c] = DisplayWidth.of(headers.get(c));
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<Text> row : t.rows()) {
      List<String> cells = row.stream().map(x -> clean(x.in(lang))).toList();
      for (int c = 0; c < n; c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(cells.get(c)));
      }
      rows.add(cells);
    }
    fit(columns, widths, width - (3 * n + 1));
    String rule = rule(widths);
    out.append(rule);
    row(out, columns, widths, headers);
    out.append(rule);
    int bodyRows = rows.size() - t.footerRows();
    for (int i = 0; i < rows.size(); i++) {
      if (i == bodyRows && i > 0) {
        out.append(rule);
      }
      row(out, columns, widths, rows.get(i));
    }
    out.append(rule);
  }

  /**
   * Narrows the wrapping columns so that all fit in {@code room} columns of content: the widest are
   * cut down first (each to no less than {@link #MIN_COLUMN} or its own width), the amounts and
   * dates keep theirs.
   */
  private static void fit(List<Column> columns, int[] widths, int room) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    while (total > room) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        Column col = columns.get(c);
        if (!col.numeric()
            && !col.nowrap()
            && widths[c] > MIN_COLUMN
            && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return; // only amounts and dates left: they stay whole
      }
      int second = MIN_COLUMN;
      for (int c = 0; c < widths.length; c++) {
        Column col = columns.get(c);
        if (c != widest && !col.numeric() && !col.nowrap()) {
          second = Math.max(second, Math.min(widths[c], widths[widest]));
        }
      }
      int cut = Math.min(total - room, Math.max(1, widths[widest] - second));
      widths[widest] -= cut;
      total -= cut;
    }
  }

  private static String rule(int[] widths) {
    StringBuilder sb = new StringBuilder("+");
    for (int w : widths) {
      sb.append("-".repeat(w + 2)).append('+');
    }
    return sb.append('\n').toString();
  }

  private static void row(
      StringBuilder out, List<Column> columns, int[] widths, List<String> cells) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines =
          columns.get(c).numeric() || columns.get(c).nowrap()
              ? List.of(cells.get(c))
              : Wrap.lines(cells.get(c), widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      out.append('|');
      for (int c = 0; c < cells.size(); c++) {
        List<String> lines = wrapped.get(c);
        String cell = line < lines.size() ? lines.get(line) : "";
        out.append(' ')
            .append(
                columns.get(c).numeric()
                    ? DisplayWidth.padLeft(cell, widths[c])
                    : DisplayWidth.padRight(cell, widths[c]))
            .append(" |");
      }
      out.append('\n');
    }
  }

  private static void entry(StringBuilder out, Entry e, SheetLanguage lang, int width) {
    String indent = "";
    if (!e.heading().isEmpty()) {
      Wrap.lines(clean(e.heading().in(lang)), width).forEach(l -> out.append(l).append('\n'));
      indent = "    ";
    }
    fields(out, e.fields(), lang, width, indent);
  }

  /**
   * Labelled values, the values aligned after the widest label and wrapped under themselves; a
   * label wider than a third of the line puts its value on the lines below it.
   */
  private static void fields(
      StringBuilder out, List<Field> fields, SheetLanguage lang, int width, String indent) {
    int labelWidth = 0;
    for (Field f : fields) {
      int w = DisplayWidth.of(clean(f.label().in(lang)));
      if (w <= width / 3) {
        labelWidth = Math.max(labelWidth, w);
      }
    }
    for (Field f : fields) {
      String label = clean(f.label().in(lang));
      String value = clean(f.value().in(lang));
      int valueIndent = indent.length() + labelWidth + 2;
      if (DisplayWidth.of(label) > labelWidth) {
        out.append(indent).append(label).append('\n');
        valueIndent = indent.length() + 4;
        for (String l : Wrap.lines(value, width - valueIndent)) {
          out.append(" ".repeat(valueIndent)).append(l).append('\n');
        }
        continue;
      }
      List<String> lines = Wrap.lines(value, width - valueIndent);
      for (int i = 0; i < lines.size(); i++) {
        if (i == 0) {
          out.append(indent).append(DisplayWidth.padRight(label, labelWidth)).append("  ");
        } else {
          out.append(" ".repeat(valueIndent));
        }
        out.append(lines.get(i)).append('\n');
      }
    }
  }

  /**
   * {@code text} on one line: every control character (line breaks, tabs, escapes that could move a
   * terminal's cursor) becomes a space and bidirectional overrides are dropped, so that no value
   * can break a table's alignment or reorder its neighbours.
   */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        sb.append(' ');
      } else if (isBidiControl(cp)) {
        // dropped
      } else {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }
}
