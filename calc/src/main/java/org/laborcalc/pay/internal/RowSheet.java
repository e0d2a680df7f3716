package org.laborcalc.pay.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.SheetFormat;

/**
 * A calculation sheet as a title and rows, each a key and a value or a heading, written as plain
 * text, Markdown or one self-contained HTML page. The same rows always give the same text. Not
 * thread-safe while rows are added; rendering does not change it.
 */
public final class RowSheet {
  private final String title;
  private final List<String[]> rows = new ArrayList<>();

  private RowSheet(String title) {
    this.title = requireNonNull(title, "title");
  }

  /** An empty sheet titled {@code title}. */
  public static RowSheet titled(String title) {
    return new RowSheet(title);
  }

  /** A heading. */
  public RowSheet heading(String heading) {
    rows.add(new String[] {requireNonNull(heading, "heading"), null});
    return this;
  }

  /** A key and its value. */
  public RowSheet row(String key, String value) {
    rows.add(new String[] {requireNonNull(key, "key"), requireNonNull(value, "value")});
    return this;
  }

  /**
   * A heading "所用参数" and a row for each distinct figure used (key, region, range, value, pack and
   * label; a SECONDARY one says that its source was not checked in the official text), nothing when
   * none was used.
   */
  public RowSheet parameters(java.util.Collection<org.laborcalc.result.ParameterUse> used) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (org.laborcalc.result.ParameterUse p : used) {
      String label = p.verification() == null ? "" : p.verification().name();
      if (p.verification() == org.laborcalc.law.Verification.SECONDARY) {
        label += "，来源为转载或二手资料，未核对原文";
      }
      seen.add(
          p.key()
              + "@"
              + p.regionCode()
              + " "
              + p.range()
              + "："
              + p.value()
              + "（"
              + p.pack()
              + "，"
              + label
              + "）");
    }
    if (!seen.isEmpty()) {
      heading("所用参数");
      int i = 1;
      for (String row : seen) {
        row(String.valueOf(i++), row);
      }
    }
    return this;
  }

  /** The sheet in {@code format}. */
  public String render(SheetFormat format) {
    return switch (format) {
      case TEXT -> text();
      case MARKDOWN -> markdown();
      case HTML -> html();
    };
  }

  private String text() {
    StringBuilder out = new StringBuilder(title).append('\n');
    for (String[] r : rows) {
      if (r[1] == null) {
        out.append('\n').append(r[0]).append('\n');
      } else {
        out.append("  ").append(r[0]).append("：").append(r[1]).append('\n');
      }
    }
    return out.toString();
  }

  private String markdown() {
    StringBuilder out = new StringBuilder("# ").append(md(title)).append('\n');
    for (String[] r : rows) {
      if (r[1] == null) {
        out.append("\n## ").append(md(r[0])).append("\n\n");
      } else {
        out.append("- **").append(md(r[0])).append("**：").append(md(r[1])).append('\n');
      }
    }
    return out.toString();
  }

  private String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(html(title))
        .append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
        .append(
            "th{text-align:left;padding-right:1em;vertical-align:top}</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(html(title))
        .append("</h1>\n");
    boolean open = false;
    for (String[] r : rows) {
      if (r[1] == null) {
        if (open) {
          out.append("</table>\n");
        }
        out.append("<h2>").append(html(r[0])).append("</h2>\n<table>\n");
        open = true;
      } else {
        if (!open) {
          out.append("<table>\n");
          open = true;
        }
        out.append("<tr><th>")
            .append(html(r[0]))
            .append("</th><td>")
            .append(html(r[1]))
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
