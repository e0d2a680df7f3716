package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * Every kind of bad case file gives a violation at the right JSON path, with a stable code and a
 * message in Chinese and in English — never another exception.
 */
class CaseFileErrorsTest {

  private static List<Violation> violations(byte[] bytes) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LaborCalcJson.readCaseFile(bytes));
    assertThat(e).as("an InvalidInputException").isNotNull();
    for (Violation v : e.violations()) {
      assertThat(v.messageZh()).as("Chinese message of " + v).containsPattern("\\p{IsHan}");
      assertThat(v.messageEn()).as("English message of " + v).matches("(?s)[\\x20-\\x7E“”…].*");
    }
    return e.violations();
  }

  private static List<Violation> violations(String json) {
    return violations(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String withCase(String from, String to) {
    assertThat(Samples.FULL).contains(from);
    // The first occurrence only: the pack repeats some of the case's values.
    return Samples.FULL.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
  }

  static Stream<Arguments> documentErrors() {
    return Stream.of(
        Arguments.of("empty file", new byte[0], "EMPTY_DOCUMENT"),
        Arguments.of("only white space", bytes(" \n\t "), "EMPTY_DOCUMENT"),
        Arguments.of(
            "UTF-16 byte-order mark",
            new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0},
            "NOT_UTF8"),
        Arguments.of(
            "invalid UTF-8",
            concat(bytes("{\"case\": \""), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"}")),
            "INVALID_UTF8"),
        Arguments.of("truncated", bytes("{\"case\": {\"region\": "), "MALFORMED_JSON"),
        Arguments.of("not JSON at all", bytes("region=370800"), "MALFORMED_JSON"),
        Arguments.of("trailing comma", bytes("{\"case\": {},}"), "MALFORMED_JSON"),
        Arguments.of("two documents", bytes(Samples.MINIMAL + Samples.MINIMAL), "MALFORMED_JSON"),
        Arguments.of("comment", bytes("// case\n" + Samples.MINIMAL), "MALFORMED_JSON"),
        Arguments.of("top-level array", bytes("[" + Samples.MINIMAL + "]"), "NOT_AN_OBJECT"),
        Arguments.of("top-level string", bytes("\"case\""), "NOT_AN_OBJECT"),
        Arguments.of("top-level null", bytes("null"), "NOT_AN_OBJECT"),
        Arguments.of(
            "nesting deeper than 64",
            bytes("{\"case\": " + "[".repeat(70) + "]".repeat(70) + "}"),
            "LIMIT_EXCEEDED"),
        Arguments.of(
            "number longer than 30",
            bytes("{\"case\": {\"region\": " + "1".repeat(31) + "}}"),
            "LIMIT_EXCEEDED"),
        Arguments.of(
            "string longer than 100k",
            bytes("{\"case\": {\"region\": \"" + "x".repeat(100_001) + "\"}}"),
            "LIMIT_EXCEEDED"),
        Arguments.of(
            "document over 2 MB",
            bytes("{\"case\": \"" + "x".repeat(2_000_000) + "\"}"),
            "TOO_LARGE"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentErrors")
  void aBrokenDocumentIsOneViolationOfTheWholeDocument(String what, byte[] doc, String code) {
    assertThat(violations(doc))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEmpty();
              assertThat(v.code()).isEqualTo(code);
            });
  }

  @Test
  void aBrokenDocumentGivenAsTextIsReportedTheSameWay() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LaborCalcJson.readCaseFile(""));
    assertThat(e.violations()).extracting(Violation::code).containsExactly("EMPTY_DOCUMENT");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedInBytesAndInText() {
    CaseFile plain = LaborCalcJson.readCaseFile(bytes(Samples.FULL));
    byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(Samples.FULL));

    for (CaseFile f :
        List.of(
            LaborCalcJson.readCaseFile(marked),
            LaborCalcJson.readCaseFile("\uFEFF" + Samples.FULL))) {
      assertThat(f.workInjuryCase()).isEqualTo(plain.workInjuryCase());
      assertThat(f.options()).isEqualTo(plain.options());
      assertThat(f.parameters().entries()).hasSameSizeAs(plain.parameters().entries());
    }
  }

  @Test
  void bytesThatAreNotUtf8AreLocatedAndExplained() {
    byte[] gbk = Samples.DEATH.getBytes(java.nio.charset.Charset.forName("GBK"));

    Violation v = violations(gbk).get(0);

    assertThat(v.code()).isEqualTo("INVALID_UTF8");
    assertThat(v.messageZh()).contains("第 7 行", "GBK", "另存为 UTF-8");
    assertThat(v.messageEn()).contains("line 7", "GBK", "save it as UTF-8");
  }

  @Test
  void malformedJsonSaysWhereInTheText() {
    Violation v = violations("{\n  \"case\": {\n    \"region\" \"370800\"\n  }\n}").get(0);
    assertThat(v.messageEn()).contains("line 3");
    assertThat(v.messageZh()).contains("第 3 行");
  }

  @Test
  void aDuplicateKeyIsLocatedAtTheRepeatedField() {
    assertThat(
            violations(
                withCase(
                    "\"region\": \"370800\",", "\"region\": \"370800\", \"region\": \"370800\",")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("case.region");
              assertThat(v.code()).isEqualTo("DUPLICATE_KEY");
            });
    assertThat(
            violations(
                withCase(
                    "\"amount\": \"300.00\",", "\"amount\": \"300.00\", \"amount\": \"1.00\",")))
        .extracting(Violation::path)
        .containsExactly("case.expenses[0].amount");
  }

  static Stream<Arguments> fieldErrors() {
    return Stream.of(
        Arguments.of(
            "unknown field",
            withCase(
                "\"occupationalDisease\": false}", "\"occupationalDisease\": false, \"dat\": 1}"),
            "case.injury.dat",
            "UNKNOWN_FIELD"),
        Arguments.of(
            "unknown top-level field",
            withCase("\"$schema\"", "\"version\": 1, \"$schema\""),
            "version",
            "UNKNOWN_FIELD"),
        Arguments.of("no case", "{\"options\": {}}", "case", "REQUIRED"),
        Arguments.of("case not an object", "{\"case\": []}", "case", "WRONG_TYPE"),
        Arguments.of(
            "missing injury date",
            withCase("\"injury\": {\"date\": \"2019-12-18\", ", "\"injury\": {"),
            "case.injury.date",
            "REQUIRED"),
        Arguments.of(
            "null required field",
            withCase("\"injury\": {\"date\": \"2019-12-18\"", "\"injury\": {\"date\": null"),
            "case.injury.date",
            "REQUIRED"),
        Arguments.of(
            "missing wage",
            withCase(
                "\"wage\": {\"monthlyWage\": \"6500.00\", \"originalWage\": \"6400.00\"}",
                "\"wage\": null"),
            "case.wage",
            "REQUIRED"),
        Arguments.of(
            "object where an array belongs",
            withCase(
                "\"hospitalStays\": [{\"from\": \"2019-12-18\", \"toInclusive\": \"2020-01-05\"}]",
                "\"hospitalStays\": {}"),
            "case.hospitalStays",
            "WRONG_TYPE"),
        Arguments.of(
            "impossible date",
            withCase("\"date\": \"2019-12-18\"", "\"date\": \"2019-02-30\""),
            "case.injury.date",
            "INVALID_DATE"),
        Arguments.of(
            "date with slashes",
            withCase("\"date\": \"2019-12-18\"", "\"date\": \"2019/12/18\""),
            "case.injury.date",
            "INVALID_DATE"),
        Arguments.of(
            "date as a number",
            withCase("\"date\": \"2019-12-18\"", "\"date\": 20191218"),
            "case.injury.date",
            "WRONG_TYPE"),
        Arguments.of(
            "amount as a JSON number",
            withCase(
                "{\"item\": \"APPRAISAL_FEE\", \"amount\": \"2800.5\"}",
                "{\"item\": \"APPRAISAL_FEE\", \"amount\": 2800.5}"),
            "case.expenses[2].amount",
            "WRONG_TYPE"),
        Arguments.of(
            "amount with three decimals",
            withCase("\"2800.5\"", "\"2800.555\""),
            "case.expenses[2].amount",
            "INVALID_AMOUNT"),
        Arguments.of(
            "amount with a thousands separator",
            withCase("\"40000\"", "\"40,000\""),
            "case.expenses[1].amount",
            "INVALID_AMOUNT"),
        Arguments.of(
            "unknown enum value",
            withCase("\"UNINSURED\"", "\"MAYBE\""),
            "case.insurance.status",
            "INVALID_VALUE"),
        Arguments.of(
            "enum in lower case",
            withCase("\"WORKER\"", "\"worker\""),
            "case.employment.termination.initiatedBy",
            "INVALID_VALUE"),
        Arguments.of(
            "grade 11",
            withCase("[9, 10]", "[9, 11]"),
            "case.appraisal.itemGrades[1]",
            "OUT_OF_RANGE"),
        Arguments.of(
            "grade 0", withCase("[9, 10]", "[0]"), "case.appraisal.itemGrades[0]", "OUT_OF_RANGE"),
        Arguments.of(
            "grade as a string",
            withCase("[9, 10]", "[\"9\"]"),
            "case.appraisal.itemGrades[0]",
            "WRONG_TYPE"),
        Arguments.of(
            "grade with a fraction",
            withCase("[9, 10]", "[9.5]"),
            "case.appraisal.itemGrades[0]",
            "WRONG_TYPE"),
        Arguments.of(
            "grade as a roman numeral",
            withCase("[9, 10]", "[\"IX\"]"),
            "case.appraisal.itemGrades[0]",
            "WRONG_TYPE"),
        Arguments.of(
            "activity twice",
            withCase("[\"EATING\"]", "[\"EATING\", \"EATING\"]"),
            "case.appraisal.activitiesNeedingCare[1]",
            "DUPLICATE_VALUE"),
        Arguments.of(
            "boolean as a string",
            withCase("\"occupationalDisease\": false", "\"occupationalDisease\": \"no\""),
            "case.injury.occupationalDisease",
            "WRONG_TYPE"),
        Arguments.of(
            "unknown region",
            withCase("\"370800\"", "\"379900\""),
            "case.region",
            "UNKNOWN_REGION"),
        Arguments.of(
            "region as a number",
            withCase("\"region\": \"370800\"", "\"region\": 370800"),
            "case.region",
            "WRONG_TYPE"),
        Arguments.of(
            "hospital stay ending before it starts",
            withCase("\"toInclusive\": \"2020-01-05\"", "\"toInclusive\": \"2019-12-01\""),
            "case.hospitalStays[0].toInclusive",
            "DATE_ORDER"),
        Arguments.of(
            "hospital stay as a DateRange string",
            withCase(
                "[{\"from\": \"2019-12-18\", \"toInclusive\": \"2020-01-05\"}]",
                "[\"2019-12-18/2020-01-06\"]"),
            "case.hospitalStays[0]",
            "WRONG_TYPE"),
        Arguments.of(
            "null in a list",
            withCase("\"alreadyPaid\": [", "\"alreadyPaid\": [null, "),
            "case.alreadyPaid[0]",
            "REQUIRED"),
        Arguments.of(
            "dependant without a name",
            Samples.DEATH.replace("\"name\": \"配偶\", ", ""),
            "case.death.dependants[0].name",
            "REQUIRED"),
        Arguments.of(
            "options not an object",
            withCase(
                "\"options\": {\"asOf\": \"2021-01-01\", \"regimeRule\": \"INJURY_DATE\", \"suspensionDays\": \"PAY_DAYS\"}",
                "\"options\": \"defaults\""),
            "options",
            "WRONG_TYPE"),
        Arguments.of(
            "unknown regime rule",
            withCase("\"INJURY_DATE\"", "\"APPRAISAL_DATE\""),
            "options.regimeRule",
            "INVALID_VALUE"),
        Arguments.of(
            "bad as-of date",
            withCase("\"asOf\": \"2021-01-01\"", "\"asOf\": \"2021-1-1\""),
            "options.asOf",
            "INVALID_DATE"),
        Arguments.of(
            "schema not a string",
            withCase(
                "\"$schema\": \"../../docs/schema/work-injury-case.schema.json\"",
                "\"$schema\": 1"),
            "$schema",
            "WRONG_TYPE"),
        Arguments.of(
            "pack value of the wrong type",
            withCase("\"value\": 21.75", "\"value\": \"21.75\""),
            "parameters.entries[1].value",
            "INVALID_PARAMETER_PACK"),
        Arguments.of(
            "unknown parameter key",
            withCase("\"wage.payDaysPerMonth\"", "\"wage.payDays\""),
            "parameters.entries[1].key",
            "INVALID_PARAMETER_PACK"),
        Arguments.of(
            "caller figure citing a document as PRIMARY",
            withCase(
                "\"value\": 21.75, \"verification\": \"USER_SUPPLIED\"",
                "\"value\": 21.75, \"verification\": \"PRIMARY\""),
            "parameters.entries[1].citations[0].document",
            "INVALID_PARAMETER_PACK"),
        Arguments.of(
            "unknown field in the pack",
            withCase("\"title\": \"济宁市职工月平均工资（示例）\",", "\"title\": \"t\", \"x\": 1,"),
            "parameters.x",
            "INVALID_PARAMETER_PACK"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fieldErrors")
  void aBadFieldIsReportedAtItsPath(String what, String json, String path, String code) {
    assertThat(violations(json))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.code()).isEqualTo(code);
            });
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    String json =
        withCase("\"date\": \"2019-12-18\"", "\"date\": \"2019-13-18\"")
            .replace("\"UNINSURED\"", "\"NONE\"")
            .replace("\"2800.5\"", "2800.5")
            .replace("\"INJURY_DATE\"", "\"X\"");

    assertThat(violations(json))
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "case.injury.date INVALID_DATE",
            "case.expenses[2].amount WRONG_TYPE",
            "case.insurance.status INVALID_VALUE",
            "options.regimeRule INVALID_VALUE");
  }

  @Test
  void messagesQuoteHostileInputOnlyBriefly() {
    String json = withCase("\"UNINSURED\"", "\"" + "A".repeat(50_000) + "\"");
    Violation v = violations(json).get(0);
    assertThat(v.messageEn().length()).isLessThan(300);
    assertThat(v.messageZh().length()).isLessThan(300);
  }
}
