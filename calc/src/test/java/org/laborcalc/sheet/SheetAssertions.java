package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;

/** Helpers that read the rendered sheets back. */
final class SheetAssertions {

  private SheetAssertions() {}

  /** The text tables of a text sheet: runs of lines that start with {@code +} or {@code |}. */
  static List<List<String>> textTables(String text) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("+") || line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  /** The display columns at which {@code line} has a {@code |} or {@code +}. */
  static List<Integer> separatorColumns(String line) {
    List<Integer> columns = new ArrayList<>();
    int col = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (cp == '|' || cp == '+') {
        columns.add(col);
      }
      col += DisplayWidth.of(cp);
      i += Character.charCount(cp);
    }
    return columns;
  }

  /** The Markdown tables: runs of lines that start with {@code |}. */
  static List<List<String>> markdownTables(String markdown) {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    return tables;
  }

  /** The pipes of a Markdown table row that are not escaped by a backslash. */
  static int unescapedPipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++; // the next character is escaped
      } else if (c == '|') {
        n++;
      }
    }
    return n;
  }

  static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
