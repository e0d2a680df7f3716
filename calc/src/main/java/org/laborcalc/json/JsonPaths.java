package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayDeque;
import java.util.Deque;

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
}
