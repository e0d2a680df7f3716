package org.laborcalc.sickleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * Sick-leave files a clerk might get wrong, each refused at its path with a message in Chinese and
 * English — never a stack trace, never a silent default.
 */
class SickLeaveHostileInputTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  /** MP-4's facts: three months within six, used up on 2024-05-10. */
  private static final String BASE =
      "\"region\": \"110000\", \"workStarted\": \"2019-01-01\", \"employmentStart\": \"2022-01-01\","
          + " \"sickLeave\": [{\"from\": \"2024-01-10\", \"to\": \"2024-02-29\"},"
          + " {\"from\": \"2024-04-01\", \"to\": \"2024-05-31\"}]";

  private static final String RULE =
      ", \"sickPayRule\": {\"percent\": \"60\", \"monthlyWage\": \"4000.00\", \"source\": \"约定\"}";

  private static String file(String caseFields) {
    return "{\"calculation\": \"sick-leave\", \"formatVersion\": 1, \"case\": {"
        + caseFields
        + "}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sick pay after the medical period was used up | AFTER | case.sickPayMonths[0].month"
            + " | INVALID_FIELD",
        "sick pay for a month not wholly sick | PART | case.sickPayMonths[0].month | INVALID_FIELD",
        "sick pay without a local rule | NO_RULE | case.sickPayRule | REQUIRED",
        "a rule of 120% | RULE_120 | case.sickPayRule.percent | OUT_OF_RANGE",
        "overlapping periods | OVERLAP | case.sickLeave[2].from | INVALID_FIELD",
        "a period ending before it starts | BACKWARDS | case.sickLeave[0].to | INVALID_FIELD",
        "sick leave before the employment | BEFORE | case.sickLeave[0].from | INVALID_FIELD",
        "employment before the first job | START | case.employmentStart | INVALID_FIELD",
        "no sick leave | NONE | case.sickLeave | REQUIRED",
        "a first sick day before 479号 | OLD | parameters | MISSING_PARAMETER",
        "an unknown option value | OPTION | options.medicalPeriod.boundary | INVALID_VALUE",
        "money as a number | MONEY | case.sickPayRule.monthlyWage | INVALID_TYPE",
        "a date in 1880 | DATE | case.workStarted | OUT_OF_RANGE"
      })
  void isRefusedAtItsPath(String what, String which, String path, String code) {
    String f =
        switch (which) {
          case "AFTER" -> file(BASE + RULE + ", \"sickPayMonths\": [{\"month\": \"2024-05\"}]");
          case "PART" -> file(BASE + RULE + ", \"sickPayMonths\": [{\"month\": \"2024-03\"}]");
          case "NO_RULE" -> file(BASE + ", \"sickPayMonths\": [{\"month\": \"2024-02\"}]");
          case "RULE_120" -> file(BASE + RULE.replace("\"60\"", "\"120\""));
          case "OVERLAP" ->
              file(
                  BASE.replace(
                      "\"2024-05-31\"}]",
                      "\"2024-05-31\"}, {\"from\": \"2024-02-01\", \"to\": \"2024-02-10\"}]"));
          case "BACKWARDS" ->
              file(BASE.replace("\"to\": \"2024-02-29\"", "\"to\": \"2024-01-01\""));
          case "BEFORE" -> file(BASE.replace("2024-01-10", "2021-06-01"));
          case "START" -> file(BASE.replace("\"2022-01-01\"", "\"2018-01-01\""));
          case "NONE" ->
              file(BASE.substring(0, BASE.indexOf(", \"sickLeave\"")) + ", \"sickLeave\": []");
          case "OLD" ->
              file(
                  BASE.replace("2019-01-01", "1990-01-01")
                      .replace("2022-01-01", "1992-01-01")
                      .replace("2024-01-10", "1994-06-01")
                      .replace("2024-02-29", "1994-06-30")
                      .replace("2024-04-01", "1994-08-01")
                      .replace("2024-05-31", "1994-08-31"));
          case "OPTION" ->
              file(BASE).replace("}}", "}, \"options\": {\"medicalPeriod.boundary\": \"HIGHER\"}}");
          case "MONEY" -> file(BASE + RULE.replace("\"4000.00\"", "4000"));
          case "DATE" -> file(BASE.replace("2019-01-01", "1880-01-01"));
          default -> throw new IllegalArgumentException(which);
        };
    Outcome o = CALC.compute(f);
    List<Violation> vs = o.violations();
    assertThat(vs).as(what).isNotEmpty();
    assertThat(vs)
        .as(what)
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.code()).isEqualTo(code);
            });
    for (Violation v : vs) {
      assertThat(v.messageZh()).as(what).isNotBlank().doesNotContain("Exception");
      assertThat(v.messageEn()).as(what).isNotBlank().doesNotContain("Exception");
    }
    if (which.equals("AFTER")) {
      // 2024-05-10 is the last day of the medical period (MP-4): 2024-05-11 is the first outside.
      assertThat(vs.get(0).messageEn()).contains("2024-05-11");
    }
  }
}
