package org.laborcalc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.MissingFigure;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
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

  /**
   * The figures give Jining's 2017 average only; the injury of 2019-12-18 needs 2018's (art. 64
   * ¶2). The 6 months' suspension pay rests on the wage the case states, not on the average: 6 ×
   * 6,500 = 39,000.00, employer (art. 33 ¶1). The grade 9 subsidy multiplies the clamped 本人工资,
   * which needs the 2018 figure: left out, and the result says so.
   */
  @Test
  void aFigureNoPackSuppliesLeavesTheResultIncompleteAndIsListedWithItsFields() {
    String json =
        OwnFiguresCase.INSURED_GRADE_9
            .replace("\"2018-01-01\"", "\"2017-01-01\"")
            .replace(
                "\"2019-01-01\", \"value\": \"5200.00\"", "\"2018-01-01\", \"value\": \"5200.00\"");
    CalcOutcome o = NO_PACKS.workInjuryJson(json);

    assertThat(o.isValid()).isTrue();
    assertThat(o.isComplete()).isFalse();
    WorkInjuryResult r = o.result();
    assertThat(r.wage()).isNull();
    assertThat(r.lines())
        .extracting(BenefitLine::item, BenefitLine::amount)
        .containsExactly(tuple(BenefitItem.SUSPENSION_PERIOD_WAGES, Money.parse("39000.00")));
    assertThat(r.totals().employer()).isEqualTo(Money.parse("39000.00"));
    assertThat(r.missing())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.key().name()).isEqualTo("wage.regionalAverageMonthly");
              assertThat(m.region().code()).isEqualTo("370800");
              assertThat(m.year()).isEqualTo(2018);
              assertThat(m.date()).isNull();
              assertThat(m.nameZh()).isEqualTo("统筹地区职工月平均工资");
              assertThat(m.items()).containsExactly(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY);
            });

    List<Violation> validate = NO_PACKS.validateJson(json);
    assertThat(validate)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("parameters");
              assertThat(v.code()).isEqualTo("MISSING_PARAMETER");
              assertThat(v.fields())
                  .containsExactly(
                      entry("key", "wage.regionalAverageMonthly"),
                      entry("region", "370800"),
                      entry("year", "2018"),
                      entry("items", "ONE_TIME_DISABILITY_SUBSIDY"));
              assertThat(v.messageEn()).contains("for the year 2018");
              assertThat(v.messageZh()).contains("统筹地区职工月平均工资", "2018年度");
            });
    assertThat(validate).isEqualTo(r.missing().stream().map(MissingFigure::toViolation).toList());

    String document = NO_PACKS.toJson(o);
    assertThat(document)
        .startsWith(
            "{\n  \"format\": \"laborcalc.work-injury-result/1\",\n  \"missing\": [\n    {\n"
                + "      \"key\": \"wage.regionalAverageMonthly\",")
        .contains("\"complete\": false", "\"year\": 2018", "\"wage\": null");
    assertThat(LaborCalcJson.writeViolations(validate))
        .contains(
            "\"fields\": {", "\"key\": \"wage.regionalAverageMonthly\"", "\"year\": \"2018\"");
  }

  /** The typed call stays strict: a missing figure is an exception, never a partial result. */
  @Test
  void theTypedCallRefusesAnIncompleteResult() {
    CaseFile file = LaborCalcJson.readCaseFile(OwnFiguresCase.INSURED_GRADE_9_WITHOUT_FIGURES);
    LaborCalc none = NO_PACKS;
    assertThatThrownBy(() -> none.workInjury(file.workInjuryCase(), file.options()))
        .isInstanceOfSatisfying(
            MissingParameterException.class,
            e -> {
              assertThat(e.key()).isEqualTo("wage.regionalAverageMonthly");
              assertThat(e.year()).isEqualTo(2018);
            });
    WorkInjuryResult partial = none.workInjuryPartial(file.workInjuryCase(), file.options());
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.missing())
        .extracting(m -> m.key().name())
        .startsWith("wage.regionalAverageMonthly")
        .contains("injury.disabilitySubsidy.months", "injury.suspension.normalMaxMonths");
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
