package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;

/**
 * Walks a JSON tree and collects every problem as a located {@link Violation} instead of stopping
 * at the first one, so that a person fixing a case file sees all of its mistakes at once. A reader
 * method returns null for an absent or invalid value; callers build their value only when {@link
 * #ok()} holds. Not thread-safe: one per document.
 */
final class Fields {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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

  List<Violation> violations() {
    List<Violation> shown = new ArrayList<>(out);
    int more = total - out.size();
    if (more == 0) {
      shown.addAll(summaries);
      return List.copyOf(shown);
    }
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
   * Adds violations another reader found. Its own summary of what it did not list is kept as it is,
   * beyond the limit, so that the count it gives stays true.
   */
  void addAll(List<Violation> violations) {
    for (Violation v : violations) {
      if (v.code().equals("TOO_MANY_PROBLEMS") && v.path().isEmpty()) {
        summaries.add(v);
      } else {
        add(v.path(), v.code(), v.messageZh(), v.messageEn());
      }
    }
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

  /** The node as an object whose fields are all in {@code allowed}, or null (and a violation). */
  ObjectNode object(JsonNode n, String path, List<String> allowed) {
    if (!n.isObject()) {
      wrongType(path, n, "JSON 对象", "a JSON object");
      return null;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        add(
            at(path, name),
            "UNKNOWN_FIELD",
            "未知字段“" + shorten(name) + "”；此处允许的字段为：" + String.join("、", allowed),
            "unknown field \"" + shorten(name) + "\"; the fields allowed here are " + allowed);
      }
    }
    return (ObjectNode) n;
  }

  /** The value of a field, null when absent or JSON null. */
  static JsonNode get(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v;
  }

  /** The value of a required field, or null (and a violation). */
  JsonNode required(ObjectNode o, String path, String field) {
    JsonNode v = get(o, field);
    if (v == null) {
      add(
          at(path, field),
          "REQUIRED",
          "缺少必填字段“" + field + "”",
          "the required field \"" + field + "\" is missing");
    }
    return v;
  }

  private JsonNode value(ObjectNode o, String path, String field, boolean required) {
    return required ? required(o, path, field) : get(o, field);
  }

  LocalDate date(ObjectNode o, String path, String field, boolean required) {
    JsonNode v = value(o, path, field, required);
    return v == null ? null : date(v, at(path, field));
  }

  LocalDate date(JsonNode v, String path) {
    if (!v.isTextual()) {
      wrongType(path, v, "yyyy-MM-dd 格式的日期字符串", "a date string written yyyy-MM-dd");
      return null;
    }
    String s = v.asText();
    if (ISO_DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // falls through to the violation: the digits do not form a real date (e.g. 2019-02-30)
      }
    }
    add(
        path,
        "INVALID_DATE",
        "日期“" + shorten(s) + "”无效：须为 yyyy-MM-dd 格式的真实日期，如 2019-12-18",
        "date \""
            + shorten(s)
            + "\" is invalid: it must be a real date written yyyy-MM-dd, e.g."
            + " 2019-12-18");
    return null;
  }

  Money money(ObjectNode o, String path, String field, boolean required) {
    JsonNode v = value(o, path, field, required);
    if (v == null) {
      return null;
    }
    String p = at(path, field);
    if (v.isNumber()) {
      add(
          p,
          "WRONG_TYPE",
          "金额须写成字符串（如 \"6500.00\"），不能写成 JSON 数字，以免二进制浮点数的误差",
          "an amount must be a JSON string such as \"6500.00\", not a JSON number, so that no"
              + " binary floating point touches it");
      return null;
    }
    if (!v.isTextual()) {
      wrongType(p, v, "金额字符串，如 \"6500.00\"", "an amount string such as \"6500.00\"");
      return null;
    }
    try {
      return Money.parse(v.asText());
    } catch (IllegalArgumentException e) {
      add(
          p,
          "INVALID_AMOUNT",
          "金额“" + shorten(v.asText()) + "”无效：须为最多两位小数的十进制数字符串，如 \"6500.00\"，不得有千位分隔符或指数",
          e.getMessage());
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(
      ObjectNode o, String path, String field, Class<E> type, boolean required) {
    JsonNode v = value(o, path, field, required);
    return v == null ? null : enumValue(v, at(path, field), type);
  }

  <E extends Enum<E>> E enumValue(JsonNode v, String path, Class<E> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    if (!v.isTextual()) {
      wrongType(path, v, "字符串，取值之一：" + String.join("、", names), "a string, one of " + names);
      return null;
    }
    String s = v.asText();
    if (!names.contains(s)) {
      add(
          path,
          "INVALID_VALUE",
          "“" + shorten(s) + "”不是有效值；须为以下之一：" + String.join("、", names),
          "\"" + shorten(s) + "\" is not a valid value; it must be one of " + names);
      return null;
    }
    return Enum.valueOf(type, s);
  }

  /** A boolean field; absent or null reads as false. */
  boolean bool(ObjectNode o, String path, String field) {
    JsonNode v = get(o, field);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      wrongType(at(path, field), v, "布尔值 true 或 false", "a boolean, true or false");
      return false;
    }
    return v.booleanValue();
  }

  String text(ObjectNode o, String path, String field, boolean required) {
    JsonNode v = value(o, path, field, required);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      wrongType(at(path, field), v, "字符串", "a string");
      return null;
    }
    return v.asText();
  }

  /** An array field, or null when absent (and a violation when not an array). */
  ArrayNode array(ObjectNode o, String path, String field, boolean required) {
    JsonNode v = value(o, path, field, required);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      wrongType(at(path, field), v, "JSON 数组", "a JSON array");
      return null;
    }
    return (ArrayNode) v;
  }

  /** A whole number in {@code [min, max]}, or null (and a violation). */
  Integer integer(JsonNode v, String path, int min, int max, String whatZh, String whatEn) {
    if (!v.isIntegralNumber()) {
      wrongType(
          path,
          v,
          min + " 至 " + max + " 之间的整数（" + whatZh + "）",
          "a whole number from " + min + " to " + max + " (" + whatEn + ")");
      return null;
    }
    if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
      add(
          path,
          "OUT_OF_RANGE",
          whatZh + "（" + shorten(v.asText()) + "）须在 " + min + " 至 " + max + " 之间",
          whatEn + " (" + shorten(v.asText()) + ") must be between " + min + " and " + max);
      return null;
    }
    return v.intValue();
  }

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
}
