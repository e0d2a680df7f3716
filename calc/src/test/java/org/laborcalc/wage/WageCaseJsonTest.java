package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.seedCase;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.json.LaborCalcJson;

/**
 * The evidence of pay in a case file ({@link WageCaseJson}): every problem of form and of content,
 * located, in one error.
 */
class WageCaseJsonTest {

  private static InvalidInputException failure(String json) {
    try {
      WageCaseJson.read(json);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidInputException for " + json);
  }

  @Test
  void readsTheSeedCase() {
    StringBuilder evidence = new StringBuilder();
    for (int m = 3; m <= 11; m++) {
      String month = String.format("\"2019-%02d\"", m);
      evidence
          .append(evidence.length() == 0 ? "" : ",")
          .append("{\"id\":\"被申请人证据1\",\"kind\":\"PAYROLL\",\"month\":")
          .append(month)
          .append(",\"amount\":\"3500\",\"signedByWorker\":false},")
          .append("{\"id\":\"申请人证据2\",\"kind\":\"BANK_STATEMENT\",\"month\":")
          .append(month)
          .append(",\"amount\":\"6500.00\"}");
    }
    String json =
        "{\"injuryDate\":\"2019-12-18\",\"employmentStart\":\"2019-03-01\",\"evidence\":["
            + evidence
            + "]}";
    WageCase c = WageCaseJson.read(json);
    assertThat(c).isEqualTo(seedCase());
    assertThat(OwnWageBase.determine(c, FIGURES).average()).isEqualTo(yuan("6500.00"));
  }

  @Test
  void readsProcedureOptionsAndPeriods() {
    WageCase c =
        WageCaseJson.read(
            """
            {"injuryDate": "2019-12-18", "employmentStart": "2019-03-16",
             "evidence": [
               {"kind": "WORKER_STATEMENT", "month": "2019-03", "through": "2019-11",
                "amount": "7000.00", "id": "仲裁申请书"},
               {"kind": "BANK_STATEMENT", "month": "2019-04", "amount": "800",
                "nonWage": true, "nonWageReason": "借款", "payerIsEmployer": false}
             ],
             "procedure": {"payrollOrder": "NOT_COMPLIED", "orderReference": "举证通知书"},
             "options": {"conflictPolicy": "LOWER_AMOUNT", "partialMonthPolicy": "PRO_RATE",
                         "grossUp": "DIVIDE_BY_NET_SHARE",
                         "grossUpDeductionRate": {"value": "0.105", "description": "申请人主张"}}}
            """);
    assertThat(c.evidence().get(0).through()).isEqualTo(ym(2019, 11));
    assertThat(c.evidence().get(1).nonWage()).isTrue();
    assertThat(c.evidence().get(1).payerIsEmployer()).isFalse();
    assertThat(c.evidence().get(1).netOfDeductions()).isTrue();
    assertThat(c.procedure().employerWithheldRecords()).isTrue();
    assertThat(c.options().conflictPolicy()).isEqualTo(ConflictPolicy.LOWER_AMOUNT);
    assertThat(c.options().partialMonthPolicy()).isEqualTo(PartialMonthPolicy.PRO_RATE);
    assertThat(c.options().grossUpDeductionRate().value()).isEqualByComparingTo("0.105");
  }

  @Test
  void anUnknownEvidenceKindIsLocated() {
    InvalidInputException e =
        failure(
            """
            {"injuryDate": "2019-12-18", "employmentStart": "2019-03-01",
             "evidence": [{"kind": "BANK_STATEMENT", "month": "2019-05", "amount": "6500"},
                          {"kind": "WECHAT_TRANSFER", "month": "2019-05", "amount": "6500"}]}
            """);
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("evidence[1].kind");
              assertThat(v.code()).isEqualTo("UNKNOWN_KIND");
              assertThat(v.messageZh()).contains("WECHAT_TRANSFER").contains("BANK_STATEMENT");
            });
  }

  @Test
  void problemsOfFormAndOfContentAreReportedTogether() {
    InvalidInputException e =
        failure(
            """
            {"injuryDate": "2019-12-18", "employmentStart": "2019-03-01", "wage": 1,
             "evidence": [
               {"kind": "BANK_STATEMENT", "month": "2019-05", "amount": 6500},
               {"kind": "PAYROLL", "month": "2019/06", "amount": "3500"},
               {"kind": "PAYROLL", "month": "2020-01", "amount": "3500", "ammount": "1"},
               {"kind": "TAX_RECORD", "month": "2019-07", "amount": "-7000"},
               {"kind": "PAY_SLIP", "month": "2019-08", "amount": "6500.005"}
             ],
             "options": {"conflictPolicy": "AVERAGE"}}
            """);
    assertThat(e.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("wage", "UNKNOWN_FIELD"),
            tuple("evidence[0].amount", "WRONG_TYPE"),
            tuple("evidence[1].month", "MALFORMED_MONTH"),
            tuple("evidence[2].ammount", "UNKNOWN_FIELD"),
            tuple("evidence[2].month", "AFTER_INJURY"),
            tuple("evidence[4].amount", "MALFORMED_AMOUNT"),
            tuple("options.conflictPolicy", "UNKNOWN_VALUE"),
            tuple("evidence[3].amount", "NEGATIVE"));
  }

  @Test
  void contentChecksKeepTheOriginalIndexWhenAnEarlierItemIsMalformed() {
    InvalidInputException e =
        failure(
            """
            {"injuryDate": "2019-12-18", "employmentStart": "2019-03-01",
             "evidence": [{"kind": "NOPE", "month": "2019-05", "amount": "1"},
                          {"kind": "PAYROLL", "month": "2020-02", "amount": "3500"}]}
            """);
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactly("evidence[0].kind", "evidence[1].month");
  }

  @Test
  void missingFieldsAreReported() {
    // The dates are the case's (employment before injury in the file); malformed JSON and
    // duplicate keys are the document's, in CaseFileErrorsTest.
    assertThat(failure("{\"evidence\": [{}]}").violations())
        .extracting(Violation::path, Violation::code)
        .containsExactlyInAnyOrder(
            tuple("injuryDate", "REQUIRED"),
            tuple("employmentStart", "REQUIRED"),
            tuple("evidence[0].kind", "REQUIRED"),
            tuple("evidence[0].month", "REQUIRED"),
            tuple("evidence[0].amount", "REQUIRED"));
  }

  @Test
  void theEvidenceIsLocatedInTheCaseFile() {
    String file =
        WageCaseJson.caseFile(
            "{\"injuryDate\":\"2019-12-18\",\"employmentStart\":\"2019-03-01\","
                + "\"evidence\":[{\"kind\":\"X\",\"month\":\"2019-05\",\"amount\":\"1\"}]}");
    assertThatThrownBy(() -> LaborCalcJson.readCaseFile(file))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly("case.wage.evidence[0].kind"));
  }
}
