package org.laborcalc.noncompete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * Non-compete files a clerk might get wrong, each refused at its path with a message in Chinese and
 * English — never a stack trace, never a silent default.
 */
class NonCompeteHostileInputTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  /** Agreed 5,000.00 a month, so that no minimum wage is read unless a case says otherwise. */
  private static final String BASE =
      "\"region\": \"370800\", \"employmentEnd\": \"2024-06-30\", \"termMonths\": 24,"
          + " \"agreedMonthly\": \"5000.00\", \"claimedThrough\": \"2025-06-30\"";

  private static String file(String caseFields) {
    return "{\"calculation\": \"non-compete\", \"formatVersion\": 1, \"case\": {"
        + caseFields
        + "}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a rescission after two unpaid months | RESCIND_2 | case.rescission.monthsUnpaidByEmployer"
            + " | INVALID_FIELD",
        "a release before the term | RELEASE_EARLY | case.release.on | INVALID_FIELD",
        "a release after the term | RELEASE_LATE | case.release.on | INVALID_FIELD",
        "released and rescinded | BOTH | case.rescission | INVALID_FIELD",
        "a term of 0 months | TERM_0 | case.termMonths | INVALID_FIELD",
        "a term left out | NO_TERM | case.termMonths | REQUIRED",
        "claimed through a day before the term | CLAIM_EARLY | case.claimedThrough | INVALID_FIELD",
        "a return above what was paid | RETURN | case.breach.agreedReturn | INVALID_FIELD",
        "a breach during the employment | BREACH_EARLY | case.breach.on | INVALID_FIELD",
        "nothing agreed and no wages | NO_WAGES | case.wages | REQUIRED",
        "thirteen wage months | WAGES_13 | case.wages | INVALID_FIELD",
        "a wage month after the end | WAGE_AFTER | case.wages[0].month | INVALID_FIELD",
        "a wage month given twice | WAGE_TWICE | case.wages[1].month | INVALID_FIELD",
        "money as a number | MONEY_NUMBER | case.agreedMonthly | INVALID_TYPE",
        "an unknown option value | OPTION | options.nonCompete.partMonth | INVALID_VALUE",
        "an unknown option | OPTION_NAME | options.nonCompete.rate | UNKNOWN_FIELD",
        "a region given by name | REGION | case.region | UNKNOWN_REGION",
        "a minimum wage no pack holds | NO_MINIMUM | parameters | MISSING_PARAMETER"
      })
  void isRefusedAtItsPath(String what, String which, String path, String code) {
    String wages12 = wages(2023, 7, 12);
    String f =
        switch (which) {
          case "RESCIND_2" ->
              file(
                  BASE
                      + ", \"rescission\": {\"on\": \"2025-01-10\", \"monthsUnpaidByEmployer\": 2}");
          case "RELEASE_EARLY" -> file(BASE + ", \"release\": {\"on\": \"2024-06-30\"}");
          case "RELEASE_LATE" -> file(BASE + ", \"release\": {\"on\": \"2026-07-01\"}");
          case "BOTH" ->
              file(
                  BASE
                      + ", \"release\": {\"on\": \"2025-01-01\"}, \"rescission\": {\"on\":"
                      + " \"2025-01-10\", \"monthsUnpaidByEmployer\": 3}");
          case "TERM_0" -> file(BASE.replace("\"termMonths\": 24", "\"termMonths\": 0"));
          case "NO_TERM" -> file(BASE.replace("\"termMonths\": 24,", ""));
          case "CLAIM_EARLY" -> file(BASE.replace("2025-06-30", "2024-06-30"));
          case "RETURN" ->
              file(
                  BASE
                      + ", \"alreadyPaid\": \"10000.00\", \"breach\": {\"on\": \"2025-01-10\","
                      + " \"agreedReturn\": \"10000.01\"}");
          case "BREACH_EARLY" -> file(BASE + ", \"breach\": {\"on\": \"2024-06-01\"}");
          case "NO_WAGES" -> file(BASE.replace(" \"agreedMonthly\": \"5000.00\",", ""));
          case "WAGES_13" ->
              file(
                  BASE.replace(" \"agreedMonthly\": \"5000.00\",", "")
                      + ", \"wages\": "
                      + wages(2023, 6, 13));
          case "WAGE_AFTER" ->
              file(BASE + ", \"wages\": [{\"month\": \"2024-07\", \"wage\": \"8000.00\"}]");
          case "WAGE_TWICE" ->
              file(
                  BASE
                      + ", \"wages\": [{\"month\": \"2024-05\", \"wage\": \"8000.00\"},"
                      + " {\"month\": \"2024-05\", \"wage\": \"8000.00\"}]");
          case "MONEY_NUMBER" -> file(BASE.replace("\"5000.00\"", "5000"));
          case "OPTION" ->
              file(BASE).replace("}}", "}, \"options\": {\"nonCompete.partMonth\": \"DAYS\"}}");
          case "OPTION_NAME" ->
              file(BASE).replace("}}", "}, \"options\": {\"nonCompete.rate\": \"30\"}}");
          case "REGION" -> file(BASE.replace("370800", "济宁"));
          case "NO_MINIMUM" ->
              file(
                  BASE.replace(" \"agreedMonthly\": \"5000.00\",", "") + ", \"wages\": " + wages12);
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
    if (which.equals("NO_MINIMUM")) {
      // One violation for each month of the term claimed (2024-07-01 … 2025-06-01): all at once.
      assertThat(vs).hasSize(12);
      assertThat(vs.get(0).messageZh()).contains("wage.minimumMonthly", "370800", "2024-07-01");
    }
  }

  private static String wages(int year, int month, int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      int m = (month - 1 + i) % 12 + 1;
      int y = year + (month - 1 + i) / 12;
      b.append(i == 0 ? "" : ", ")
          .append(String.format("{\"month\": \"%04d-%02d\", \"wage\": \"8000.00\"}", y, m));
    }
    return b.append("]").toString();
  }
}
