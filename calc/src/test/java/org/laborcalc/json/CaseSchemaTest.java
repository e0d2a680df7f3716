package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.region.Region;

/**
 * The JSON Schema shipped for case files ({@code docs/schema/work-injury-case.schema.json}) is the
 * records the reader reads, so that the two cannot drift: walking the schema from its root beside
 * the records (and the JSON forms of {@link CaseShapes}), every record component has a schema
 * property and every property a component, a component is required in the schema exactly when it
 * carries {@code @NotNull}, and an enumeration lists only the enum's constants. The envelope's
 * properties are those the reader knows. (The parameter pack has a schema too, {@code $defs/pack};
 * its reader is core's PackReader, not a record reader, and is held to it by PackReaderTest and the
 * example files instead.)
 */
class CaseSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try {
      return JSON.readTree(
          Path.of("..", "docs", "schema", "work-injury-case.schema.json").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theEnvelopeHasTheFieldsTheReaderKnows() {
    assertThat(names(SCHEMA.get("properties"))).isEqualTo(new TreeSet<>(CaseFileReader.TOP));
    assertThat(strings(SCHEMA.get("required"))).containsExactly("case");
  }

  /**
   * The short form of a figure: the fields {@link CaseFigures} reads, the required ones, the
   * periods.
   */
  @Test
  void theFiguresAreTheShortFormTheReaderReads() {
    JsonNode figure = SCHEMA.get("$defs").get("figure");
    assertThat(names(figure.get("properties"))).isEqualTo(new TreeSet<>(CaseFigures.FIELDS));
    assertThat(strings(figure.get("required")))
        .containsExactlyInAnyOrder("key", "region", "value", "source");
    assertThat(strings(figure.get("properties").get("period").get("enum")))
        .containsExactly(
            Arrays.stream(CaseFigures.Period.values()).map(Enum::name).toArray(String[]::new));
    assertThat(figure.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theSchemaIsTheRecordsTheReaderReads() {
    List<String> checked = new ArrayList<>();
    walk(WorkInjuryCase.class, property(SCHEMA, "case"), "case", checked, new HashSet<>());
    walk(
        CalculationOptions.class, property(SCHEMA, "options"), "options", checked, new HashSet<>());
    // Every record of the case was reached, the evidence of pay and its options included.
    assertThat(checked)
        .contains(
            "case.appraisal",
            "case.hospitalStays[]",
            "case.death.dependants[]",
            "case.wage.evidence[]",
            "case.wage.procedure",
            "case.wage.options.grossUpDeductionRate",
            "options");
  }

  private static void walk(
      Class<?> type, JsonNode schema, String at, List<String> checked, Set<Class<?>> seen) {
    CaseShapes.Form<?, ?> form = CaseShapes.form(type);
    Class<?> record = form == null ? type : form.form();
    if (!seen.add(record)) {
      return;
    }
    checked.add(at);
    JsonNode object = objectSchema(schema, at);
    assertThat(object.path("additionalProperties").asBoolean(true))
        .as(at + " refuses unknown fields")
        .isFalse();
    RecordComponent[] components = record.getRecordComponents();
    assertThat(names(object.get("properties")))
        .as("the properties of " + at + " are the components of " + record.getSimpleName())
        .isEqualTo(new TreeSet<>(Arrays.stream(components).map(RecordComponent::getName).toList()));
    Set<String> required = new TreeSet<>(strings(object.path("required")));
    Set<String> notNull = new TreeSet<>();
    for (RecordComponent c : components) {
      if (RecordReader.isRequired(c)) {
        notNull.add(c.getName());
      }
    }
    assertThat(required).as("the required fields of " + at).isEqualTo(notNull);
    for (RecordComponent c : components) {
      JsonNode p = object.get("properties").get(c.getName());
      String pathOf = at + "." + c.getName();
      Type t = c.getGenericType();
      if (t instanceof ParameterizedType pt) {
        Class<?> element = (Class<?>) pt.getActualTypeArguments()[0];
        JsonNode items = resolve(p).get("items");
        assertThat(items).as(pathOf + " has items").isNotNull();
        check(element, items, pathOf + "[]", checked, seen);
      } else {
        check((Class<?>) t, p, pathOf, checked, seen);
      }
    }
  }

  private static void check(
      Class<?> type, JsonNode schema, String at, List<String> checked, Set<Class<?>> seen) {
    if (isValueType(type)) {
      return;
    }
    if (CaseShapes.form(type) != null || type.isRecord()) {
      walk(type, schema, at, checked, seen);
    } else if (type.isEnum()) {
      JsonNode values = nonNull(resolve(schema), at).get("enum");
      assertThat(values).as(at + " lists its values").isNotNull();
      List<String> constants =
          Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
      assertThat(constants).as("the constants of " + at).containsAll(strings(values));
    }
  }

  /** A record or enum with a JSON form of its own: a region's code, a grade's number. */
  private static boolean isValueType(Class<?> type) {
    return type == Region.class || type == DisabilityGrade.class;
  }

  private static JsonNode property(JsonNode object, String name) {
    return object.get("properties").get(name);
  }

  /** The object schema at {@code schema}, past references and {@code anyOf [X, null]}. */
  private static JsonNode objectSchema(JsonNode schema, String at) {
    JsonNode s = nonNull(resolve(schema), at);
    assertThat(s.has("properties")).as(at + " is an object schema").isTrue();
    return s;
  }

  private static JsonNode nonNull(JsonNode schema, String at) {
    if (schema.has("anyOf")) {
      List<JsonNode> options = new ArrayList<>();
      for (JsonNode o : schema.get("anyOf")) {
        if (!"null".equals(o.path("type").asText())) {
          options.add(resolve(o));
        }
      }
      assertThat(options).as(at + ": one schema besides null").hasSize(1);
      return options.get(0);
    }
    return schema;
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = SCHEMA.at(s.get("$ref").asText().substring(1));
    }
    return s;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> out = new TreeSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
