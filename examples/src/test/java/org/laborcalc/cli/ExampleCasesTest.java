package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.cli.Cli.Run;

/**
 * Each example case file through the CLI ({@code work-injury FILE --format json}, in-process),
 * compared with the hand calculations of the worked examples (calc's WorkedExamplesTest), written
 * again here: every item with its amount and payer, and the totals.
 *
 * <p>The computations need the bundled parameter packs (the national figures and the provincial
 * rules); until those are on the class path they are skipped. Validation needs no pack and always
 * runs.
 */
class ExampleCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> exampleCases() {
    return ExampleFiles.cases().stream();
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleIsValid(Path file) {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    Run r = Cli.run(LaborCalcCli.Context.standard(), "validate", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
  }

  private static JsonNode compute(String name) throws Exception {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    Run r =
        Cli.run(
            LaborCalcCli.Context.standard(),
            "work-injury",
            ExampleFiles.CASES.resolve(name).toString(),
            "--format",
            "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    return JSON.readTree(r.out());
  }

  /** "CODE amount PAYER" (or "CODE amount/month PAYER") for every item, in the result's order. */
  private static List<String> items(JsonNode doc) {
    List<String> out = new ArrayList<>();
    for (JsonNode i : doc.get("items")) {
      String amount =
          i.get("amount").isNull()
              ? i.get("monthlyAmount").asText() + "/month"
              : i.get("amount").asText();
      out.add(i.get("code").asText() + " " + amount + " " + i.get("payer").asText());
    }
    return out;
  }

  private static List<String> totals(JsonNode doc) {
    JsonNode t = doc.get("totals");
    return List.of(
        "employer " + t.get("employer").asText(),
        "fund " + t.get("fund").asText(),
        "total " + t.get("total").asText(),
        "monthlyEmployer " + t.get("monthlyEmployer").asText(),
        "monthlyFund " + t.get("monthlyFund").asText());
  }

  /**
   * Jining, Shandong 2011 measures, grade 9, uninsured (every item the employer's, art. 62 ¶2).
   *
   * <pre>
   * 本人工资 60% × 5,200 = 3,120 ≤ 6,500 ≤ 300% × 5,200 = 15,600 → 6,500.00
   * 一次性伤残补助金 9 × 6,500 = 58,500.00; 停工留薪期 6 months: 6 × 6,500 = 39,000.00
   * 医疗补助金 7 × 5,800 = 40,600.00; 就业补助金 12 × 5,800 = 69,600.00 (SECONDARY)
   * fees 300.00 + 40,000.00 + 2,800.00; employer 250,800.00
   * </pre>
   */
  @Test
  void seedBariteMineGrade9() throws Exception {
    JsonNode doc = compute("seed-barite-mine-grade9.json");
    assertThat(items(doc))
        .containsExactlyInAnyOrder(
            "ONE_TIME_DISABILITY_SUBSIDY 58500.00 EMPLOYER",
            "SUSPENSION_PERIOD_WAGES 39000.00 EMPLOYER",
            "ONE_TIME_MEDICAL_SUBSIDY 40600.00 EMPLOYER",
            "ONE_TIME_EMPLOYMENT_SUBSIDY 69600.00 EMPLOYER",
            "RE_EXAMINATION_FEE 300.00 EMPLOYER",
            "FOLLOW_UP_TREATMENT 40000.00 EMPLOYER",
            "APPRAISAL_FEE 2800.00 EMPLOYER");
    assertThat(totals(doc))
        .containsExactly(
            "employer 250800.00",
            "fund 0.00",
            "total 250800.00",
            "monthlyEmployer 0.00",
            "monthlyFund 0.00");
    assertThat(doc.get("wage").get("ownWage").asText()).isEqualTo("6500.00");
    assertThat(doc.get("warnings").findValuesAsText("code")).contains("SECONDARY_SOURCE");
  }

  /**
   * Hangzhou, grade 7, insured; Zhejiang art. 27 on the 全省 average, no reduction.
   *
   * <pre>
   * 一次性伤残补助金 13 × 8,000 = 104,000.00 (fund); 医疗补助金 10 × 7,000 = 70,000.00 (fund);
   * 就业补助金 10 × 7,000 = 70,000.00 (employer)
   * </pre>
   */
  @Test
  void zhejiangGrade7Insured() throws Exception {
    JsonNode doc = compute("zhejiang-grade7-insured.json");
    assertThat(items(doc))
        .containsExactlyInAnyOrder(
            "ONE_TIME_DISABILITY_SUBSIDY 104000.00 FUND",
            "ONE_TIME_MEDICAL_SUBSIDY 70000.00 FUND",
            "ONE_TIME_EMPLOYMENT_SUBSIDY 70000.00 EMPLOYER");
    assertThat(totals(doc))
        .containsExactly(
            "employer 70000.00",
            "fund 174000.00",
            "total 244000.00",
            "monthlyEmployer 0.00",
            "monthlyFund 0.00");
  }

  /**
   * Zhengzhou, grade 5, occupational disease, insured, terminated three years before retirement
   * (Henan art. 27: 医疗 +30%; 就业 at 60%).
   *
   * <pre>
   * 一次性伤残补助金 18 × 5,000 = 90,000.00 (fund); 医疗补助金 16 × 6,000 × 1.3 = 124,800.00 (fund);
   * 就业补助金 56 × 6,000 × 60% = 201,600.00 (employer)
   * </pre>
   */
  @Test
  void henanGrade5OccupationalDisease() throws Exception {
    JsonNode doc = compute("henan-grade5-occupational-disease.json");
    assertThat(items(doc))
        .containsExactlyInAnyOrder(
            "ONE_TIME_DISABILITY_SUBSIDY 90000.00 FUND",
            "ONE_TIME_MEDICAL_SUBSIDY 124800.00 FUND",
            "ONE_TIME_EMPLOYMENT_SUBSIDY 201600.00 EMPLOYER");
    assertThat(totals(doc))
        .containsExactly(
            "employer 201600.00",
            "fund 214800.00",
            "total 416400.00",
            "monthlyEmployer 0.00",
            "monthlyFund 0.00");
  }

  /**
   * Death in 2024, uninsured; spouse and one child (art. 39).
   *
   * <pre>
   * 丧葬补助金 6 × 7,000 = 42,000.00; 一次性工亡补助金 20 × 51,821 = 1,036,420.00
   * 抚恤金 40% × 6,000 = 2,400.00 and 30% × 6,000 = 1,800.00 a month
   * </pre>
   */
  @Test
  void death2024SpouseAndChild() throws Exception {
    JsonNode doc = compute("death-2024-spouse-child.json");
    assertThat(items(doc))
        .containsExactlyInAnyOrder(
            "FUNERAL_SUBSIDY 42000.00 EMPLOYER",
            "ONE_TIME_DEATH_SUBSIDY 1036420.00 EMPLOYER",
            "DEPENDANT_PENSION 2400.00/month EMPLOYER",
            "DEPENDANT_PENSION 1800.00/month EMPLOYER");
    assertThat(totals(doc))
        .containsExactly(
            "employer 1078420.00",
            "fund 0.00",
            "total 1078420.00",
            "monthlyEmployer 4200.00",
            "monthlyFund 0.00");
  }

  /**
   * Grade 2, 大部分不能自理, uninsured, Hangzhou.
   *
   * <pre>
   * 本人工资 2,000 < 60% × 5,000 = 3,000 → 3,000.00
   * 一次性伤残补助金 25 × 3,000 = 75,000.00; 伤残津贴 85% × 3,000 = 2,550.00 < 2,690.00 → 2,690.00/month;
   * 生活护理费 40% × 5,000 = 2,000.00/month
   * </pre>
   */
  @Test
  void zhejiangGrade2LivingCare() throws Exception {
    JsonNode doc = compute("zhejiang-grade2-living-care.json");
    assertThat(items(doc))
        .containsExactlyInAnyOrder(
            "ONE_TIME_DISABILITY_SUBSIDY 75000.00 EMPLOYER",
            "DISABILITY_ALLOWANCE 2690.00/month EMPLOYER",
            "LIVING_CARE_ALLOWANCE 2000.00/month EMPLOYER");
    assertThat(totals(doc))
        .containsExactly(
            "employer 75000.00",
            "fund 0.00",
            "total 75000.00",
            "monthlyEmployer 4690.00",
            "monthlyFund 0.00");
    assertThat(doc.get("wage").get("ownWage").asText()).isEqualTo("3000.00");
    assertThat(doc.get("wage").get("clamp").asText()).isEqualTo("RAISED_TO_LOWER_BOUND");
  }

  /** Injured 2010-06-01, grade 8: the 2003 Regulation, art. 35: 10 × 4,000 = 40,000.00. */
  @Test
  void injury2010UnderThe2003Regulation() throws Exception {
    JsonNode doc = compute("injury-2010-old-regulation.json");
    assertThat(items(doc)).containsExactly("ONE_TIME_DISABILITY_SUBSIDY 40000.00 FUND");
    assertThat(totals(doc))
        .containsExactly(
            "employer 0.00",
            "fund 40000.00",
            "total 40000.00",
            "monthlyEmployer 0.00",
            "monthlyFund 0.00");
    assertThat(doc.get("regime").get("code").asText()).isEqualTo("REGULATION_2003");
    assertThat(doc.get("regime").get("documentNumber").asText()).isEqualTo("国务院令第375号");
    assertThat(doc.get("items").get(0).get("citations").get(0).get("textZh").asText())
        .startsWith("《工伤保险条例》第三十五条");
  }
}
