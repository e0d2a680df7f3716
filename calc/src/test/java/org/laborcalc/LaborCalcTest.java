package org.laborcalc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.testkit.OwnFiguresCase;

/**
 * The facade over parameters given entirely by the test (the national figures of 《工伤保险条例》 as a
 * caller would supply them, {@link OwnFiguresCase}), so that it runs without the bundled packs.
 */
class LaborCalcTest {
  private static final LaborCalc NO_PACKS =
      LaborCalc.builder().parameters(Parameters.of(List.of())).build();

  @Test
  void aCaseFileWithItsOwnFiguresIsComputed() {
    CalcOutcome o = NO_PACKS.workInjuryJson(OwnFiguresCase.INSURED_GRADE_9);

    assertThat(o.violations()).isEmpty();
    assertThat(o.isValid()).isTrue();
    WorkInjuryResult r = o.result();
    assertThat(r.wage().ownWage()).isEqualTo(Money.parse("6500.00"));
    assertThat(r.totals().fund()).isEqualTo(Money.parse("58500.00"));
    assertThat(r.totals().employer()).isEqualTo(Money.parse("39000.00"));
    assertThat(r.totals().total()).isEqualTo(Money.parse("97500.00"));
  }

  @Test
  void theSameCaseFileGivesByteIdenticalJson() {
    String first = NO_PACKS.toJson(NO_PACKS.workInjuryJson(OwnFiguresCase.INSURED_GRADE_9));
    String second =
        NO_PACKS.toJson(
            NO_PACKS.workInjuryJson(
                OwnFiguresCase.INSURED_GRADE_9.getBytes(StandardCharsets.UTF_8)));
    assertThat(second.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theResultJsonNamesEveryItemWithItsPayerAndTheCallersFigures() throws Exception {
    JsonNode doc =
        new ObjectMapper()
            .readTree(NO_PACKS.toJson(NO_PACKS.workInjuryJson(OwnFiguresCase.INSURED_GRADE_9)));

    assertThat(doc.get("format").asText()).isEqualTo("laborcalc.work-injury-result/1");
    JsonNode subsidy = item(doc, "ONE_TIME_DISABILITY_SUBSIDY");
    assertThat(subsidy.get("amount").asText()).isEqualTo("58500.00");
    assertThat(subsidy.get("payer").asText()).isEqualTo("FUND");
    assertThat(subsidy.get("citations").get(0).get("textZh").asText()).startsWith("《工伤保险条例》第三十七条");
    assertThat(subsidy.get("parameters").get(0).get("pack").asText()).isEqualTo("test-figures");
    assertThat(subsidy.get("parameters").get(0).get("verification").asText())
        .isEqualTo("USER_SUPPLIED");
    JsonNode wages = item(doc, "SUSPENSION_PERIOD_WAGES");
    assertThat(wages.get("amount").asText()).isEqualTo("39000.00");
    assertThat(wages.get("payer").asText()).isEqualTo("EMPLOYER");
    assertThat(doc.get("totals").get("total").asText()).isEqualTo("97500.00");
    assertThat(doc.get("wage").get("ownWage").asText()).isEqualTo("6500.00");
    assertThat(doc.get("grade").get("finalGrade").asInt()).isEqualTo(9);
    assertThat(doc.get("regime").get("code").asText()).isEqualTo("REGULATION_2010");
  }

  private static JsonNode item(JsonNode doc, String code) {
    for (JsonNode i : doc.get("items")) {
      if (i.get("code").asText().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no item " + code + " in " + doc.get("items"));
  }

  @Test
  void aFigureNoPackSuppliesIsAViolationAtParameters() {
    CalcOutcome o =
        NO_PACKS.workInjuryJson(
            OwnFiguresCase.INSURED_GRADE_9
                .replace("\"2018-01-01\"", "\"2017-01-01\"")
                .replace(
                    "\"2019-01-01\", \"value\": \"5200.00\"",
                    "\"2018-01-01\", \"value\": \"5200.00\""));

    assertThat(o.isValid()).isFalse();
    assertThat(o.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("parameters");
              assertThat(v.code()).isEqualTo("MISSING_PARAMETER");
              assertThat(v.messageEn()).contains("wage.regionalAverageMonthly", "370800");
              assertThat(v.messageZh()).contains("统筹地区职工月平均工资");
            });
    assertThatThrownBy(o::result).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theEnginesOwnChecksComeBackUnderCaseAndOptions() {
    String json =
        OwnFiguresCase.INSURED_GRADE_9
            .replace(
                "\"injury\": {\"date\": \"2019-12-18\"}", "\"injury\": {\"date\": \"2019-01-18\"}")
            .replace("\"case\": {", "\"options\": {\"asOf\": \"2018-12-31\"}, \"case\": {");

    List<Violation> vs = NO_PACKS.validateJson(json);

    assertThat(vs)
        .extracting(v -> v.path() + " " + v.code())
        .contains("case.injury.date DATE_ORDER", "options.asOf DATE_ORDER");
    assertThat(NO_PACKS.workInjuryJson(json).violations()).isEqualTo(vs);
  }

  @Test
  void aComputationFailureOfTheEngineIsLocatedInTheCase() {
    // 25 months of suspension exceed 12 + 12 (art. 33 ¶2): the engine finds it while computing.
    String json =
        OwnFiguresCase.INSURED_GRADE_9.replace(
            "\"endInclusive\": \"2020-06-17\"", "\"endInclusive\": \"2022-01-17\"");

    assertThat(NO_PACKS.workInjuryJson(json).violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly("case.suspension.endInclusive OUT_OF_RANGE");
  }

  @Test
  void structuralErrorsAreViolationsNotExceptions() {
    assertThat(NO_PACKS.workInjuryJson("[]").violations())
        .extracting(Violation::code)
        .containsExactly("NOT_AN_OBJECT");
    assertThat(NO_PACKS.validateJson(new byte[] {(byte) 0xFF}).get(0).code())
        .isEqualTo("INVALID_UTF8");
    assertThat(NO_PACKS.toJson(NO_PACKS.workInjuryJson("{}")))
        .contains("\"format\": \"laborcalc.violations/1\"", "\"path\": \"case\"");
  }

  @Test
  void theRecordApiThrowsWhatTheEngineThrows() {
    CaseFile f = LaborCalcJson.readCaseFile(OwnFiguresCase.INSURED_GRADE_9);
    LaborCalc calc =
        LaborCalc.builder().parameters(Parameters.of(List.of())).pack(f.parameters()).build();

    assertThat(calc.workInjury(f.workInjuryCase(), f.options()).totals().total())
        .isEqualTo(Money.parse("97500.00"));
    assertThat(calc.validate(f.workInjuryCase(), CalculationOptions.defaults())).isEmpty();
    assertThatThrownBy(
            () ->
                calc.workInjury(
                    f.workInjuryCase(),
                    CalculationOptions.defaults().withAsOf(java.time.LocalDate.of(2000, 1, 1))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aFilesFiguresApplyToThatFileOnly() {
    NO_PACKS.workInjuryJson(OwnFiguresCase.INSURED_GRADE_9);
    assertThat(NO_PACKS.parameters().packs()).isEmpty();
  }
}
