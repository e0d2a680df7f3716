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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;

/**
 * docs/schema/KIND-case.schema.json (draft 2020-12) of the pay claims against their example files
 * in examples/cases/KIND: each matches its schema and computes; a money amount written as a number
 * is refused by both the schema and the reader.
 */
class PayClaimCaseSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> KINDS =
      List.of(
          "wage-arrears",
          "non-compete",
          "sick-leave",
          "probation-damages",
          "double-wage",
          "annual-leave",
          "overtime",
          "arbitration");

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Schema schema(String kind) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(read(Path.of("..", "docs", "schema", kind + "-case.schema.json")));
  }

  static Stream<Path> examples() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String kind : KINDS) {
      try (Stream<Path> s = Files.list(Path.of("cases", kind))) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleMatchesItsSchemaAndComputes(Path file) throws IOException {
    String kind = file.getParent().getFileName().toString();
    assertThat(schema(kind).validate(read(file))).as(file.toString()).isEmpty();
    Outcome o = LaborCalc.withBundledParameters().compute(Files.readAllBytes(file));
    assertThat(o.violations()).isEmpty();
    assertThat(o.kind()).isEqualTo(kind);
    assertThat(o.sheet(SheetFormat.HTML)).startsWith("<!DOCTYPE html>");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theSchemaAndTheReaderBothRefuseAMoneyNumber(Path file) {
    String kind = file.getParent().getFileName().toString();
    ObjectNode f = (ObjectNode) read(file);
    ObjectNode row = (ObjectNode) f.at(moneyField(kind));
    String field =
        row.properties().stream()
            .filter(
                e -> e.getValue().isTextual() && e.getValue().asText().matches("[0-9]+\\.[0-9]{2}"))
            .findFirst()
            .orElseThrow()
            .getKey();
    row.put(field, 4000);
    assertThat(schema(kind).validate(f)).isNotEmpty();
    assertThat(LaborCalc.withBundledParameters().compute(f.toString()).isValid()).isFalse();
  }

  private static String moneyField(String kind) {
    return switch (kind) {
      case "wage-arrears" -> "/case/months/0";
      case "non-compete" -> "/case";
      case "arbitration" -> "/case/wage/evidence/0";
      case "sick-leave" -> "/case/sickPayRule";
      case "probation-damages" -> "/case";
      case "double-wage" -> "/case/wages/0";
      case "annual-leave", "overtime" -> "/case";
      default -> throw new IllegalArgumentException(kind);
    };
  }
}
