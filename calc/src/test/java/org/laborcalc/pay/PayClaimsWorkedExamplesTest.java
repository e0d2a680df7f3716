package org.laborcalc.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;

/**
 * The worked examples of the pay claims (ARBITRATION.md §2.7, §2.11, §2.12, and examples built the
 * same way) as data files: the case file, the hand working, and for each run the expected fields of
 * the result document — every line's item, month, amount to the fen and articles, the total —
 * written from the articles and the working, never from a run. A run's {@code options} replace the
 * file's, its {@code patch} replaces top-level fields of the case. An expected object is matched
 * field by field (fields it does not name are not compared); an expected array is matched element
 * by element and must have the same length.
 */
class PayClaimsWorkedExamplesTest {
  private static final String DIR = "/org/laborcalc/pay/worked/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  static Stream<Arguments> runs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    String index;
    try (InputStream in =
        PayClaimsWorkedExamplesTest.class.getResourceAsStream(DIR + "index.txt")) {
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : index.lines().filter(l -> !l.isBlank()).toList()) {
      JsonNode example;
      try (InputStream in =
          PayClaimsWorkedExamplesTest.class.getResourceAsStream(DIR + name + ".json")) {
        example = MAPPER.readTree(in);
      }
      for (JsonNode run : example.get("runs")) {
        out.add(Arguments.of(name + " / " + run.get("name").asText(), example, run));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void theWorkedExampleComesOutAsWorkedByHand(String name, JsonNode example, JsonNode run)
      throws IOException {
    assertThat(example.get("working")).as("%s has its hand working", name).isNotEmpty();
    ObjectNode file = example.get("file").deepCopy();
    if (run.has("options")) {
      file.set("options", run.get("options"));
    }
    if (run.has("patch")) {
      ((ObjectNode) file.get("case")).setAll((ObjectNode) run.get("patch"));
    }
    Outcome outcome = CALC.compute(MAPPER.writeValueAsString(file));
    assertThat(outcome.violations()).as(name).isEmpty();
    JsonNode got = MAPPER.readTree(outcome.toJson());
    matches(name, run.get("expected"), got);
    assertThat(outcome.sheet(SheetFormat.TEXT)).contains("合计");
    assertThat(outcome.sheet(SheetFormat.MARKDOWN)).startsWith("# ");
    assertThat(outcome.sheet(SheetFormat.HTML)).startsWith("<!DOCTYPE html>");
  }

  private static void matches(String at, JsonNode want, JsonNode got) {
    assertThat(got).as("%s is present", at).isNotNull();
    if (want.isObject()) {
      for (Map.Entry<String, JsonNode> e : want.properties()) {
        assertThat(got.has(e.getKey())).as("%s.%s is present", at, e.getKey()).isTrue();
        matches(at + "." + e.getKey(), e.getValue(), got.get(e.getKey()));
      }
    } else if (want.isArray()) {
      assertThat(got.isArray()).as("%s is an array", at).isTrue();
      assertThat(got.size()).as("%s length", at).isEqualTo(want.size());
      for (int i = 0; i < want.size(); i++) {
        matches(at + "[" + i + "]", want.get(i), got.get(i));
      }
    } else {
      assertThat(got).as(at).isEqualTo(want);
    }
  }
}
