package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;

/**
 * docs/schema/severance-case.schema.json (draft 2020-12) against the severance example files of
 * examples/cases/severance, and files the schema and the reader must both refuse.
 */
class SeveranceCaseSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIR = Path.of("cases", "severance");
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(read(Path.of("..", "docs", "schema", "severance-case.schema.json")));

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everySeveranceExampleMatchesTheSchemaAndComputes(Path file) throws IOException {
    assertThat(SCHEMA.validate(read(file))).as(file.toString()).isEmpty();
    Outcome o = LaborCalc.withBundledParameters().compute(Files.readAllBytes(file));
    assertThat(o.violations()).isEmpty();
    assertThat(o.kind()).isEqualTo("severance");
    assertThat(o.sheet(SheetFormat.MARKDOWN)).contains("经济补偿");
    assertThat(o.sheet(SheetFormat.HTML)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void theSchemaAndTheReaderBothRefuseAMoneyNumberAndAnUnknownGround() throws IOException {
    Path file = examples().findFirst().orElseThrow();
    for (String broken : List.of("amount", "ground")) {
      ObjectNode f = (ObjectNode) read(file);
      if (broken.equals("amount")) {
        ((ObjectNode) f.at("/case/wage/evidence/0")).put("amount", 4000);
      } else {
        ((ObjectNode) f.at("/case/termination")).put("ground", "LCL_99");
      }
      assertThat(SCHEMA.validate(f)).as(broken).isNotEmpty();
      assertThat(LaborCalc.withBundledParameters().compute(f.toString()).isValid())
          .as(broken)
          .isFalse();
    }
  }

  @Test
  void theSchemaNamesEveryOptionWithItsDefaultAndValues() {
    JsonNode options =
        read(Path.of("..", "docs", "schema", "severance-case.schema.json"))
            .at("/$defs/options/properties");
    var defaults = org.laborcalc.severance.SeveranceOptions.defaults().asMap();
    List<String> inSchema = new java.util.ArrayList<>();
    options.fieldNames().forEachRemaining(inSchema::add);
    assertThat(inSchema).containsExactlyInAnyOrderElementsOf(defaults.keySet());
    defaults.forEach(
        (name, value) ->
            assertThat(options.at("/" + name + "/default").asText()).as(name).isEqualTo(value));
    java.util.Map<String, Class<? extends Enum<?>>> types =
        java.util.Map.of(
            "severance.window", org.laborcalc.severance.SeveranceOptions.Window.class,
            "severance.overtimeInAverage",
                org.laborcalc.severance.SeveranceOptions.OvertimeInAverage.class);
    types.forEach(
        (name, type) -> {
          List<String> values = new java.util.ArrayList<>();
          options.at("/" + name + "/enum").forEach(v -> values.add(v.asText()));
          assertThat(values)
              .as(name)
              .containsExactly(
                  java.util.Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .toArray(String[]::new));
        });
  }
}
