package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.testkit.OwnFiguresCase;

/**
 * The CLI in a pipe: {@code -} reads the case from standard input, and with {@code --format json}
 * an argument error is the violations document too, located at the option it concerns.
 */
class PipesTest {
  @TempDir Path dir;

  private Path caseFile() throws IOException {
    return Files.writeString(
        dir.resolve("case.json"), OwnFiguresCase.INSURED_GRADE_9, StandardCharsets.UTF_8);
  }

  private static Run piped(String stdin, String... args) {
    return Cli.run(Cli.withStdin(Cli.noPacks(), stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  private static Run run(String... args) {
    return Cli.run(Cli.noPacks(), args);
  }

  @ParameterizedTest
  @CsvSource({
    "work-injury, json",
    "work-injury, text",
    "compute, json",
    "compute, markdown",
    "validate, json",
    "validate, text"
  })
  void aCaseOnStandardInputGivesWhatTheFileGives(String command, String format) throws IOException {
    Run fromFile = run(command, caseFile().toString(), "--format", format);
    Run fromStdin = piped(OwnFiguresCase.INSURED_GRADE_9, command, "-", "--format", format);

    assertThat(fromStdin.code()).isEqualTo(fromFile.code()).isZero();
    assertThat(fromStdin.err()).isEqualTo(fromFile.err());
    if (command.equals("validate") && format.equals("text")) {
      assertThat(fromStdin.out()).isEqualTo("有效 / valid: -" + System.lineSeparator());
    } else {
      assertThat(fromStdin.out()).isEqualTo(fromFile.out());
    }
  }

  @Test
  void badInputOnStandardInputIsLocatedInTheDocument() throws IOException {
    Run r = piped("{", "work-injury", "-", "--format", "json");

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo(LaborCalcJson.VIOLATIONS_FORMAT);
    assertThat(doc.get("violations")).isNotEmpty();
  }

  @Test
  void tooMuchOnStandardInputIsRefusedWithoutReadingItAll() throws IOException {
    String huge = " ".repeat(LaborCalcJson.MAX_DOCUMENT_BYTES + 10);
    Run r = piped(huge, "compute", "-", "--format", "json");

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    JsonNode v = new ObjectMapper().readTree(r.out()).get("violations").get(0);
    assertThat(v.get("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(v.get("path").asText()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "work-injury CASE --format pdf --format=json | --format | INVALID_ARGUMENT",
        "compute CASE --frobnicate --format json | --frobnicate | UNKNOWN_ARGUMENT",
        "validate CASE --format=JSON --as-of 2024-01-01 | --as-of | UNKNOWN_ARGUMENT",
        "params --region --format json | --region | MISSING_ARGUMENT",
        "work-injury --format json | CASE.json | MISSING_ARGUMENT",
        "params --date 2024-03-01 --format json --region | --region | MISSING_ARGUMENT"
      })
  void anArgumentErrorWithFormatJsonIsTheViolationsDocument(
      String commandLine, String path, String code) throws IOException {
    String c = caseFile().toString();
    String[] args =
        Arrays.stream(commandLine.split(" "))
            .map(a -> a.equals("CASE") ? c : a)
            .toArray(String[]::new);

    Run r = run(args);

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.err()).isEmpty();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo(LaborCalcJson.VIOLATIONS_FORMAT);
    JsonNode v = doc.get("violations").get(0);
    assertThat(v.get("path").asText()).isEqualTo(path);
    assertThat(v.get("code").asText()).isEqualTo(code);
    assertThat(v.get("messageZh").asText()).containsPattern("\\p{IsHan}");
    assertThat(v.get("messageEn").asText()).isNotBlank();
  }

  @Test
  void anArgumentErrorInTextModeIsTheUsageAsBefore() throws IOException {
    Run r = run("work-injury", caseFile().toString(), "--format", "pdf");

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("命令行参数有误 / invalid arguments", "pdf", "Usage: laborcalc");
  }
}
