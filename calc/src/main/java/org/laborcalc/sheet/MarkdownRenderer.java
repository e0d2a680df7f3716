package org.laborcalc.sheet;

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
 * Lays a {@link Sheet} out as GitHub-flavoured Markdown: headings, pipe tables (amounts
 * right-aligned) and lists. Every value is escaped, so that a {@code |} cannot split a cell and no
 * value can open a link, an HTML tag or emphasis. The chart is left out: the items table lists the
 * same amounts. Stateless and thread-safe.
 */
final class MarkdownRenderer {

  /** ASCII punctuation that CommonMark lets a backslash escape and that means something inline. */
  private static final String SPECIAL = "\\`*_[]<>|~&!";

  private MarkdownRenderer() {}

  static String render(Sheet sheet, SheetOptions options) {
    SheetLanguage lang = options.language();
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(sheet.title().in(lang))).append("\n\n");
    out.append(escapeBlock(sheet.subtitle().in(lang))).append('\n');
    List<Field> header = Provenance.header(sheet, options);
    if (!header.isEmpty()) {
      out.append("\n## ").append(escape(Provenance.HEADER_TITLE.in(lang))).append("\n\n");
      fields(out, header, lang);
    }
    for (Section s : sheet.sections()) {
      out.append("\n## ").append(escape(s.title().in(lang))).append('\n');
      for (Block b : s.blocks()) {
        if (b instanceof Chart) {
          continue; // its amounts are the items table's
        }
        out.append('\n');
        if (b instanceof Table t) {
          table(out, t, lang);
        } else if (b instanceof Entry e) {
          if (!e.heading().isEmpty()) {
            out.append("**").append(escape(e.heading().in(lang))).append("**\n\n");
          }
          fields(out, e.fields(), lang);
        } else if (b instanceof Notes n) {
          for (Text item : n.items()) {
            out.append("- ").append(escapeBlock(item.in(lang))).append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  private static void fields(StringBuilder out, List<Field> fields, SheetLanguage lang) {
    for (Field f : fields) {
      out.append("- **")
          .append(escape(f.label().in(lang)))
          .append("**：")
          .append(escape(f.value().in(lang)))
          .append('\n');
    }
  }

  private static void table(StringBuilder out, Table t, SheetLanguage lang) {
    List<Column> columns = t.columns();
    out.append('|');
    for (Column c : columns) {
      out.append(' ').append(escape(c.header().in(lang))).append(" |");
    }
    out.append("\n|");
    for (Column c : columns) {
      out.append(c.numeric() ? " ---: |" : " --- |");
    }
    out.append('\n');
    int bodyRows = t.rows().size() - t.footerRows();
    for (int i = 0; i < t.rows().size(); i++) {
      boolean footer = i >= bodyRows;
      out.append('|');
      for (Text cell : t.rows().get(i)) {
        String text = escape(cell.in(lang));
        if (footer && !text.isEmpty()) {
          text = "**" + text + "**";
        }
        out.append(' ').append(text).append(" |");
      }
      out.append('\n');
    }
  }

  /**
   * {@code text} as literal inline Markdown on one line: line breaks become spaces, and {@code |},
   * backslash, and the characters of emphasis, code, links and HTML are backslash-escaped.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
        sb.append(' ');
      } else {
        if (cp < 0x80 && SPECIAL.indexOf(cp) >= 0) {
          sb.append('\\');
        }
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /**
   * {@link #escape(String)}, and also a leading character that would start a block (a list, a
   * heading, a rule, an ordered list's {@code 1.}) where the text opens a paragraph or list item.
   */
  static String escapeBlock(String text) {
    String e = escape(text);
    if (!e.isEmpty() && "-+#=".indexOf(e.charAt(0)) >= 0) {
      return "\\" + e;
    }
    int digits = 0;
    while (digits < e.length() && Character.isDigit(e.charAt(digits)) && e.charAt(digits) < 0x80) {
      digits++;
    }
    if (digits > 0 && digits < e.length() && (e.charAt(digits) == '.' || e.charAt(digits) == ')')) {
      return e.substring(0, digits) + "\\" + e.substring(digits);
    }
    return e;
  }
}
