package org.laborcalc.doublewage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/** Hostile case files: each is refused with a located violation in Chinese and English. */
class DoubleWageHostileInputTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static final String BASE =
      "{\"calculation\":\"double-wage\",\"formatVersion\":1,\"case\":{\"region\":\"110000\","
          + "\"employment\":{\"start\":\"2023-03-01\"},\"signedOn\":\"2023-09-15\","
          + "\"wages\":[{\"month\":\"2023-03\",\"through\":\"2023-09\",\"normalWage\":\"6000.00\"}]%s}%s}";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown region|,\"region\":\"999999\"||case.region",
        "money as a number|,\"agreedWage\":6000||case.agreedWage",
        "unknown field|,\"salary\":\"1\"||case.salary",
        "unknown option|| ,\"options\":{\"doubleWage.cap\":\"TWELVE\"}|options.doubleWage.cap",
        "agreed wage option without the wage|| ,\"options\":{\"doubleWage.wage\":\"AGREED_WAGE\"}|case.agreedWage",
        "finding ends before it starts|,\"findings\":[{\"kind\":\"WORKER_FAULT\",\"from\":\"2023-05-01\",\"to\":\"2023-04-01\"}]||case.findings[0].to",
        "other ground with no law named|,\"findings\":[{\"kind\":\"OTHER_STATUTORY_GROUND\",\"from\":\"2023-05-01\",\"to\":\"2023-06-01\"}]||case.findings[0].basis",
        "extension without an expired contract|,\"findings\":[{\"kind\":\"EXTENDED_ART_42\",\"from\":\"2023-05-01\",\"to\":\"2023-06-01\"}]||case.findings[0].kind",
        "a pay day of 32|,\"payDay\":32||case.payDay",
        "the year 9999|,\"asOf\":\"9999-01-01\"||case.asOf",
        "open-ended facts under another ground|,\"openEnded\":{\"dueOn\":\"2023-05-01\",\"ground\":\"TEN_YEARS\",\"workerRequestedOrAgreed\":true}||case.openEnded",
        "expired contract without its date|,\"ground\":\"EXPIRED_NOT_RENEWED\"||case.expiredOn"
      })
  void isRefusedAtItsPath(String name, String caseExtra, String fileExtra, String path) {
    String json =
        BASE.formatted(
            caseExtra == null ? "" : caseExtra, fileExtra == null ? "" : fileExtra.trim());
    Outcome o = CALC.compute(json);
    assertThat(o.isValid()).as(name).isFalse();
    List<Violation> vs = o.violations();
    assertThat(vs).extracting(Violation::path).as(name).contains(path);
    assertThat(vs).allSatisfy(v -> assertThat(v.messageZh()).isNotBlank());
    assertThat(vs).allSatisfy(v -> assertThat(v.messageEn()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a wage month missing|2023-05|case.wages",
        "still employed and unsigned with no asOf|NONE|case.asOf"
      })
  void aMissingFactIsLocated(String name, String through, String path) {
    String json =
        through.equals("NONE")
            ? "{\"calculation\":\"double-wage\",\"formatVersion\":1,\"case\":{\"region\":\"110000\","
                + "\"employment\":{\"start\":\"2023-03-01\"},\"wages\":[]}}"
            : BASE.formatted("", "")
                .replace("\"2023-09\",\"normalWage", "\"" + through + "\",\"normalWage");
    Outcome o = CALC.compute(json);
    assertThat(o.violations()).extracting(Violation::path).as(name).contains(path);
  }
}
