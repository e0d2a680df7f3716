package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A case file as a mutable JSON tree, for tests that break a valid file in one place: {@code
 * CaseDoc.example("seed-barite-mine-grade9").set("case.wage.monthlyWage", "NaN").bytes()}. Paths
 * are those of the violations ({@code case.expenses[2].amount}). Each call works on a copy, so a
 * document can be the base of many variants.
 *
 * <p>The example files are {@code examples/cases/*.json}, read from the calc module's working
 * directory (Maven runs tests in the module directory).
 */
final class CaseDoc {
  static final Path EXAMPLES = Path.of("..", "examples", "cases");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");
  private static final String RAW = "@@raw@@";

  private final ObjectNode root;

  private CaseDoc(ObjectNode root) {
    this.root = root;
  }

  /** The names of the example files, without {@code .json}, sorted. */
  static List<String> exampleNames() {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of an example file, as on disk. */
  static byte[] exampleBytes(String name) {
    try {
      return Files.readAllBytes(EXAMPLES.resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CaseDoc example(String name) {
    return parse(new String(exampleBytes(name), StandardCharsets.UTF_8));
  }

  static CaseDoc parse(String json) {
    try {
      return new CaseDoc((ObjectNode) JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ObjectNode tree() {
    return root.deepCopy();
  }

  /** The node at a path, or null. */
  JsonNode get(String path) {
    JsonNode n = root;
    for (Object step : steps(path)) {
      if (n == null) {
        return null;
      }
      n = step instanceof Integer i ? n.get(i) : n.get((String) step);
    }
    return n;
  }

  /** A copy with the value at {@code path} replaced (or added): a String, Number, Boolean, node. */
  CaseDoc set(String path, Object value) {
    ObjectNode copy = root.deepCopy();
    List<Object> steps = steps(path);
    JsonNode parent = walk(copy, steps.subList(0, steps.size() - 1), path);
    Object last = steps.get(steps.size() - 1);
    JsonNode v = node(value);
    if (last instanceof Integer i) {
      ArrayNode a = (ArrayNode) parent;
      if (i < a.size()) {
        a.set(i, v);
      } else {
        a.add(v);
      }
    } else {
      ((ObjectNode) parent).set((String) last, v);
    }
    return new CaseDoc(copy);
  }

  /**
   * A copy with a raw JSON token at {@code path} (such as {@code NaN} or {@code 1e400}), written as
   * is; the tree holds a placeholder until {@link #text()}.
   */
  CaseDoc setRaw(String path, String token) {
    return set(path, RAW + token);
  }

  /** A copy without the field or element at {@code path}. */
  CaseDoc remove(String path) {
    ObjectNode copy = root.deepCopy();
    List<Object> steps = steps(path);
    JsonNode parent = walk(copy, steps.subList(0, steps.size() - 1), path);
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i) {
      ((ArrayNode) parent).remove(i);
    } else {
      if (((ObjectNode) parent).remove((String) last) == null) {
        throw new IllegalArgumentException("path (" + path + ") must exist");
      }
    }
    return new CaseDoc(copy);
  }

  /** The document as pretty-printed JSON text, raw tokens put in. */
  String text() {
    try {
      String s = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
      return s.replaceAll("\"" + RAW + "([^\"]*)\"", "$1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The text with the first occurrence of {@code from} replaced, for what a tree cannot hold. */
  byte[] replacingFirst(String from, String to) {
    String t = text();
    if (!t.contains(from)) {
      throw new IllegalArgumentException("document must contain " + from);
    }
    return t.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode node(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    } else if (value instanceof JsonNode n) {
      return n;
    } else if (value instanceof String s) {
      return f.textNode(s);
    } else if (value instanceof Integer i) {
      return f.numberNode(i);
    } else if (value instanceof Long l) {
      return f.numberNode(l);
    } else if (value instanceof BigDecimal d) {
      return f.numberNode(d);
    } else if (value instanceof Boolean b) {
      return f.booleanNode(b);
    }
    throw new IllegalArgumentException("value (" + value.getClass() + ") must be a JSON value");
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode walk(JsonNode from, List<Object> steps, String path) {
    JsonNode n = from;
    for (Object step : steps) {
      JsonNode next = step instanceof Integer i ? n.get(i) : n.get((String) step);
      if (next == null && step instanceof String s && n instanceof ObjectNode o) {
        next = o.putObject(s);
      }
      if (next == null) {
        throw new IllegalArgumentException("path (" + path + ") must lead through the document");
      }
      n = next;
    }
    return n;
  }

  private static List<Object> steps(String path) {
    List<Object> out = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return out;
  }
}
