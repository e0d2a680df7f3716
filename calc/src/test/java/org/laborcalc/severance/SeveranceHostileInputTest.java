package org.laborcalc.severance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * Hostile and mistaken severance case files: each problem a located violation (path from the file's
 * root, code, Chinese and English), never a stack trace or a silent default. The base is the N-2
 * worked example.
 */
class SeveranceHostileInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static ObjectNode base() {
    try (InputStream in =
        SeveranceHostileInputTest.class.getResourceAsStream(
            "/org/laborcalc/severance/worked/n2-after-medical-period-with-notice-pay.json")) {
      return (ObjectNode) JSON.readTree(in).get("file").deepCopy();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Violation> problems(Consumer<ObjectNode> mutation) {
    ObjectNode f = base();
    mutation.accept(f);
    Outcome o = CALC.compute(f.toString());
    assertThat(o.isValid()).isFalse();
    assertThat(CALC.validateJson(f.toString())).isEqualTo(o.violations());
    assertThat(o.violations())
        .allSatisfy(
            v -> {
              assertThat(v.messageZh()).isNotBlank();
              assertThat(v.messageEn()).isNotBlank();
            });
    return o.violations();
  }

  private static ObjectNode node(ObjectNode f, String path) {
    JsonNode n = f;
    for (String p : path.split("\\.")) {
      n = n.get(p);
    }
    return (ObjectNode) n;
  }

  @Test
  void terminationBeforeStart() {
    assertThat(problems(f -> node(f, "case.termination").put("date", "2021-06-30")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.termination.date", "TERMINATION_BEFORE_START"));
  }

  @Test
  void terminationBefore2008HasNoApplicableRule() {
    assertThat(
            problems(
                f -> {
                  node(f, "case.employment").put("start", "2005-01-01");
                  node(f, "case.termination").put("date", "2007-12-31");
                }))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.termination.date", "NO_APPLICABLE_RULE"));
  }

  @Test
  void aGroundThatContradictsTheInitiator() {
    assertThat(problems(f -> node(f, "case.termination").put("ground", "LCL_37")))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.termination.ground", "GROUND_CONTRADICTS_INITIATOR"));
  }

  @Test
  void anUnlawfulResignation() {
    assertThat(
            problems(
                f ->
                    node(f, "case.termination")
                        .put("initiatedBy", "WORKER")
                        .put("ground", "LCL_38_1_2")
                        .put("unlawful", true)))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.termination.unlawful", "UNLAWFUL_NEEDS_EMPLOYER"));
  }

  @Test
  void absurdWages() {
    assertThat(
            problems(
                f -> {
                  ((ObjectNode) f.at("/case/wage/evidence/0")).put("amount", "99999999.00");
                  node(f, "case.noticePay").put("lastMonthStandardWage", "20000000.00");
                }))
        .extracting(Violation::path)
        .contains("case.wage.evidence[0].amount", "case.noticePay.lastMonthStandardWage");
  }

  @Test
  void aWageAsAJsonNumberIsRefused() {
    assertThat(problems(f -> ((ObjectNode) f.at("/case/wage/evidence/1")).put("amount", 1920)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.wage.evidence[1].amount", "INVALID_TYPE"));
  }

  @Test
  void unknownFieldsGroundsAndOptions() {
    assertThat(problems(f -> node(f, "case").put("salary", "1.00")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.salary", "UNKNOWN_FIELD"));
    assertThat(problems(f -> node(f, "case.termination").put("ground", "LCL_99")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.termination.ground", "INVALID_VALUE"));
    assertThat(
            problems(
                f ->
                    f.putObject("options")
                        .put("severance.windows", "X")
                        .put("severance.window", "X")
                        .put("severance.overtimeInAverage", "NONE")
                        .put("noticePay.basis", 3)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("options.severance.windows", "UNKNOWN_FIELD"),
            tuple("options.severance.window", "INVALID_VALUE"),
            tuple("options.severance.overtimeInAverage", "INVALID_VALUE"),
            tuple("options.noticePay.basis", "INVALID_VALUE"));
  }

  @Test
  void missingFieldsAreListedTogether() {
    assertThat(
            problems(
                f -> {
                  node(f, "case").remove("region");
                  node(f, "case.termination").remove("ground");
                  node(f, "case.employment").remove("start");
                }))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("case.region", "REQUIRED"),
            tuple("case.employment.start", "REQUIRED"),
            tuple("case.termination.ground", "REQUIRED"));
  }

  @Test
  void everyMissingFigureIsNamedNeverZero() {
    List<Violation> vs = problems(f -> f.remove("parameters"));
    assertThat(vs)
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("parameters", "MISSING_PARAMETER"), tuple("parameters", "MISSING_PARAMETER"));
    assertThat(vs.get(0).messageEn()).contains("wage.minimumMonthly", "370800", "2024-06-28");
    assertThat(vs.get(1).messageEn())
        .contains("wage.regionalAverageMonthly", "370800", "the year 2023");
  }

  @Test
  void aProvinceWideAverageIsNotTheCitys() {
    List<Violation> vs =
        problems(
            f -> {
              ArrayNode entries = (ArrayNode) f.at("/parameters/entries");
              ((ObjectNode) entries.get(1)).put("region", "370000");
            });
    assertThat(vs)
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("parameters", "MISSING_PARAMETER"));
    assertThat(vs.get(0).messageEn()).contains("wage.regionalAverageMonthly", "370800");
  }

  @Test
  void theRegionMustBeACity() {
    assertThat(problems(f -> node(f, "case").put("region", "370000")))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.region", "NOT_A_CITY"));
    assertThat(problems(f -> node(f, "case").put("region", "999999")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.region", "UNKNOWN_REGION"));
  }

  @Test
  void aNameWhereTheCodeBelongsGetsTheCodeSuggested() {
    // The same words as in every other case file and on the command line (Regions' suggestions):
    // 济宁 is 370800, the N-2 case's own city.
    Violation v =
        problems(f -> node(f, "case").put("region", "济宁")).stream()
            .filter(x -> x.path().equals("case.region"))
            .findFirst()
            .orElseThrow();
    assertThat(v.code()).isEqualTo("UNKNOWN_REGION");
    assertThat(v.messageZh()).contains("370800");
    assertThat(v.messageEn()).contains("370800");
  }

  @Test
  void inputsNoRuleUsesAreRefused() {
    assertThat(
            problems(
                f -> {
                  node(f, "case.termination").put("ground", "LCL_36_EMPLOYER_PROPOSED");
                  node(f, "case.termination").put("initiatedBy", "MUTUAL_AGREEMENT");
                  node(f, "case.termination").put("writtenNoticeDate", "2024-05-01");
                }))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("case.termination.writtenNoticeDate", "NOT_USED"),
            tuple("case.noticePay.lastMonthStandardWage", "NOT_USED"));
    assertThat(
            problems(
                f ->
                    node(f, "case")
                        .putObject("reinstatement")
                        .put("resumedOn", "2024-09-01")
                        .put("normalMonthlyWage", "4000.00")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.reinstatement", "NOT_USED"));
  }

  @Test
  void evidenceAfterTheTerminationMonth() {
    assertThat(
            problems(f -> ((ObjectNode) f.at("/case/wage/evidence/1")).put("through", "2024-08")))
        .extracting(Violation::path)
        .containsExactly("case.wage.evidence[1].through");
  }

  @Test
  void noticeAfterTheTermination() {
    assertThat(problems(f -> node(f, "case.termination").put("writtenNoticeDate", "2024-07-01")))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.termination.writtenNoticeDate", "NOTICE_AFTER_TERMINATION"));
  }

  @Test
  void aCaseThatIsNotAnObject() {
    assertThat(problems(f -> f.put("case", "oops")))
        .extracting(Violation::path)
        .containsExactly("case");
  }

  @Test
  void priorServiceMustEndTheDayBeforeTheStart() {
    assertThat(
            problems(
                f ->
                    node(f, "case")
                        .putObject("priorService")
                        .put("start", "2015-01-01")
                        .put("lastDay", "2021-05-31")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.priorService.lastDay", "NOT_CONTIGUOUS"));
  }

  private static ArrayNode overtime(ObjectNode f) {
    return node(f, "case.wage").putArray("overtimePay");
  }

  @Test
  void excludingOvertimeWithoutTheSplitAsksForEveryMonthAveraged() {
    // N-2's window 2023-06..2024-05, every month with evidence: all twelve are asked for.
    assertThat(problems(f -> f.putObject("options").put("severance.overtimeInAverage", "EXCLUDE")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("case.wage.overtimePay");
              assertThat(v.code()).isEqualTo("OVERTIME_SPLIT_REQUIRED");
              assertThat(v.messageEn())
                  .endsWith(
                      "missing: 2023-06, 2023-07, 2023-08, 2023-09, 2023-10, 2023-11, 2023-12,"
                          + " 2024-01, 2024-02, 2024-03, 2024-04, 2024-05");
            });
    // The split for 2023 only: the five months of 2024 are still missing.
    assertThat(
            problems(
                f -> {
                  f.putObject("options").put("severance.overtimeInAverage", "EXCLUDE");
                  overtime(f)
                      .addObject()
                      .put("month", "2023-06")
                      .put("through", "2023-12")
                      .put("amount", "0.00");
                }))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.messageEn())
                    .endsWith("missing: 2024-01, 2024-02, 2024-03, 2024-04, 2024-05"));
  }

  @Test
  void overtimeAboveTheMonthsWageIsRefusedAtTheEntry() {
    // 2024-01..05 were fixed at 1,920.00; 2,000.00 of overtime within them is absurd.
    assertThat(
            problems(
                f -> {
                  f.putObject("options").put("severance.overtimeInAverage", "EXCLUDE");
                  ArrayNode a = overtime(f);
                  a.addObject()
                      .put("month", "2023-06")
                      .put("through", "2023-12")
                      .put("amount", "500.00");
                  a.addObject()
                      .put("month", "2024-01")
                      .put("through", "2024-05")
                      .put("amount", "2000.00");
                }))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("case.wage.overtimePay[1].amount");
              assertThat(v.code()).isEqualTo("OVERTIME_ABOVE_MONTH_WAGE");
              assertThat(v.messageEn())
                  .isEqualTo(
                      "the overtime pay of 2024-01 (2000.00) is above the month's wage (1920.00)");
            });
  }

  @Test
  void malformedOvertimeEntriesAreLocated() {
    assertThat(
            problems(
                f -> {
                  ArrayNode a = overtime(f);
                  a.addObject()
                      .put("month", "2023-08")
                      .put("through", "2023-07")
                      .put("amount", "1.00");
                  a.addObject().put("month", "2023-09").put("amount", "-1.00");
                  a.addObject()
                      .put("month", "2023-10")
                      .put("through", "2023-11")
                      .put("amount", "1.00");
                  a.addObject().put("month", "2023-11").put("amount", "1.00");
                }))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("case.wage.overtimePay[0].through", "END_BEFORE_START"),
            tuple("case.wage.overtimePay[1].amount", "IMPLAUSIBLE_WAGE"),
            tuple("case.wage.overtimePay[3].month", "DUPLICATE_MONTH"));
    assertThat(problems(f -> overtime(f).addObject().put("month", "2023-09").put("amount", 100)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.wage.overtimePay[0].amount", "INVALID_TYPE"));
  }

  @Test
  void aContractSignedAfterTheTerminationIsRefused() {
    // N-2 ended 2024-06-28.
    assertThat(problems(f -> node(f, "case.employment").put("contractSignedOn", "2024-07-01")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.employment.contractSignedOn", "CONTRACT_AFTER_TERMINATION"));
  }

  @Test
  void aContractSignedBeforeTheStartOfWorkDoesNotMoveTheService() {
    ObjectNode f = base();
    node(f, "case.employment").put("contractSignedOn", "2021-06-15");
    SeveranceResult r = CALC.compute(f.toString()).result(SeveranceResult.class);
    // 劳动合同法第十条第三款: the service still runs from 2021-07-01 (2 years 11 months 28 days → 3).
    assertThat(r.service().start()).isEqualTo(java.time.LocalDate.of(2021, 7, 1));
    assertThat(r.total().toString()).isEqualTo("13399.99");
    assertThat(r.notices())
        .extracting(SeveranceResult.Notice::code)
        .contains("CONTRACT_BEFORE_START_OF_WORK");
  }

  @Test
  void aFaultShareOutsideZeroToAHundredIsRefused() {
    for (String share : List.of("0", "100.5", "-10", "33.333")) {
      assertThat(
              problems(
                  f -> {
                    node(f, "case.termination").put("unlawful", true);
                    ((ObjectNode) f.get("case")).remove("noticePay");
                    node(f, "case")
                        .putObject("reinstatement")
                        .put("resumedOn", "2024-09-16")
                        .put("normalMonthlyWage", "4000.00")
                        .put("employerSharePercent", new java.math.BigDecimal(share));
                  }))
          .as(share)
          .extracting(Violation::path, Violation::code)
          .containsExactly(tuple("case.reinstatement.employerSharePercent", "OUT_OF_RANGE"));
    }
  }

  @Test
  void anAgreedRegistrationPlaceMustBeACityWithItsFigures() {
    assertThat(problems(f -> node(f, "case").put("agreedRegistrationPlace", "370000")))
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.agreedRegistrationPlace", "NOT_A_CITY"));
    // Jinan's minimum wage and 2023 average are in no pack: both are named, never zero.
    assertThat(problems(f -> node(f, "case").put("agreedRegistrationPlace", "370100")))
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("parameters", "MISSING_PARAMETER"), tuple("parameters", "MISSING_PARAMETER"));
  }
}
