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
 * by display width ({@link DisplayWidth}), amounts right-aligned. Lines end with {@code \n}. The
 * chart is left out: the items table lists the same amounts. Stateless and thread-safe.
 */
final class TextRenderer {

  private TextRenderer() {}

  static String render(Sheet sheet) {
    StringBuilder out = new StringBuilder();
    String title = clean(sheet.title());
    out.append(title).append('\n');
    out.append("=".repeat(DisplayWidth.of(title))).append('\n');
    out.append(clean(sheet.subtitle())).append('\n');
    for (Section s : sheet.sections()) {
      String heading = clean(s.title());
      out.append('\n').append(heading).append('\n');
      out.append("-".repeat(DisplayWidth.of(heading))).append('\n');
      for (Block b : s.blocks()) {
        if (b instanceof Chart) {
          continue; // its amounts are the items table's
        }
        out.append('\n');
        if (b instanceof Table t) {
          table(out, t);
        } else if (b instanceof Entry e) {
          entry(out, e);
        } else if (b instanceof Notes n) {
          for (String item : n.items()) {
            out.append("* ").append(clean(item)).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /** Appends {@code t} as a ruled table; every line has the same display width. */
  static void table(StringBuilder out, Table t) {
    List<Column> columns = t.columns();
    int[] widths = new int[columns.size()];
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      headers.add(clean(columns.get(c).header()));
      widths[c] = DisplayWidth.of(headers.get(c));
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : t.rows()) {
      List<String> cells = row.stream().map(TextRenderer::clean).toList();
      for (int c = 0; c < cells.size(); c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(cells.get(c)));
      }
      rows.add(cells);
    }
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

  private static String rule(int[] widths) {
    StringBuilder sb = new StringBuilder("+");
    for (int w : widths) {
      sb.append("-".repeat(w + 2)).append('+');
    }
    return sb.append('\n').toString();
  }

  private static void row(
      StringBuilder out, List<Column> columns, int[] widths, List<String> cells) {
    out.append('|');
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append(' ')
          .append(
              columns.get(c).numeric()
                  ? DisplayWidth.padLeft(cell, widths[c])
                  : DisplayWidth.padRight(cell, widths[c]))
          .append(" |");
    }
    out.append('\n');
  }

  private static void entry(StringBuilder out, Entry e) {
    out.append(clean(e.heading())).append('\n');
    int labelWidth = 0;
    for (Field f : e.fields()) {
      labelWidth = Math.max(labelWidth, DisplayWidth.of(clean(f.label())));
    }
    for (Field f : e.fields()) {
      out.append("    ")
          .append(DisplayWidth.padRight(clean(f.label()), labelWidth))
          .append("  ")
          .append(clean(f.value()))
          .append('\n');
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
