package org.laborcalc.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.Parameters;

/**
 * A worked example as data: a case file and its expectation file, both resources of the kit under
 * {@code org/laborcalc/testkit/worked/} ({@code index.txt} lists them). The case files of {@code
 * examples/cases} are packaged there by calc's pom, so each exists once in the tree.
 *
 * <p>The expectation file {@code NAME.expected.json} holds the hand working ({@code working}, the
 * lines of the calculation done by hand from the Regulation and the provincial texts) and what it
 * gives ({@code expected}): every line with its item, its amount or monthly amount and its payer
 * (optionally its rendered {@code formula} and {@code firstCitation}), the five totals, and where
 * the example is about them the wage ({@code ownWage}, bounds, {@code clamp}, the evidence chosen
 * and the citations of the determination), the regime, a citation every line carries ({@code
 * everyLineCites}) and the warning codes. The expected values are the hand figures, never the
 * engine's output. Immutable.
 *
 * @param name the file names' stem
 * @param title what the example is
 * @param caseJson the case file, as bytes
 * @param working the hand calculation, line by line
 * @param expected the expectations ({@code expected} of the file)
 */
public record WorkedExample(
    String name, String title, byte[] caseJson, List<String> working, JsonNode expected) {

  private static final String DIR = "/org/laborcalc/testkit/worked/";
  private static final ObjectMapper JSON = new ObjectMapper();

  public WorkedExample {
    requireNonNull(name, "name");
    working = List.copyOf(working);
  }

  /** Every worked example, in the order of {@code index.txt}. */
  public static List<WorkedExample> all() {
    List<WorkedExample> out = new ArrayList<>();
    for (String line : new String(resource("index.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(named(line.strip()));
      }
    }
    return List.copyOf(out);
  }

  /** The worked example whose files are {@code name.expected.json} and its case file. */
  public static WorkedExample named(String name) {
    try {
      JsonNode doc = JSON.readTree(resource(name + ".expected.json"));
      List<String> working = new ArrayList<>();
      doc.get("working").forEach(l -> working.add(l.asText()));
      return new WorkedExample(
          name,
          doc.get("title").asText(),
          resource(doc.get("case").asText()),
          working,
          doc.get("expected"));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ".expected.json", e);
    }
  }

  /** The case file's name ({@code examples/cases/NAME} for the examples). */
  public String caseFileName() {
    return name + ".json";
  }

  /** The case file as read by the public JSON reader. */
  public CaseFile caseFile() {
    return LaborCalcJson.readCaseFile(caseJson);
  }

  /** The bundled packs with the case file's own figures over them. */
  public Parameters parameters() {
    Parameters bundled = BundledPacks.parameters();
    return caseFile().pack().map(bundled::with).orElse(bundled);
  }

  /**
   * The expected lines as {@code "ITEM amount PAYER"} (or {@code "ITEM amount/month PAYER"}) in the
   * file's order; {@link #line} writes an actual line the same way.
   */
  public List<String> expectedLines() {
    List<String> out = new ArrayList<>();
    for (JsonNode l : expected.get("lines")) {
      out.add(
          line(
              l.get("item").asText(),
              text(l, "amount").orElse(null),
              text(l, "monthlyAmount").orElse(null),
              l.get("payer").asText()));
    }
    return out;
  }

  /** {@code "ITEM amount PAYER"}, or {@code "ITEM monthly/month PAYER"} when amount is null. */
  public static String line(String item, String amount, String monthlyAmount, String payer) {
    return item + " " + (amount == null ? monthlyAmount + "/month" : amount) + " " + payer;
  }

  /**
   * The lines grouped by item, each item's lines in order: equal for the expected and the actual
   * lines when they are the same lines, whatever order the items come in.
   */
  public static Map<String, List<String>> byItem(List<String> lines) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String l : lines) {
      out.computeIfAbsent(l.substring(0, l.indexOf(' ')), k -> new ArrayList<>()).add(l);
    }
    return out;
  }

  /** The expected lines that state {@code field} (formula, firstCitation). */
  public List<JsonNode> linesWith(String field) {
    List<JsonNode> out = new ArrayList<>();
    expected
        .get("lines")
        .forEach(l -> Optional.ofNullable(l.get(field)).ifPresent(f -> out.add(l)));
    return out;
  }

  /** The expected totals: employer, fund, total, monthlyEmployer, monthlyFund. */
  public Map<String, String> expectedTotals() {
    Map<String, String> out = new TreeMap<>();
    expected.get("totals").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  /** A text at {@code path} (dot-separated) of the expectations, when the example states it. */
  public Optional<String> expect(String path) {
    JsonNode n = expected;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

  /** The texts of the array at {@code path} of the expectations; empty when it states none. */
  public List<String> expectAll(String path) {
    JsonNode n = expected;
    for (String part : path.split("\\.")) {
      n = n == null ? null : n.get(part);
    }
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  @Override
  public String toString() {
    return name;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static byte[] resource(String file) {
    try (InputStream in = WorkedExample.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no worked-example file " + DIR + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }
}
