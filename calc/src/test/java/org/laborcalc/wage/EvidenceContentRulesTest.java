package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * The content rules of wage evidence, each on both sides of its edge: one record stated twice must
 * agree with itself (bank deposits in a month add up instead); a non-wage receipt (关于工资总额组成的规定 art.
 * 11) needs its reason; a gross-up needs a deduction rate strictly between 0 and 1.
 */
class EvidenceContentRulesTest {

  private static String wageCase(String options, String... items) {
    return """
        {"injuryDate": "2019-12-18", "employmentStart": "2019-03-01", "evidence": [%s]%s}"""
        .formatted(String.join(", ", items), options.isEmpty() ? "" : ", \"options\": " + options);
  }

  private static String item(
      String kind, String month, String through, String amount, String more) {
    return """
        {"kind": "%s", "month": "%s", "through": "%s", "amount": "%s"%s}"""
        .formatted(kind, month, through, amount, more.isEmpty() ? "" : ", " + more);
  }

  /** A wage case and the violations it must give as {@code "path CODE"}; none when empty. */
  record Rule(String what, String json, List<String> expected) {
    Rule(String what, String json, String... expected) {
      this(what, json, List.of(expected));
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private static List<String> violations(String json) {
    try {
      WageCaseJson.read(json);
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.path() + " " + v.code()).toList();
    }
  }

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule(
            "a non-wage receipt without its reason",
            wageCase(
                "", item("BANK_STATEMENT", "2019-03", "2019-03", "800.00", "\"nonWage\": true")),
            "evidence[0].nonWageReason REQUIRED"),
        new Rule(
            "a reason without the flag",
            wageCase(
                "",
                item(
                    "BANK_STATEMENT",
                    "2019-03",
                    "2019-03",
                    "800.00",
                    "\"nonWageReason\": \"报销款\"")),
            "evidence[0].nonWage INCONSISTENT"),
        new Rule(
            "a flagged receipt with its reason",
            wageCase(
                "",
                item(
                    "BANK_STATEMENT",
                    "2019-03",
                    "2019-03",
                    "800.00",
                    "\"nonWage\": true, \"nonWageReason\": \"报销款\""))),
        new Rule(
            "one payroll stated twice with two amounts for a shared month",
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-05", "3500.00", ""),
                item("PAYROLL", "2019-05", "2019-06", "3600.00", "")),
            "evidence[1].amount CONTRADICTORY"),
        new Rule(
            "one payroll stated twice with the same amount",
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-05", "3500.00", ""),
                item("PAYROLL", "2019-05", "2019-06", "3500.00", ""))),
        new Rule(
            "two payrolls for months that do not meet",
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-04", "3500.00", ""),
                item("PAYROLL", "2019-05", "2019-06", "3600.00", ""))),
        new Rule(
            "two payrolls from different sources",
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-05", "3500.00", "\"source\": \"单位提交\""),
                item("PAYROLL", "2019-03", "2019-05", "3600.00", "\"source\": \"劳动者提交\""))),
        new Rule(
            "a payroll and a pay slip disagreeing",
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-05", "3500.00", ""),
                item("PAY_SLIP", "2019-03", "2019-05", "3600.00", ""))),
        new Rule(
            "two bank deposits in one month",
            wageCase(
                "",
                item("BANK_STATEMENT", "2019-03", "2019-03", "3500.00", ""),
                item("BANK_STATEMENT", "2019-03", "2019-03", "3000.00", ""))),
        new Rule(
            "a payroll that disagrees with a non-wage record of the same kind",
            wageCase(
                "",
                item(
                    "PAYROLL",
                    "2019-03",
                    "2019-03",
                    "800.00",
                    "\"nonWage\": true, \"nonWageReason\": \"借款\""),
                item("PAYROLL", "2019-03", "2019-03", "3500.00", ""))),
        new Rule(
            "a gross-up without a rate",
            wageCase(
                "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\"}",
                item("BANK_STATEMENT", "2019-03", "2019-03", "6500.00", "")),
            "options.grossUpDeductionRate REQUIRED"),
        new Rule(
            "a deduction rate of 0",
            wageCase(
                "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\", \"grossUpDeductionRate\": {\"value\": \"0\","
                    + " \"description\": \"本地\"}}",
                item("BANK_STATEMENT", "2019-03", "2019-03", "6500.00", "")),
            "options.grossUpDeductionRate OUT_OF_RANGE"),
        new Rule(
            "a deduction rate of 1",
            wageCase(
                "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\", \"grossUpDeductionRate\": {\"value\": \"1\","
                    + " \"description\": \"本地\"}}",
                item("BANK_STATEMENT", "2019-03", "2019-03", "6500.00", "")),
            "options.grossUpDeductionRate OUT_OF_RANGE"),
        new Rule(
            "a deduction rate just under 1",
            wageCase(
                "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\", \"grossUpDeductionRate\": {\"value\":"
                    + " \"0.999\", \"description\": \"本地\"}}",
                item("BANK_STATEMENT", "2019-03", "2019-03", "6500.00", ""))),
        new Rule(
            "a deduction rate just over 0",
            wageCase(
                "{\"grossUp\": \"DIVIDE_BY_NET_SHARE\", \"grossUpDeductionRate\": {\"value\":"
                    + " \"0.00000001\", \"description\": \"本地\"}}",
                item("BANK_STATEMENT", "2019-03", "2019-03", "6500.00", ""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleOnBothSidesOfItsEdge(Rule rule) {
    assertThat(violations(rule.json())).containsExactlyInAnyOrderElementsOf(rule.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contradictions")
  void aContradictionNamesTheFirstSharedMonthAndTheSource(String json, String zh, String en) {
    Violation v =
        catchThrowableOfType(InvalidInputException.class, () -> WageCaseJson.read(json))
            .violations()
            .get(0);
    assertThat(v.messageZh()).contains(zh);
    assertThat(v.messageEn()).contains(en);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> contradictions() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            wageCase(
                "",
                item("PAYROLL", "2019-03", "2019-06", "3500.00", ""),
                item("PAYROLL", "2019-05", "2019-08", "3600.00", "")),
            "同一来源（用人单位工资表）、同一月份（2019-05）的金额不一致（3600.00元与3500.00元）",
            "same source (employer payroll record), same month (2019-05), amounts 3600.00 and"
                + " 3500.00"),
        org.junit.jupiter.params.provider.Arguments.of(
            wageCase(
                "",
                item("WITNESS", "2019-05", "2019-08", "3600.00", "\"source\": \"证人甲\""),
                item("WITNESS", "2019-03", "2019-06", "3500.00", "\"source\": \"证人甲\"")),
            "与evidence[0]同一来源（证人甲）、同一月份（2019-05）",
            "contradicts evidence[0]: same source (证人甲), same month (2019-05)"));
  }
}
