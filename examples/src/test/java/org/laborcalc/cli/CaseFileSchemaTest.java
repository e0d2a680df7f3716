package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.retirement.RetirementCategory;

/**
 * docs/schema/work-injury-case.schema.json (draft 2020-12) against the example case files and a few
 * broken ones, which the schema and the reader must both refuse.
 */
class CaseFileSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMA_TREE = read(ExampleFiles.SCHEMA);
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_TREE);

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Path> exampleCases() {
    return ExampleFiles.cases().stream();
  }

  @Test
  void thereIsOneExampleFilePerWorkedExample() {
    assertThat(ExampleFiles.cases())
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder(
            "seed-barite-mine-grade9.json",
            "zhejiang-grade7-insured.json",
            "henan-grade5-occupational-disease.json",
            "death-2024-spouse-child.json",
            "zhejiang-grade2-living-care.json",
            "injury-2010-old-regulation.json",
            "hangzhou-grade8-uninsured.json");
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleCaseMatchesTheSchema(Path file) {
    List<Error> errors = SCHEMA.validate(read(file));
    assertThat(errors).as(file.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleCaseIsReadByLaborCalc(Path file) throws IOException {
    assertThat(LaborCalcJson.readCaseFile(Files.readAllBytes(file)).schema())
        .isEqualTo("../../docs/schema/work-injury-case.schema.json");
  }

  static Stream<Arguments> brokenFiles() {
    String ok = exampleText();
    return Stream.of(
        Arguments.of("no case", "{\"options\": {}}"),
        Arguments.of(
            "unknown field",
            ok.replace("\"region\": \"370800\",", "\"region\": \"370800\", \"city\": \"济宁\",")),
        Arguments.of("amount as a number", ok.replace("\"6500.00\"", "6500")),
        Arguments.of("amount with three decimals", ok.replace("\"6500.00\"", "\"6500.001\"")),
        Arguments.of(
            "grade 11",
            ok.replace("\"itemGrades\": [\n        9\n      ]", "\"itemGrades\": [11]")),
        Arguments.of("date with slashes", ok.replace("\"2019-12-18\"", "\"2019/12/18\"")),
        Arguments.of(
            "region of five digits",
            ok.replace("\"370800\",\n    \"worker\"", "\"37080\",\n    \"worker\"")),
        Arguments.of("unknown status", ok.replace("\"UNINSURED\"", "\"NONE\"")),
        Arguments.of(
            "hospital stay as a string",
            ok.replace(
                "\"insurance\": {",
                "\"hospitalStays\": [\"2019-12-18/2020-01-06\"], \"insurance\": {")),
        Arguments.of("missing wage", ok.replace("\"wage\": {", "\"wages\": {")),
        Arguments.of(
            "another calculation",
            ok.replace("\"calculation\": \"work-injury\"", "\"calculation\": \"severance\"")),
        Arguments.of(
            "format version 2", ok.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
        Arguments.of("figure year as a string", withFigure(ok, "\"year\": \"2019\"")),
        Arguments.of("figure neither year nor from", withFigure(ok, "\"period\": \"MONTHLY\"")),
        Arguments.of("figure weekly", withFigure(ok, "\"year\": 2019, \"period\": \"WEEKLY\"")),
        Arguments.of(
            "figure amount as a number",
            withFigure(ok, "\"year\": 2019").replace("\"7500.00\"", "7500.00")));
  }

  /** The example with one figure of Jining's 2018 average in the short form, and {@code when}. */
  private static String withFigure(String ok, String when) {
    return ok.replaceFirst(
        "\n}\\s*$",
        ",\n  \"figures\": [{\"key\": \"wage.regionalAverageMonthly\", \"region\": \"370800\", "
            + when
            + ", \"value\": \"7500.00\", \"source\": \"济宁市统计局公告\"}]\n}\n");
  }

  @Test
  void aFileWithFiguresInTheShortFormMatchesTheSchemaAndIsRead() throws Exception {
    String json = withFigure(exampleText(), "\"year\": 2030");
    assertThat(json).contains("\"figures\"");
    assertThat(SCHEMA.validate(JSON.readTree(json))).isEmpty();
    assertThat(LaborCalcJson.readCaseFile(json).parameters().entries())
        .extracting(e -> e.key().name() + " " + e.range() + " " + e.value())
        .contains("wage.regionalAverageMonthly 2030-01-01/2031-01-01 7500.00");
  }

  @Test
  void aFileWithoutTheEnvelopeMatchesTheSchemaAndIsRead() throws Exception {
    String old =
        exampleText().replace("  \"calculation\": \"work-injury\",\n  \"formatVersion\": 1,\n", "");
    assertThat(old).doesNotContain("formatVersion");
    assertThat(SCHEMA.validate(JSON.readTree(old))).isEmpty();
    assertThat(LaborCalcJson.readCaseFile(old).workInjuryCase())
        .isEqualTo(LaborCalcJson.readCaseFile(exampleText()).workInjuryCase());
  }

  private static String exampleText() {
    try {
      return Files.readString(ExampleFiles.CASES.resolve("seed-barite-mine-grade9.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFiles")
  void aBrokenFileIsRefusedByTheSchemaAndByTheReader(String what, String json) throws Exception {
    assertThat(json).isNotEqualTo(exampleText());
    assertThat(SCHEMA.validate(JSON.readTree(json))).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> LaborCalcJson.readCaseFile(json))
        .isInstanceOf(InvalidInputException.class);
  }

  /** The schema's enumerations are the engine's, so that the two cannot drift apart. */
  @Test
  void theSchemaListsExactlyTheEnginesValues() {
    JsonNode defs = SCHEMA_TREE.get("$defs");
    assertThat(values(defs.at("/worker/properties/retirementCategory/anyOf/0/enum")))
        .containsExactlyElementsOf(names(RetirementCategory.values()));
    assertThat(values(defs.at("/termination/properties/initiatedBy/enum")))
        .containsExactlyElementsOf(names(InitiatedBy.values()));
    assertThat(values(defs.at("/appraisal/properties/selfCare/anyOf/0/enum")))
        .containsExactlyElementsOf(names(SelfCareLevel.values()));
    assertThat(values(defs.at("/appraisal/properties/activitiesNeedingCare/items/enum")))
        .containsExactlyElementsOf(names(DailyActivity.values()));
    assertThat(values(defs.at("/expense/properties/item/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(BenefitItem.values())
                .filter(BenefitItem::isActualCost)
                .map(Enum::name)
                .toList());
    assertThat(values(defs.at("/insurance/properties/status/enum")))
        .containsExactlyElementsOf(names(WorkInjuryCase.InsuranceStatus.values()));
    assertThat(values(defs.at("/dependant/properties/relation/enum")))
        .containsExactlyElementsOf(names(WorkInjuryCase.Relation.values()));
    assertThat(values(defs.at("/options/properties/regimeRule/anyOf/0/enum")))
        .containsExactlyElementsOf(names(CalculationOptions.RegimeRule.values()));
    assertThat(values(defs.at("/options/properties/suspensionDays/anyOf/0/enum")))
        .containsExactlyElementsOf(names(CalculationOptions.SuspensionDays.values()));
    assertThat(values(defs.at("/options/properties/pensionCap/anyOf/0/enum")))
        .containsExactlyElementsOf(names(CalculationOptions.PensionCapAllocation.values()));
  }

  /** The schema's properties are the record components, so a new field cannot be forgotten. */
  @Test
  void theSchemaHasAPropertyForEveryRecordComponent() {
    JsonNode defs = SCHEMA_TREE.get("$defs");
    assertThat(fields(defs.get("case")))
        .containsExactlyElementsOf(components(WorkInjuryCase.class));
    assertThat(fields(defs.get("worker"))).containsExactlyElementsOf(components(Worker.class));
    assertThat(fields(defs.get("employment")))
        .containsExactlyElementsOf(components(Employment.class));
    assertThat(fields(defs.get("termination")))
        .containsExactlyElementsOf(components(Termination.class));
    assertThat(fields(defs.get("injury")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Injury.class));
    assertThat(fields(defs.get("appraisal")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Appraisal.class));
    assertThat(fields(defs.get("suspension")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Suspension.class));
    assertThat(fields(defs.get("expense")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Expense.class));
    assertThat(fields(defs.get("insurance")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Insurance.class));
    assertThat(fields(defs.get("death")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Death.class));
    assertThat(fields(defs.get("dependant")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Dependant.class));
    assertThat(fields(defs.get("payment")))
        .containsExactlyElementsOf(components(WorkInjuryCase.Payment.class));
    assertThat(fields(defs.get("wage")))
        .containsExactlyElementsOf(components(WorkInjuryCase.WageFacts.class));
    assertThat(fields(defs.get("options")))
        .containsExactlyElementsOf(components(CalculationOptions.class));
  }

  private static List<String> values(JsonNode array) {
    assertThat(array.isArray()).as("an enum array").isTrue();
    return Stream.of(JSON.convertValue(array, String[].class)).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> fields(JsonNode def) {
    List<String> out = new java.util.ArrayList<>();
    def.get("properties").fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .toList();
  }
}
