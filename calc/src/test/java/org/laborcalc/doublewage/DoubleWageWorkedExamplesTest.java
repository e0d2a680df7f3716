package org.laborcalc.doublewage;

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
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.law.Citation;
import org.laborcalc.result.LineValue;

/**
 * The worked examples of ARBITRATION.md §2.4 (DW-1 to DW-3, each option's alternative value) as
 * data files: the case file, the hand working, and for each run the expected period and lines —
 * month, amount to the fen, articles — written from the articles and the working, never from a run.
 */
class DoubleWageWorkedExamplesTest {
  private static final String DIR = "/org/laborcalc/doublewage/worked/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  static Stream<Arguments> runs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    String index;
    try (InputStream in =
        DoubleWageWorkedExamplesTest.class.getResourceAsStream(DIR + "index.txt")) {
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String name : index.lines().toList()) {
      JsonNode example = read(name);
      for (JsonNode run : example.get("runs")) {
        out.add(Arguments.of(name + " / " + run.get("name").asText(), example, run));
      }
    }
    return out.stream();
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in =
        DoubleWageWorkedExamplesTest.class.getResourceAsStream(DIR + name + ".json")) {
      return MAPPER.readTree(in);
    }
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
    DoubleWageResult r = outcome.result(DoubleWageResult.class);
    JsonNode expected = run.get("expected");
    if (expected.has("period")) {
      JsonNode p = expected.get("period");
      if (p.isNull()) {
        assertThat(r.periodFrom()).as("%s period", name).isNull();
      } else {
        assertThat(r.periodFrom()).as(name).hasToString(p.get("from").asText());
        assertThat(r.periodTo()).as(name).hasToString(p.get("to").asText());
        assertThat(r.periodEndReason()).as(name).hasToString(p.get("endReason").asText());
      }
    }
    JsonNode want = expected.get("lines");
    assertThat(r.lines()).as("%s lines", name).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      JsonNode w = want.get(i);
      DoubleWageLine got = r.lines().get(i);
      String at = name + " line " + i;
      assertThat(got.code()).as(at).isEqualTo(w.get("code").asText());
      if (w.has("month")) {
        assertThat(got.month()).as(at).hasToString(w.get("month").asText());
      }
      if (w.has("amount")) {
        assertThat(((LineValue.OneTime) got.value()).amount().toString())
            .as("%s amount", at)
            .isEqualTo(w.get("amount").asText());
        assertThat(got.formula().evaluate())
            .as("%s formula", at)
            .isEqualTo(((LineValue.OneTime) got.value()).amount());
      }
      if (w.has("date")) {
        assertThat(((LineValue.OnDate) got.value()).date())
            .as(at)
            .hasToString(w.get("date").asText());
      }
      if (w.has("workingDays")) {
        assertThat(got.workingDays())
            .as("%s working days", at)
            .isEqualTo(w.get("workingDays").asInt());
      }
      if (w.has("dueDate")) {
        assertThat(got.dueDate()).as("%s due date", at).hasToString(w.get("dueDate").asText());
      }
      List<String> cites = new ArrayList<>();
      w.get("citations").forEach(c -> cites.add(c.asText()));
      assertThat(got.citations())
          .extracting(Citation::toChinese)
          .as("%s citations", at)
          .containsExactlyElementsOf(cites);
    }
    assertThat(r.total().toString()).as("%s total", name).isEqualTo(expected.get("total").asText());
    assertThat(outcome.toJson()).contains("\"format\" : \"laborcalc.double-wage-result/1\"");
    assertThat(outcome.sheet(SheetFormat.TEXT)).contains("合计");
    assertThat(outcome.sheet(SheetFormat.HTML)).startsWith("<!DOCTYPE html>");
  }
}
