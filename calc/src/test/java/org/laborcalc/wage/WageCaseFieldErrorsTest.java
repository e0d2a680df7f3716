package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;

/**
 * Each malformed field of a wage case file is named where it is, with its own code: the worker's
 * evidence must never be dropped silently because a field was misspelt or mistyped.
 */
class WageCaseFieldErrorsTest {

  private static final String ITEM =
      """
      {"kind": "BANK_STATEMENT", "month": "2019-03", "amount": "6500.00"}""";

  private static String wageCase(String evidence, String extra) {
    return """
        {"injuryDate": "2019-12-18", "employmentStart": "2019-03-01", "evidence": [%s]%s}"""
        .formatted(evidence, extra.isEmpty() ? "" : ", " + extra);
  }

  /** A malformed case file and the violation it must give as {@code "path CODE"}. */
  record Bad(String what, String json, String expected) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Bad> bad() {
    return Stream.of(
        new Bad(
            "evidence an object",
            "{\"injuryDate\": \"2019-12-18\", \"employmentStart\": \"2019-03-01\", \"evidence\": {}}",
            "evidence WRONG_TYPE"),
        new Bad("an item that is a string", wageCase("\"bank\"", ""), "evidence[0] WRONG_TYPE"),
        new Bad(
            "an item without a kind",
            wageCase("{\"month\": \"2019-03\", \"amount\": \"6500.00\"}", ""),
            "evidence[0].kind REQUIRED"),
        new Bad(
            "a kind that is a number",
            wageCase("{\"kind\": 1, \"month\": \"2019-03\", \"amount\": \"6500.00\"}", ""),
            "evidence[0].kind WRONG_TYPE"),
        new Bad(
            "an item without a month",
            wageCase(ITEM + ", {\"kind\": \"PAYROLL\", \"amount\": \"6500.00\"}", ""),
            "evidence[1].month REQUIRED"),
        new Bad(
            "a month that is a number",
            wageCase("{\"kind\": \"PAYROLL\", \"month\": 201903, \"amount\": \"6500.00\"}", ""),
            "evidence[0].month MALFORMED_MONTH"),
        new Bad(
            "an amount that is a number",
            wageCase("{\"kind\": \"PAYROLL\", \"month\": \"2019-03\", \"amount\": 6500}", ""),
            "evidence[0].amount WRONG_TYPE"),
        new Bad(
            "an amount with three decimals",
            wageCase(
                "{\"kind\": \"PAYROLL\", \"month\": \"2019-03\", \"amount\": \"6500.001\"}", ""),
            "evidence[0].amount MALFORMED_AMOUNT"),
        new Bad(
            "an item without an amount",
            wageCase("{\"kind\": \"PAYROLL\", \"month\": \"2019-03\"}", ""),
            "evidence[0].amount REQUIRED"),
        new Bad(
            "an id that is a number",
            wageCase(
                "{\"kind\": \"PAYROLL\", \"month\": \"2019-03\", \"amount\": \"6500.00\", \"id\": 3}",
                ""),
            "evidence[0].id WRONG_TYPE"),
        new Bad(
            "a flag that is a string",
            wageCase(
                "{\"kind\": \"PAYROLL\", \"month\": \"2019-03\", \"amount\": \"6500.00\","
                    + " \"signedByWorker\": \"yes\"}",
                ""),
            "evidence[0].signedByWorker WRONG_TYPE"),
        new Bad(
            "a misspelt item field",
            wageCase(
                "{\"kind\": \"PAYROLL\", \"month\": \"2019-03\", \"amount\": \"6500.00\","
                    + " \"signed\": true}",
                ""),
            "evidence[0].signed UNKNOWN_FIELD"),
        new Bad(
            "an injury date that is a number (the case's injury.date)",
            "{\"injuryDate\": 20191218, \"employmentStart\": \"2019-03-01\", \"evidence\": []}",
            "injuryDate WRONG_TYPE"),
        new Bad(
            "no employment start",
            "{\"injuryDate\": \"2019-12-18\", \"evidence\": []}",
            "employmentStart REQUIRED"),
        new Bad(
            "procedure a string",
            wageCase(ITEM, "\"procedure\": \"ordered\""),
            "procedure WRONG_TYPE"),
        new Bad(
            "an unknown production order",
            wageCase(ITEM, "\"procedure\": {\"payrollOrder\": \"REFUSED\"}"),
            "procedure.payrollOrder UNKNOWN_VALUE"),
        new Bad(
            "a production order that is a number",
            wageCase(ITEM, "\"procedure\": {\"payrollOrder\": 2}"),
            "procedure.payrollOrder UNKNOWN_VALUE"),
        new Bad(
            "a misspelt procedure field",
            wageCase(ITEM, "\"procedure\": {\"order\": \"NONE\"}"),
            "procedure.order UNKNOWN_FIELD"),
        new Bad(
            "an order reference that is a number",
            wageCase(
                ITEM, "\"procedure\": {\"payrollOrder\": \"NOT_COMPLIED\", \"orderReference\": 7}"),
            "procedure.orderReference WRONG_TYPE"),
        new Bad("options a list", wageCase(ITEM, "\"options\": []"), "options WRONG_TYPE"),
        new Bad(
            "a misspelt option",
            wageCase(ITEM, "\"options\": {\"conflict\": \"HIGHER_AMOUNT\"}"),
            "options.conflict UNKNOWN_FIELD"),
        new Bad(
            "an unknown conflict policy",
            wageCase(ITEM, "\"options\": {\"conflictPolicy\": \"AVERAGE\"}"),
            "options.conflictPolicy UNKNOWN_VALUE"),
        new Bad(
            "a deduction rate that is a number",
            wageCase(ITEM, "\"options\": {\"grossUpDeductionRate\": 0.105}"),
            "options.grossUpDeductionRate WRONG_TYPE"),
        new Bad(
            "a deduction rate value that is a number",
            wageCase(
                ITEM,
                "\"options\": {\"grossUpDeductionRate\": {\"value\": 0.105, \"description\":"
                    + " \"本地缴费比例\"}}"),
            "options.grossUpDeductionRate.value WRONG_TYPE"),
        new Bad(
            "a deduction rate with nine decimals",
            wageCase(
                ITEM,
                "\"options\": {\"grossUpDeductionRate\": {\"value\": \"0.123456789\","
                    + " \"description\": \"本地缴费比例\"}}"),
            "options.grossUpDeductionRate.value MALFORMED_NUMBER"),
        new Bad(
            "a deduction rate without its source",
            wageCase(
                ITEM,
                "\"options\": {\"grossUpDeductionRate\": {\"value\": \"0.105\", \"description\":"
                    + " \" \"}}"),
            "options.grossUpDeductionRate.description REQUIRED"),
        new Bad(
            "a deduction rate with a stray field",
            wageCase(
                ITEM,
                "\"options\": {\"grossUpDeductionRate\": {\"value\": \"0.105\", \"description\":"
                    + " \"本地缴费比例\", \"year\": 2019}}"),
            "options.grossUpDeductionRate.year UNKNOWN_FIELD"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad")
  void eachMalformedFieldIsLocated(Bad bad) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> WageCaseJson.read(bad.json()));
    assertThat(e).as("an InvalidInputException").isNotNull();
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).contains(bad.expected());
  }

