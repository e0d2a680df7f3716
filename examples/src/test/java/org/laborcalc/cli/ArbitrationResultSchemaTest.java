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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;

/**
 * docs/schema/arbitration-result.schema.json (draft 2020-12) against the results of the example
 * arbitration cases, and of the first one with its minimum wage removed (a result with missing
 * figures, an undetermined finality and a claim that needs input).
 */
class ArbitrationResultSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(Path p) throws IOException {
    return JSON.readTree(p.toFile());
  }

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(read(Path.of("..", "docs", "schema", "arbitration-result.schema.json")));
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("cases", "arbitration"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theResultMatchesItsSchema(Path file) throws IOException {
    Outcome o = LaborCalc.withBundledParameters().compute(Files.readAllBytes(file));
    assertThat(o.violations()).isEmpty();
    assertThat(schema().validate(JSON.readTree(o.toJson()))).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void anIncompleteResultMatchesItsSchema(Path file) throws IOException {
    ObjectNode f = (ObjectNode) read(file);
    ((ObjectNode) f.get("case")).put("region", "370800");
    f.remove("parameters");
    Outcome o = LaborCalc.withBundledParameters().compute(f.toString());
    assertThat(o.isComplete()).isFalse();
    assertThat(schema().validate(JSON.readTree(o.toJson()))).as(file.toString()).isEmpty();
  }
}
