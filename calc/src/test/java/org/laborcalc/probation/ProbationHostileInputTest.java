package org.laborcalc.probation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * Art. 83 files a clerk might get wrong, each refused at its path with a message in Chinese and
 * English — never a stack trace, never a silent default.
 */
class ProbationHostileInputTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static final String BASE =
      "\"region\": \"110000\", \"contract\": \"FIXED_TERM\", \"contractStart\": \"2024-01-01\","
          + " \"contractEnd\": \"2025-12-31\", \"probationFrom\": \"2024-01-01\","
          + " \"probationTo\": \"2024-06-30\", \"performedThrough\": \"2024-06-30\","
          + " \"monthlyWage\": \"10000.00\"";

  private static String file(String caseFields) {
    return "{\"calculation\": \"probation-damages\", \"formatVersion\": 1, \"case\": {"
        + caseFields
        + "}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a fixed term without its end | NO_END | case.contractEnd | REQUIRED",
        "an open-ended contract with an end | END | case.contractEnd | INVALID_FIELD",
        "a probation past the term | PAST | case.probationTo | INVALID_FIELD",
        "a probation before the contract | BEFORE | case.probationFrom | INVALID_FIELD",
        "a probation ending before it starts | BACKWARDS | case.probationTo | INVALID_FIELD",
        "performed before the probation | PERFORMED | case.performedThrough | INVALID_FIELD",
        "a zero wage | ZERO | case.monthlyWage | INVALID_FIELD",
        "an unknown contract kind | KIND | case.contract | INVALID_VALUE",
        "a wage as a number | MONEY | case.monthlyWage | INVALID_TYPE",
        "a contract before the law | OLD | parameters | MISSING_PARAMETER",
        "an unknown option | OPTION | options.probation.rate | UNKNOWN_FIELD"
      })
  void isRefusedAtItsPath(String what, String which, String path, String code) {
    String f =
        switch (which) {
          case "NO_END" -> file(BASE.replace(" \"contractEnd\": \"2025-12-31\",", ""));
          case "END" -> file(BASE.replace("FIXED_TERM", "OPEN_ENDED"));
          case "PAST" -> file(BASE.replace("2025-12-31", "2024-05-31"));
          case "BEFORE" ->
              file(
                  BASE.replace(
                      "\"probationFrom\": \"2024-01-01\"", "\"probationFrom\": \"2023-12-01\""));
          case "BACKWARDS" ->
              file(
                  BASE.replace(
                      "\"probationTo\": \"2024-06-30\"", "\"probationTo\": \"2023-06-30\""));
          case "PERFORMED" ->
              file(
                  BASE.replace(
                      "\"performedThrough\": \"2024-06-30\"",
                      "\"performedThrough\": \"2023-12-31\""));
          case "ZERO" -> file(BASE.replace("10000.00", "0.00"));
          case "KIND" -> file(BASE.replace("FIXED_TERM", "SEASONAL"));
          case "MONEY" -> file(BASE.replace("\"10000.00\"", "10000"));
          case "OLD" -> file(BASE.replace("2024-", "2007-").replace("2025-", "2008-"));
          case "OPTION" -> file(BASE).replace("}}", "}, \"options\": {\"probation.rate\": \"1\"}}");
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
  }
}