  @Test
  void wageFactsThatAreNotAnObjectAreRefusedWhereTheyStand() {
    InvalidInputException nested =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LaborCalcJson.readCaseFile(WageCaseJson.caseFile("\"wage\"")));
    assertThat(nested.violations())
        .extracting(v -> v.path() + " " + v.code())
        .contains("case.wage WRONG_TYPE");
    InvalidInputException located =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LaborCalcJson.readCaseFile(WageCaseJson.caseFile(wageCase("1", ""))));
    assertThat(located.violations())
        .extracting(v -> v.path() + " " + v.code())
        .contains("case.wage.evidence[0] WRONG_TYPE");
  }

  @Test
  void optionalFieldsAreReadAndDefaulted() {
    WageCase c =
        WageCaseJson.read(
            wageCase(
                """
                {"kind": "PAYROLL", "month": "2019-03", "through": "2019-04", "amount": "6500.00",
                 "id": "证据1", "source": "单位提交", "signedByWorker": true, "payerIsEmployer": false,
                 "netOfDeductions": true, "nonWage": false, "nonWageReason": null}""",
                """
                "procedure": {"payrollOrder": "NOT_COMPLIED", "orderReference": "（2020）仲字第1号"},
                "options": {"conflictPolicy": "LOWER_AMOUNT", "grossUp": "DIVIDE_BY_NET_SHARE",
                 "grossUpDeductionRate": {"value": "0.105", "description": "本地缴费比例"},
                 "partialMonthPolicy": "PRO_RATE"}"""));
    EvidenceItem item = c.evidence().get(0);
    assertThat(item.id()).isEqualTo("证据1");
    assertThat(item.source()).isEqualTo("单位提交");
    assertThat(item.through()).hasToString("2019-04");
    assertThat(item.amount()).isEqualTo(Money.parse("6500.00"));
    assertThat(item.signedByWorker()).isTrue();
    assertThat(item.payerIsEmployer()).isFalse();
    assertThat(item.netOfDeductions()).isTrue();
    assertThat(c.procedure().employerWithheldRecords()).isTrue();
    assertThat(c.procedure().orderReference()).isEqualTo("（2020）仲字第1号");
    assertThat(c.options().conflictPolicy()).isEqualTo(ConflictPolicy.LOWER_AMOUNT);
    assertThat(c.options().grossUp()).isEqualTo(GrossUpPolicy.DIVIDE_BY_NET_SHARE);
    assertThat(c.options().grossUpDeductionRate().value()).isEqualByComparingTo("0.105");
    assertThat(c.options().partialMonthPolicy()).isEqualTo(PartialMonthPolicy.PRO_RATE);

    WageCase defaults = WageCaseJson.read(wageCase(ITEM, ""));
    EvidenceItem bank = defaults.evidence().get(0);
    // a bank deposit is net of deductions unless said otherwise; the payer is the employer
    assertThat(bank.netOfDeductions()).isTrue();
    assertThat(bank.payerIsEmployer()).isTrue();
    assertThat(bank.signedByWorker()).isFalse();
    assertThat(defaults.procedure()).isEqualTo(ProceduralFacts.none());
    assertThat(defaults.options()).isEqualTo(WageOptions.defaults());
  }
}
