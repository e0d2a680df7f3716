package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * Collects every problem of one document as a located {@link Violation} instead of stopping at the
 * first, so that a person fixing a case file sees all of its mistakes at once. Not thread-safe: one
 * per document.
 */
final class Violations {
  private static final int MAX_SHOWN = 40;

  /**
   * The most violations kept. A 2 MB file can hold 100,000 unknown fields; listing each made
   * megabytes of messages nobody reads (and an exception message joining them all), so the rest are
   * counted and summed up in one last violation.
   */
  static final int MAX_VIOLATIONS = 100;

  private final List<Violation> out = new ArrayList<>();
  private final List<Violation> summaries = new ArrayList<>();
  private int total;

  boolean ok() {
    return total == 0;
  }

  /** Every problem found so far, including those beyond {@link #MAX_VIOLATIONS}. */
  int count() {
    return total;
  }

  /** Throws every problem found, if there is one. */
  void throwIfAny() {
    if (!ok()) {
      throw new InvalidInputException(list());
    }
  }

  List<Violation> list() {
    List<Violation> shown = new ArrayList<>(out);
    int more = total - out.size();
    if (more > 0) {
      shown.add(
          Violation.of(
              "",
              "TOO_MANY_PROBLEMS",
              "另有 " + more + " 处问题未列出（最多列出 " + MAX_VIOLATIONS + " 处）；请先改正以上各处",
              "there are "
                  + more
                  + " more problems, not listed (at most "
                  + MAX_VIOLATIONS
                  + " are); correct the ones above first"));
    }
    shown.addAll(summaries);
    return List.copyOf(shown);
  }

  static String at(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  void add(String path, String code, String zh, String en) {
    total++;
    if (out.size() < MAX_VIOLATIONS) {
      out.add(Violation.of(wellFormed(path), code, wellFormed(zh), wellFormed(en)));
    }
  }

  /**
   * Adds violations another reader found, each path put under {@code prefix}. Its own summary of
   * what it did not list is kept as it is, beyond the limit, so that the count it gives stays true.
   */
  void addAll(String prefix, List<Violation> violations) {
    for (Violation v : violations) {
      if (v.code().equals("TOO_MANY_PROBLEMS") && v.path().isEmpty()) {
        summaries.add(v);
      } else {
        add(JsonPaths.join(prefix, v.path()), v.code(), v.messageZh(), v.messageEn());
      }
    }
  }

  /** A required field that is absent or null. */
  void required(String path, String field) {
    add(
        path,
        "REQUIRED",
        "缺少必填字段“" + field + "”",
        "the required field \"" + field + "\" is missing");
  }

  /** A value of the wrong JSON type: "must be …, found …". */
  void wrongType(String path, JsonNode v, String expectedZh, String expectedEn) {
    add(
        path,
        "WRONG_TYPE",
        "须为" + expectedZh + "，实为" + typeZh(v),
        "must be " + expectedEn + ", found " + typeEn(v));
  }

  private static String typeZh(JsonNode v) {
    return switch (v.getNodeType()) {
      case OBJECT, POJO -> "对象";
      case ARRAY -> "数组";
      case STRING -> "字符串";
      case NUMBER -> "数字";
      case BOOLEAN -> "布尔值";
      case NULL, MISSING -> "null";
      case BINARY -> "二进制数据";
    };
  }

  private static String typeEn(JsonNode v) {
    return switch (v.getNodeType()) {
      case OBJECT, POJO -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  /** Hostile input may be long; messages quote at most a short prefix of it. */
  static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 1) + "…";
  }

  /**
   * True when the text holds a UTF-16 surrogate without its pair: a JSON escape such as <code>
   * &#92;uD800</code> can write one, but it is no Unicode character, and text holding one cannot be
   * encoded as UTF-8 (a result written to a file failed; to a terminal it became "?").
   */
  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with each unpaired surrogate replaced by U+FFFD, so that a message quoting it can be
   * written.
   */
  static String wellFormed(String s) {
    if (!hasUnpairedSurrogate(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  /** Every string, and every field name, of the tree that holds an unpaired surrogate. */
  void unpairedSurrogates(JsonNode n, String path) {
    if (n.isTextual()) {
      if (hasUnpairedSurrogate(n.textValue())) {
        add(
            path,
            "INVALID_VALUE",
            "文本含有不成对的代理项（如 \\uD800 转义），不是有效的 Unicode 字符",
            "the text holds an unpaired surrogate (an escape such as \\uD800), which is no Unicode"
                + " character");
      }
    } else if (n.isObject()) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        String p = at(path, name);
        if (hasUnpairedSurrogate(name)) {
          add(
              p,
              "INVALID_VALUE",
              "字段名含有不成对的代理项（如 \\uD800 转义），不是有效的 Unicode 字符",
              "the field name holds an unpaired surrogate (an escape such as \\uD800), which is no"
                  + " Unicode character");
        }
        unpairedSurrogates(n.get(name), p);
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        unpairedSurrogates(n.get(i), at(path, i));
      }
    }
  }
}
