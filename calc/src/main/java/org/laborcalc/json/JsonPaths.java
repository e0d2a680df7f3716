package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.laborcalc.error.Violation;

/** Field paths in the form used by violations: {@code case.expenses[2].amount}. */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of the value a parser context is at; empty at the root. */
  static String of(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    StringBuilder sb = new StringBuilder();
    parts.forEach(sb::append);
    return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
  }

  /** {@code prefix} + {@code path}, joined by a dot unless either is empty or path is an index. */
  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /**
   * The path of the value Jackson's data binding failed on, from {@code root} (e.g. {@code case}):
   * for the calculations that bind their case file to records with an {@code ObjectMapper}.
   */
  public static String of(String root, JsonMappingException e) {
    StringBuilder path = new StringBuilder(root);
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /**
   * The located violation for a failure of Jackson's data binding below {@code root}: an unknown
   * field with the known ones, an enum value with the allowed ones, otherwise a wrong type or
   * format with the formats expected. For the calculations that bind their case file to records.
   */
  public static Violation violationOf(String root, JsonMappingException e) {
    String path = of(root, e);
    if (e instanceof UnrecognizedPropertyException u) {
      return Violation.of(
          path,
          "UNKNOWN_FIELD",
          "未知字段：" + u.getPropertyName() + "；可用字段为 " + u.getKnownPropertyIds(),
          "unknown field " + u.getPropertyName() + "; the fields are " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      List<String> names =
          Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList();
      return Violation.of(
          path,
          "INVALID_VALUE",
          "取值（" + abbreviate(String.valueOf(f.getValue())) + "）须为 " + names + " 之一",
          "the value (" + abbreviate(String.valueOf(f.getValue())) + ") must be one of " + names);
    }
    return Violation.of(
        path,
        "INVALID_TYPE",
        "类型或格式有误（日期为 \"2024-06-28\"，月份为 \"2024-06\"，金额为字符串 \"6000.00\"）",
        "wrong type or format (a date is \"2024-06-28\", a month \"2024-06\", an amount the string"
            + " \"6000.00\")");
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
