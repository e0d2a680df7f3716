package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.testkit.WorkedExample;

/**
 * The worked examples of calc's test kit (the six case files of examples/cases and the kit's own)
 * through the CLI ({@code work-injury FILE --format json}, in-process), compared with their hand
 * working: every item with its amount and payer, the totals, and what each example states of the
 * wage, the regime, the citations and the warnings. calc's {@code WorkedExamplesTest} reads the
 * same files through the typed API.
 *
 * <p>The computations need the bundled parameter packs (the national figures and the provincial
 * rules); until those are on the class path they are skipped. Validation needs no pack and always
 * runs.
 */
class ExampleCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path kitCases;

  static Stream<Path> exampleCases() {
    return ExampleFiles.cases().stream();
  }

  static List<WorkedExample> workedExamples() {
    return WorkedExample.all();
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleIsValid(Path file) {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    Run r = Cli.run(LaborCalcCli.Context.standard(), "validate", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleIsAWorkedExample(Path file) {
    assertThat(WorkedExample.all())
        .extracting(WorkedExample::caseFileName)
        .contains(file.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("workedExamples")
  void theCliGivesTheHandFigures(WorkedExample example) throws Exception {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    Run r =
        Cli.run(
            LaborCalcCli.Context.standard(),
            "work-injury",
            caseFile(example).toString(),
            "--format",
            "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode doc = JSON.readTree(r.out());

    List<String> lines = new ArrayList<>();
    for (JsonNode i : doc.get("items")) {
      lines.add(
          WorkedExample.line(
              i.get("code").asText(),
              i.get("amount").isNull() ? null : i.get("amount").asText(),
              i.get("monthlyAmount").asText(),
              i.get("payer").asText()));
    }
    assertThat(WorkedExample.byItem(lines))
        .isEqualTo(WorkedExample.byItem(example.expectedLines()));
    Map<String, String> totals = new TreeMap<>();
    doc.get("totals").properties().forEach(e -> totals.put(e.getKey(), e.getValue().asText()));
    assertThat(totals).isEqualTo(example.expectedTotals());

    for (JsonNode l : example.linesWith("formula")) {
      assertThat(item(doc, l).get("formula").asText()).isEqualTo(l.get("formula").asText());
    }
    for (JsonNode l : example.linesWith("firstCitation")) {
      assertThat(item(doc, l).get("citations").get(0).get("textZh").asText())
          .startsWith(l.get("firstCitation").get("startsWith").asText());
    }
    example
        .expect("everyLineCites")
        .ifPresent(
            text ->
                assertThat(doc.get("items"))
                    .allMatch(i -> i.get("citations").findValuesAsText("textZh").contains(text)));
    example
        .expect("regime.code")
        .ifPresent(c -> assertThat(doc.get("regime").get("code").asText()).isEqualTo(c));
    example
        .expect("regime.documentNumber")
        .ifPresent(n -> assertThat(doc.get("regime").get("documentNumber").asText()).isEqualTo(n));
    assertThat(doc.get("warnings").findValuesAsText("code"))
        .containsAll(example.expectAll("warnings"));
    for (String field : List.of("ownWage", "lowerBound", "upperBound", "clamp")) {
      example
          .expect("wage." + field)
          .ifPresent(v -> assertThat(doc.get("wage").get(field).asText()).isEqualTo(v));
    }
    for (String text : example.expectAll("wage.citations")) {
      assertThat(doc.get("wage").get("citations").findValuesAsText("textZh"))
          .anyMatch(t -> t.startsWith(text));
    }
  }

  /** The example's file in examples/cases, or the kit's own case written to a file. */
  private static Path caseFile(WorkedExample example) throws IOException {
    Path file = ExampleFiles.CASES.resolve(example.caseFileName());
    if (Files.exists(file)) {
      return file;
    }
    return Files.write(kitCases.resolve(example.caseFileName()), example.caseJson());
  }

  /** The only item of the result with the expected line's code. */
  private static JsonNode item(JsonNode doc, JsonNode expected) {
    List<JsonNode> found = new ArrayList<>();
    doc.get("items")
        .forEach(
            i -> {
              if (i.get("code").asText().equals(expected.get("item").asText())) {
                found.add(i);
              }
            });
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
