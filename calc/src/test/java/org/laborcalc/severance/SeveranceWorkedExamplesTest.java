package org.laborcalc.severance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Language;

/**
 * Every worked example of ARBITRATION.md §2.1–2.3 and §2.13 (BP-1) as a data file ({@code
 * org/laborcalc/severance/worked/}, listed in {@code index.txt}): the case file, the hand working,
 * and per run (the defaults, then each option's alternative) the expected lines with amount,
 * whether due, every citation in order and where given the formula, and the total. Expected values
 * are the hand figures of the file, never the engine's output.
 */
class SeveranceWorkedExamplesTest {
  private static final String DIR = "/org/laborcalc/severance/worked/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  static Stream<Arguments> runs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String name : read("index.txt").split("\n")) {
      if (name.isBlank()) {
        continue;
      }
      JsonNode doc = JSON.readTree(read(name.strip() + ".json"));
      assertThat(doc.get("working").size()).as(name + " has its hand working").isPositive();
      for (JsonNode run : doc.get("runs")) {
        out.add(
            Arguments.of(name.strip() + " / " + run.get("name").asText(), doc.get("file"), run));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void computesTheHandFigures(String name, JsonNode file, JsonNode run) {
    ObjectNode caseFile = file.deepCopy();
    if (run.has("patch")) {
      merge(caseFile, run.get("patch"));
    }
    if (run.has("options")) {
      caseFile.set("options", run.get("options"));
    }
    String json = caseFile.toString();

    Outcome o = CALC.compute(json);

    assertThat(o.violations()).as(name).isEmpty();
    assertThat(CALC.validateJson(json)).as("validate agrees with compute").isEmpty();
    SeveranceResult r = o.result(SeveranceResult.class);
    JsonNode expected = run.get("expected");
    JsonNode lines = expected.get("lines");
    assertThat(r.lines()).as(name + ": lines").hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode e = lines.get(i);
      SeveranceLine l = r.lines().get(i);
      assertThat(l.code()).as(name + " line " + i).isEqualTo(e.get("code").asText());
      assertThat(l.amount().toString())
          .as(name + " " + l.code())
          .isEqualTo(e.get("amount").asText());
      assertThat(l.due()).as(name + " " + l.code() + " due").isEqualTo(e.get("due").asBoolean());
      List<String> cites = new ArrayList<>();
      e.get("citations").forEach(c -> cites.add(c.asText()));
      assertThat(l.citations().stream().map(Citation::toChinese).toList())
          .as(name + " " + l.code() + " citations")
          .isEqualTo(cites);
      if (e.has("formulaZh")) {
        assertThat(l.formulaText(Language.ZH)).isEqualTo(e.get("formulaZh").asText());
      }
      assertThat(l.formula().evaluate()).as("the formula gives the amount").isEqualTo(l.amount());
    }
    assertThat(r.total().toString()).as(name + " total").isEqualTo(expected.get("total").asText());
    if (expected.has("notices")) {
      List<String> codes = new ArrayList<>();
      expected.get("notices").forEach(c -> codes.add(c.asText()));
      assertThat(r.notices().stream().map(SeveranceResult.Notice::code).toList())
          .containsAll(codes);
    }
    assertThat(o.toJson()).isEqualTo(CALC.compute(json).toJson());
  }

  private static void merge(ObjectNode into, JsonNode patch) {
    patch
        .properties()
        .forEach(
            e -> {
              JsonNode existing = into.get(e.getKey());
              if (existing instanceof ObjectNode obj && e.getValue().isObject()) {
                merge(obj, e.getValue());
              } else {
                into.set(e.getKey(), e.getValue());
              }
            });
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = SeveranceWorkedExamplesTest.class.getResourceAsStream(DIR + resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
