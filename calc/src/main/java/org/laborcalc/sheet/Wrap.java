package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one line of text into lines of at most a given display width ({@link DisplayWidth}: a
 * Chinese character counts 2). A line may break between two wide characters, at a space, or — for a
 * run of narrow characters longer than the width — anywhere in the run; a closing punctuation mark
 * (，。；：、）) is never the first character of a line when the previous character can move down with
 * it. Stateless and thread-safe.
 */
final class Wrap {

  private static final String NO_LINE_START = "，。；：、）」』》〉！？";

  private Wrap() {}

  /** {@code text} (without line breaks) in lines of at most {@code width} columns. */
  static List<String> lines(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width (" + width + ") must be positive");
    }
    List<String> lines = new ArrayList<>();
    if (DisplayWidth.of(text) <= width) {
      lines.add(text);
      return lines;
    }
    List<String> units = units(text);
    StringBuilder line = new StringBuilder();
    int used = 0;
    int lastStart = -1; // where the line's last unit begins, -1 when it ends in a space or is empty
    for (int u = 0; u < units.size(); u++) {
      String unit = units.get(u);
      int w = DisplayWidth.of(unit);
      if (unit.equals(" ")) {
        if (used > 0 && used + 1 <= width) {
          line.append(' ');
          used++;
        }
        lastStart = -1;
        continue;
      }
      if (used + w <= width) {
        lastStart = line.length();
        line.append(unit);
        used += w;
        continue;
      }
      if (w > width) {
        // a run longer than a whole line: fill this line, then cut the run by columns
        for (int i = 0; i < unit.length(); ) {
          int cp = unit.codePointAt(i);
          int cw = DisplayWidth.of(cp);
          if (used + cw > width) {
            lines.add(stripTrailing(line));
            line.setLength(0);
            used = 0;
          }
          lastStart = -1;
          line.appendCodePoint(cp);
          used += cw;
          i += Character.charCount(cp);
        }
        continue;
      }
      String carried = "";
      if (NO_LINE_START.indexOf(unit.codePointAt(0)) >= 0 && lastStart > 0) {
        // keep the punctuation after what it closes: move the line's last unit down with it
        String prev = line.substring(lastStart);
        if (DisplayWidth.of(prev) + w <= width) {
          carried = prev;
          line.setLength(lastStart);
        }
      }
      lines.add(stripTrailing(line));
      line.setLength(0);
      line.append(carried).append(unit);
      lastStart = carried.isEmpty() ? 0 : carried.length();
      used = DisplayWidth.of(carried) + w;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(stripTrailing(line));
    }
    return lines;
  }

  /** Wide characters one by one, spaces one by one, runs of other characters whole. */
  private static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || DisplayWidth.of(cp) == 2) {
        if (run.length() > 0) {
          units.add(run.toString());
          run.setLength(0);
        }
        units.add(new String(Character.toChars(cp)));
      } else {
        run.appendCodePoint(cp);
      }
    }
    if (run.length() > 0) {
      units.add(run.toString());
    }
    return units;
  }

  private static String stripTrailing(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }
}
