package org.laborcalc.illegal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.illegal.IllegalEmploymentCase.Appraisal;
import org.laborcalc.illegal.IllegalEmploymentOptions.BaseYear;
import org.laborcalc.illegal.IllegalEmploymentOptions.DeathBaseYear;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.time.DateRange;

/**
 * 人社部令第9号 (《非法用工单位伤亡人员一次性赔偿办法》): the worked examples IE-1 to IE-3 of ARBITRATION.md §2.10 as case
 * files with their hand working, read through the generic entry point; then the options, the part
 * month, and every located refusal.
 */
class IllegalEmploymentCompensationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalc LABORCALC = LaborCalc.withBundledParameters();

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = IllegalEmploymentCompensationTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ie-1-grade7", "ie-2-death-2024", "ie-3-child-labour-grade10"})
  void theWorkedExamplesOfTheGuide(String name) throws IOException {
    String file = resource(name + ".json");
    JsonNode expected = JSON.readTree(resource(name + ".expected.json"));
    Outcome outcome = LABORCALC.compute(file);
    assertThat(outcome.violations()).isEmpty();
    assertThat(LABORCALC.validateJson(file)).isEmpty();
    JsonNode result = JSON.readTree(outcome.toJson());
    assertThat(result.get("lines")).hasSameSizeAs(expected.get("lines"));
    for (int i = 0; i < expected.get("lines").size(); i++) {
      JsonNode want = expected.get("lines").get(i);
      JsonNode got = result.get("lines").get(i);
      assertThat(got.get("code").asText()).isEqualTo(want.get("code").asText());
      assertThat(got.get("amount").asText()).isEqualTo(want.get("amount").asText());
      assertThat(got.get("formula").asText()).isEqualTo(want.get("formula").asText());
      assertThat(got.get("payer").asText()).isEqualTo("EMPLOYER");
      assertThat(got.get("citations")).isEqualTo(want.get("citations"));
    }
    assertThat(result.get("total").asText()).isEqualTo(expected.get("total").asText());
    if (expected.has("notices")) {
      for (JsonNode code : expected.get("notices")) {
        assertThat(result.get("notices").findValuesAsText("code")).contains(code.asText());
      }
    }
    // the shared sheet: the employer named as payer, the total as the items table's last row
    assertThat(outcome.sheet(SheetFormat.TEXT))
        .contains("用人单位（非法用工单位）")
        .containsPattern(
            "\\| +\\| 合计 +\\| +\\| +"
                + java.util.regex.Pattern.quote(m(expected.get("total").asText()).toGroupedString())
                + " \\|");
  }

  /** The schema names exactly the fields the reader takes, so the two cannot drift apart. */
  @Test
  void theSchemaNamesTheFieldsTheReaderTakes() throws IOException {
    JsonNode schema =
        JSON.readTree(
            java.nio.file.Files.readString(
                java.nio.file.Path.of(
                    "..", "docs", "schema", "illegal-employment-case.schema.json")));
    List<String> fields = new java.util.ArrayList<>();
    schema
        .get("properties")
        .get("case")
        .get("properties")
        .fieldNames()
        .forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "region", "unit", "injuryDate", "treatment", "appraisal", "deathDate", "costs");
    List<String> units = new java.util.ArrayList<>();
    schema
        .get("properties")
        .get("case")
        .get("properties")
        .get("unit")
        .get("enum")
        .forEach(u -> units.add(u.asText()));
    assertThat(units)
        .containsExactly(
            java.util.Arrays.stream(UnitStatus.values()).map(Enum::name).toArray(String[]::new));
    String file =
        """
        {"calculation": "illegal-employment",
         "case": {"region": "330100", "unit": "NO_LICENCE", "injuryDate": "2023-01-10",
                  "treatment": null, "appraisal": null, "deathDate": null, "costs": null,
                  "extra": 1}}
        """;
    assertThat(LABORCALC.validateJson(file))
        .extracting(Violation::path)
        .containsExactly("case.extra");
    // Every optional field may be null; with nothing claimed the case itself is refused.
    assertThat(
            LABORCALC.validateJson(
                file.replace("\"costs\": null,", "\"costs\": null").replace("\"extra\": 1", "")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case", "NOTHING_CLAIMED"));
  }

  private static Parameters hangzhou() {
    return CallerFigures.create()
        .year("wage.regionalAverageAnnual", "330100", 2021, "80000.00")
        .year("wage.regionalAverageAnnual", "330100", 2022, "84000.00")
        .year("wage.regionalAverageMonthly", "330100", 2021, "6600.00")
        .year("wage.regionalAverageMonthly", "330100", 2022, "7000.00")
        .overBundled();
  }

  private static IllegalEmploymentCase gradeSeven(LocalDate injury, DateRange treatment) {
    return new IllegalEmploymentCase(
        Region.of("330100"),
        UnitStatus.LICENCE_REVOKED,
        injury,
        treatment,
        new Appraisal(LocalDate.of(2023, 4, 20), DisabilityGrade.of(7)),
        null,
        List.of());
  }

  private static final IllegalEmploymentCalculator CALC =
      IllegalEmploymentCalculator.of(hangzhou());

  @Nested
  class Options {
    /**
     * Injured 2022-12-20, appraised 2023-04-20: by default the year before the appraisal (2022,
     * 84,000.00 → 4 × = 336,000.00); under YEAR_BEFORE_INJURY the year before the injury (2021,
     * 80,000.00 → 320,000.00).
     */
    @Test
    void theBaseYearFollowsTheNamedOption() {
      IllegalEmploymentCase c = gradeSeven(LocalDate.of(2022, 12, 20), null);
      assertThat(CALC.calculate(c, IllegalEmploymentOptions.defaults()).total())
          .isEqualTo(m("336000.00"));
      IllegalEmploymentResult injuryYear =
          CALC.calculate(
              c,
              new IllegalEmploymentOptions(
                  BaseYear.YEAR_BEFORE_INJURY, DeathBaseYear.YEAR_BEFORE_DEATH));
      assertThat(injuryYear.total()).isEqualTo(m("320000.00"));
      assertThat(injuryYear.options().baseYear()).isEqualTo(BaseYear.YEAR_BEFORE_INJURY);
    }

    /**
     * Treatment 2023-01-10 to 2023-02-24: one month (to 02-10) and 15 days of February (28 days):
     * 7,000.00 + 7,000.00 × 15 ÷ 28 = 7,000.00 + 3,750.00 = 10,750.00.
     */
    @Test
    void aPartMonthOfTreatmentIsItsDaysOverItsCalendarMonth() {
      IllegalEmploymentLine living =
          CALC.calculate(
                  gradeSeven(
                      LocalDate.of(2023, 1, 10),
                      DateRange.ofClosed(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 24))),
                  IllegalEmploymentOptions.defaults())
              .lines()
              .get(0);
      assertThat(living.item()).isEqualTo(IllegalItem.LIVING_ALLOWANCE);
      assertThat(living.amount()).isEqualTo(m("10750.00"));
      assertThat(living.formulaText()).isEqualTo("1 × 7,000.00 + 7,000.00 × 15 ÷ 28 = 10,750.00");
    }

    /** A worker who died is compensated under art. 6, not by grade (art. 5), with a notice. */
    @Test
    void aDeathAfterTheAppraisalIsCompensatedAsADeath() {
      IllegalEmploymentCase died =
          new IllegalEmploymentCase(
              Region.of("330100"),
              UnitStatus.NO_LICENCE,
              LocalDate.of(2023, 1, 10),
              null,
              new Appraisal(LocalDate.of(2023, 4, 20), DisabilityGrade.of(3)),
              LocalDate.of(2024, 2, 1),
              List.of());
      IllegalEmploymentResult r = CALC.calculate(died, IllegalEmploymentOptions.defaults());
      assertThat(r.lines())
          .extracting(IllegalEmploymentLine::item)
          .containsExactly(
              IllegalItem.DEATH_COMPENSATION, IllegalItem.FUNERAL_AND_OTHER_COMPENSATION);
      // 2023 income 51,821 × (20 + 10) = 1,554,630.00
      assertThat(r.total()).isEqualTo(m("1554630.00"));
      assertThat(r.notices()).extracting(n -> n.code()).contains("APPRAISAL_PASSED_OVER");
    }
  }

  @Nested
  class Refusals {
    @Test
    void everyInconsistentFactIsLocated() {
      IllegalEmploymentCase c =
          new IllegalEmploymentCase(
              Region.of("330100"),
              UnitStatus.NO_LICENCE,
              LocalDate.of(2010, 12, 31),
              DateRange.ofClosed(LocalDate.of(2010, 12, 1), LocalDate.of(2023, 5, 1)),
              new Appraisal(LocalDate.of(2023, 4, 20), DisabilityGrade.of(7)),
              null,
              List.of(
                  new IllegalEmploymentCase.Cost(
                      IllegalItem.DEATH_COMPENSATION, m("-1.00"), null)));
      assertThat(CALC.validate(c, IllegalEmploymentOptions.defaults()))
          .extracting(Violation::path, Violation::code)
          .containsExactly(
              tuple("injuryDate", "UNSUPPORTED_DATE"),
              tuple("treatment.start", "BEFORE_INJURY"),
              tuple("treatment.end", "AFTER_APPRAISAL"),
              tuple("costs[0].item", "NOT_A_COST"),
              tuple("costs[0].amount", "NOT_POSITIVE"));
      assertThatThrownBy(() -> CALC.calculate(c, IllegalEmploymentOptions.defaults()))
          .isInstanceOf(InvalidInputException.class);
    }

    /** The annual average is asked for by its key: never the monthly one × 12. */
    @Test
    void aMissingAnnualAverageIsAskedForByName() {
      IllegalEmploymentCalculator bare =
          IllegalEmploymentCalculator.of(CallerFigures.create().overBundled());
      List<Violation> v =
          bare.validate(
              gradeSeven(LocalDate.of(2023, 1, 10), null), IllegalEmploymentOptions.defaults());
      assertThat(v).extracting(Violation::path).containsExactly("parameters");
      assertThat(v.get(0).messageEn()).contains("wage.regionalAverageAnnual");
    }

    @Test
    void aCaseFileIsReadWithEveryProblemLocated() {
      String file =
          """
          {"calculation": "illegal-employment", "formatVersion": 1,
           "case": {"region": "330100", "unit": "UNLICENSED", "injuryDate": "2023-13-01",
                    "appraisal": {"date": "2023-04-20", "grade": 11}, "colour": "red"}}
          """;
      assertThat(LABORCALC.compute(file).violations())
          .extracting(Violation::path, Violation::code)
          .containsExactlyInAnyOrder(
              tuple("case.colour", "UNKNOWN_FIELD"),
              tuple("case.unit", "INVALID_VALUE"),
              tuple("case.injuryDate", "INVALID_DATE"),
              tuple("case.appraisal.grade", "INVALID_GRADE"));
    }
  }
}
