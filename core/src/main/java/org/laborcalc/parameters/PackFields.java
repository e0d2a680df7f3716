package org.laborcalc.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;

/** The strict field readers a pack's parts share: no JSON type is coerced, every error located. */
final class PackFields {
  private PackFields() {}

  static void checkFields(JsonNode n, Set<String> allowed, String source, String path) {
    if (n instanceof ObjectNode o) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          throw new InvalidPackException(
              source,
              path.isEmpty() ? f : path + "." + f,
              "未知字段“" + f + "”",
              "unknown field \"" + f + "\"");
        }
      }
    }
  }

  static String requiredText(JsonNode n, String field, String source, String path) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new InvalidPackException(
          source,
          path.isEmpty() ? field : path + "." + field,
          "缺少或不是文本",
          "is missing or not a string");
    }
    return v.asText();
  }

  /** A string, or null when absent; any other JSON type is an error rather than coerced. */
  static String optionalText(JsonNode n, String field, String source, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidPackException(source, path + "." + field, "须为文本", "must be a string");
    }
    return v.asText();
  }
}
