package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.testkit.OwnFiguresCase;

/**
 * The command line in-process: exit codes, help and version, located errors on bad input and a
 * computed case — all over figures the tests supply, so none needs the bundled packs.
 */
class LaborCalcCliTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static Run run(String... args) {
    return Cli.run(Cli.noPacks(), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "work-injury", "compute", "validate", "params", "regions"})
  void everyCommandHasHelp(String command) {
    Run r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: laborcalc", "--help", "--version");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theVersionIsTheBuildVersion() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("laborcalc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void noCommandPrintsTheUsage() {
    Run r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("work-injury", "compute", "validate", "params");
  }

  @Test
  void aCaseIsComputedAsJson() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);

    Run r = run("work-injury", c.toString(), "--format", "json");

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("totals").get("fund").asText()).isEqualTo("58500.00");
    assertThat(doc.get("totals").get("employer").asText()).isEqualTo("39000.00");
    assertThat(doc.get("totals").get("total").asText()).isEqualTo("97500.00");
  }

  @Test
  void theSameCaseGivesTheSameBytesEveryRun() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    assertThat(run("work-injury", c.toString(), "--format", "json").out())
        .isEqualTo(run("work-injury", c.toString(), "--format", "json").out());
  }

  @Test
  void theResultGoesToTheOutFileInUtf8() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    Path out = dir.resolve("result.json");

    Run r = run("work-injury", c.toString(), "--format", "json", "--out", out.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(run("work-injury", c.toString(), "--format", "json").out())
        .contains("一次性伤残补助金");
  }

  @Test
  void textMarkdownAndHtmlAreTheCalculationSheets() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);

    Run text = run("work-injury", c.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("一次性伤残补助金", "58,500.00", "39,000.00", "97,500.00");
    Run md = run("work-injury", c.toString(), "--format", "markdown");
    assertThat(md.out()).contains("一次性伤残补助金", "工伤保险基金", "58,500.00", "97,500.00");
    Run html = run("work-injury", c.toString(), "--format", "HTML");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("58,500.00").contains("<svg");
  }

  @Test
  void aParamsPackSuppliesTheFigures() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9_WITHOUT_FIGURES);
    Path p = file("figures.json", OwnFiguresCase.NATIONAL_PACK);

    assertThat(run("work-injury", c.toString()).code()).isEqualTo(LaborCalcCli.INCOMPLETE);
    Run r = run("work-injury", c.toString(), "--params", p.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"total\": \"97500.00\"");
  }

  /**
   * Without figures nothing of the case can be computed: the result is written with every figure
   * missing listed (JSON {@code missing}, stderr), exit code 3, and {@code validate} gives the same
   * list with the same code.
   */
  @Test
  void aMissingFigureGivesAnIncompleteResultWithExitCode3() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9_WITHOUT_FIGURES);

    Run r = run("work-injury", c.toString());

    assertThat(r.code()).isEqualTo(LaborCalcCli.INCOMPLETE).isEqualTo(3);
    // the figure by its name in the sheet (its key is in the JSON and on standard error)
    assertThat(r.out()).contains("本清单不完整", "统筹地区职工月平均工资");
    assertThat(r.err())
        .contains(
            "incomplete result",
            "parameters  [MISSING_PARAMETER]  key=wage.regionalAverageMonthly, region=370800,"
                + " year=2018, items=",
            "key=injury.disabilitySubsidy.months, region=370800, date=2019-12-18,"
                + " items=ONE_TIME_DISABILITY_SUBSIDY",
            "缺少参数")
        .doesNotContain("Exception", "\tat ");

    Run json = run("work-injury", c.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(3);
    assertThat(json.out()).contains("\"missing\": [", "\"complete\": false");

    Run validate = run("validate", c.toString());
    assertThat(validate.code()).isEqualTo(3);
    assertThat(validate.err()).isEqualTo(r.err());
    Run validateJson = run("validate", c.toString(), "--format", "json");
    assertThat(validateJson.code()).isEqualTo(3);
    assertThat(validateJson.out())
        .contains(
            "\"fields\": {", "\"key\": \"wage.regionalAverageMonthly\"", "\"year\": \"2018\"");
  }

  @Test
  void badFieldsAreListedWithPathsInBothLanguages() throws Exception {
    Path c =
        file(
            "case.json",
            OwnFiguresCase.INSURED_GRADE_9
                .replace("\"2019-12-18\"}", "\"2019-02-30\"}")
                .replace("\"6500.00\"", "6500"));

    Run r = run("work-injury", c.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("invalid input, 2 problems")
        .contains("case.injury.date  [INVALID_DATE]", "日期“2019-02-30”无效", "is invalid")
        .contains("case.wage.monthlyWage  [WRONG_TYPE]")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void withFormatJsonTheViolationsAreAJsonDocument() throws Exception {
    Path c = file("case.json", "[]");

    Run r = run("work-injury", c.toString(), "--format", "json");

    assertThat(r.code()).isEqualTo(2);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo("laborcalc.violations/1");
    assertThat(doc.get("violations").get(0).get("path").asText()).isEmpty();
    assertThat(doc.get("violations").get(0).get("code").asText()).isEqualTo("NOT_AN_OBJECT");
    assertThat(doc.get("violations").get(0).get("messageZh").asText()).contains("顶层");
  }

  @Test
  void documentLevelErrorsAreInvalidInput() throws Exception {
    assertThat(run("work-injury", file("empty.json", "").toString()).err())
        .contains("[EMPTY_DOCUMENT]");
    assertThat(run("work-injury", file("bad.json", "{\"case\":").toString()).err())
        .contains("[MALFORMED_JSON]");
    byte[] bom = ("\uFEFF" + OwnFiguresCase.INSURED_GRADE_9).getBytes(StandardCharsets.UTF_8);
    assertThat(run("work-injury", file("bom.json", bom).toString()).code())
        .as("a UTF-8 byte-order mark is skipped")
        .isZero();
    byte[] latin1 = "{\"case\": \"é\"}".getBytes(StandardCharsets.ISO_8859_1);
    Run r = run("work-injury", file("latin1.json", latin1).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("[INVALID_UTF8]", "(文件 / document)");
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run r = run("work-injury", dir.resolve("nope.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("[FILE_NOT_FOUND]", "找不到文件");
    assertThat(run("validate", dir.toString()).err()).contains("[FILE_NOT_READABLE]");
  }

  @Test
  void badOptionsAreInvalidInput() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    Run asOf = run("work-injury", c.toString(), "--as-of", "2024-02-30");
    assertThat(asOf.code()).isEqualTo(2);
    assertThat(asOf.err()).contains("--as-of  [INVALID_DATE]");

    Path pack =
        file(
            "pack.json",
            OwnFiguresCase.NATIONAL_PACK
                .replace("\"21.75\"", "21.75")
                .replace("21.75", "\"21.75\""));
    Run params = run("work-injury", c.toString(), "--params", pack.toString());
    assertThat(params.code()).isEqualTo(2);
    assertThat(params.err()).contains("--params:entries[6].value  [INVALID_PARAMETER_PACK]");

    Run format = run("work-injury", c.toString(), "--format", "pdf");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("命令行参数有误 / invalid arguments", "pdf");

    Run unknown = run("work-injury", c.toString(), "--frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    Run missing = run("work-injury");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("CASE.json");
  }

  @Test
  void asOfOverridesTheCaseFilesOption() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    Run r = run("work-injury", c.toString(), "--format", "json", "--as-of", "2021-06-30");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"asOf\": \"2021-06-30\"");
  }

  @Test
  void validateAcceptsAGoodFileAndListsTheProblemsOfABadOne() throws Exception {
    Path good = file("good.json", OwnFiguresCase.INSURED_GRADE_9);
    Run ok = run("validate", good.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("有效 / valid");
    assertThat(run("validate", good.toString(), "--format", "json").out())
        .contains("\"violations\": []");

    // Valid exactly when work-injury computes completely: without its figures it does not.
    Path noFigures = file("no-figures.json", OwnFiguresCase.INSURED_GRADE_9_WITHOUT_FIGURES);
    Run missing = run("validate", noFigures.toString());
    assertThat(missing.code()).isEqualTo(LaborCalcCli.INCOMPLETE);
    assertThat(missing.err()).contains("parameters  [MISSING_PARAMETER]");
    assertThat(run("work-injury", noFigures.toString()).code()).isEqualTo(LaborCalcCli.INCOMPLETE);

    Path bad =
        file(
            "bad.json",
            OwnFiguresCase.INSURED_GRADE_9_WITHOUT_FIGURES.replace(
                "\"employment\": {\"start\": \"2019-03-01\"}",
                "\"employment\": {\"start\": \"2020-03-01\"}"));
    Run r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("case.injury.date  [DATE_ORDER]", "受伤日期");
    Run json = run("validate", bad.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.out()).contains("\"path\": \"case.injury.date\"");
  }

  @Test
  void paramsListsTheFiguresInForceWithTheirSources() throws Exception {
    Path p = file("figures.json", OwnFiguresCase.NATIONAL_PACK);

    Run r = run("params", "--region", "370800", "--date", "2018-06-01", "--params", p.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("山东省济宁市 (370800), 2018-06-01")
        .contains("wage.regionalAverageMonthly", "5,200.00", "2018-01-01/2019-01-01")
        .contains("injury.disabilitySubsidy.months", "9=9")
        .contains("USER_SUPPLIED（使用者提供）", "《test figure》");
    Run json =
        run(
            "params",
            "--region",
            "370800",
            "--date",
            "2018-06-01",
            "--params",
            p.toString(),
            "--format",
            "json");
    assertThat(json.out())
        .contains(
            "\"format\": \"laborcalc.parameters/1\"", "\"value\": \"5200.00\"", "\"value\": 21.75");
  }

  @Test
  void paramsRejectsAnUnknownRegionOrDate() {
    Run region = run("params", "--region", "999999");
    assertThat(region.code()).isEqualTo(2);
    assertThat(region.err()).contains("--region  [UNKNOWN_REGION]");
    assertThat(run("params", "--date", "yesterday").err()).contains("--date  [INVALID_DATE]");
  }

  @Test
  void aFailureOfLaborcalcItselfIsAnInternalError() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    LaborCalcCli.Context broken =
        Cli.context(
            () -> {
              throw new IllegalStateException("missing resource /org/laborcalc/packs/index.json");
            });

    Run r = Cli.run(broken, "work-injury", c.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("内部错误 / internal error", "missing resource");
  }

  @Test
  void aBrokenInstallationIsAnInternalError() throws Exception {
    Path c = file("case.json", OwnFiguresCase.INSURED_GRADE_9);
    LaborCalcCli.Context broken =
        Cli.context(
            () -> {
              throw new ExceptionInInitializerError("missing resource");
            });

    Run r = Cli.run(broken, "work-injury", c.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("内部错误 / internal error", "missing resource");
  }
}
