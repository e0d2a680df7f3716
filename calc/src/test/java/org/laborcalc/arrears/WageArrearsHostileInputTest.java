package org.laborcalc.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * Files a tribunal clerk might get wrong, each refused at its path with a message in Chinese and
 * English — never a stack trace, never a silent default.
 */
class WageArrearsHostileInputTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static String file(String monthsAndMore) {
    return "{\"calculation\": \"wage-arrears\", \"formatVersion\": 1, \"case\": {\"region\": \"370800\", "
        + monthsAndMore
        + "}}";
  }

  private static final String MONTH =
      "\"months\": [{\"month\": \"2024-06\", \"payable\": \"8000.00\", \"paid\": \"0.00\"}]";

  private static String order(String rate) {
    return MONTH
        + ", \"order\": {\"orderedOn\": \"2024-09-10\", \"deadline\": \"2024-09-25\","
        + " \"amountOrdered\": \"8000.00\", \"paidByDeadline\": \"0.00\""
        + (rate == null ? "" : ", \"ratePercent\": " + rate)
        + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an art. 85 rate of 0% | RATE_0 | case.order.ratePercent | OUT_OF_RANGE",
        "an art. 85 rate of 120% | RATE_120 | case.order.ratePercent | OUT_OF_RANGE",
        "an art. 85 rate of 49.99% | RATE_4999 | case.order.ratePercent | OUT_OF_RANGE",
        "an art. 85 rate left out | RATE_NONE | case.order.ratePercent | REQUIRED",
        "a rate as a number | RATE_NUMBER | case.order.ratePercent | INVALID_TYPE",
        "a negative payment | NEGATIVE_PAID | case.months[0].paid | INVALID_FIELD",
        "a month given twice | TWICE | case.months[1].month | INVALID_FIELD",
        "exclusions above the wage | EXCLUDED | case.months[0].overtimePay | INVALID_FIELD",
        "a month after the employment | AFTER_END | case.months[0].month | INVALID_FIELD",
        "a deadline before the order | DEADLINE | case.order.deadline | INVALID_FIELD",
        "money as a number | MONEY_NUMBER | case.months[0].payable | INVALID_TYPE",
        "three decimals | MONEY_SCALE | case.months[0].payable | INVALID_MONEY",
        "a month in 1880 | OLD_MONTH | case.months[0].month | OUT_OF_RANGE",
        "an unknown field | UNKNOWN | case.months[0].bonus | UNKNOWN_FIELD",
        "an unknown option | OPTION | options.arrears.rate | UNKNOWN_FIELD",
        "nothing claimed | NOTHING | case.months | INVALID_FIELD",
        "a minimum wage no pack holds | NO_MINIMUM | parameters | MISSING_PARAMETER",
        "a region given by name | REGION | case.region | UNKNOWN_REGION"
      })
  void isRefusedAtItsPath(String what, String which, String path, String code) {
    String f =
        switch (which) {
          case "RATE_0" -> file(order("\"0\""));
          case "RATE_120" -> file(order("\"120\""));
          case "RATE_4999" -> file(order("\"49.99\""));
          case "RATE_NONE" -> file(order(null));
          case "RATE_NUMBER" -> file(order("50"));
          case "NEGATIVE_PAID" ->
              file(
                  "\"months\": [{\"month\": \"2024-06\", \"payable\": \"8000.00\", \"paid\": \"-1.00\"}]");
          case "TWICE" ->
              file(
                  "\"months\": [{\"month\": \"2024-06\", \"payable\": \"8000.00\", \"paid\": \"0.00\"},"
                      + " {\"month\": \"2024-06\", \"payable\": \"8000.00\", \"paid\": \"0.00\"}]");
          case "EXCLUDED" ->
              file(
                  "\"months\": [{\"month\": \"2024-06\", \"payable\": \"2000.00\", \"paid\": \"0.00\","
                      + " \"overtimePay\": \"1500.00\", \"statutoryWelfare\": \"600.00\"}]");
          case "AFTER_END" -> file("\"employment\": {\"end\": \"2024-05-31\"}, " + MONTH);
          case "DEADLINE" ->
              file(
                  order("\"50\"")
                      .replace("\"deadline\": \"2024-09-25\"", "\"deadline\": \"2024-09-01\""));
          case "MONEY_NUMBER" -> file(MONTH.replace("\"8000.00\"", "8000"));
          case "MONEY_SCALE" -> file(MONTH.replace("\"8000.00\"", "\"8000.001\""));
          case "OLD_MONTH" -> file(MONTH.replace("2024-06", "1880-06"));
          case "UNKNOWN" -> file(MONTH.replace("\"paid\"", "\"bonus\": \"1.00\", \"paid\""));
          case "OPTION" -> file(MONTH).replace("}}", "}, \"options\": {\"arrears.rate\": \"50\"}}");
          case "NOTHING" -> file("\"months\": []");
          case "NO_MINIMUM" -> file("\"minimumWageClaimed\": true, " + MONTH);
          case "REGION" -> file(MONTH).replace("370800", "济宁市");
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
    if (which.equals("REGION")) {
      // Read by CaseFields as every kind reads a region: the likeliest codes are suggested.
      assertThat(vs.get(0).messageZh()).contains("370800");
    }
    if (which.equals("NO_MINIMUM")) {
      assertThat(vs.get(0).messageZh()).contains("wage.minimumMonthly", "370800", "2024-06-01");
    }
  }
}
