package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.testkit.OwnFiguresCase;

/**
 * {@code batch}: one answer a line in the input's order whatever the number of threads, a bad line
 * answered on its own line without stopping the batch, the summary by code, {@code --as-of} on
 * every line.
 */
class BatchCommandTest {
  @TempDir Path dir;

  private static final String GOOD = BatchCommand.oneLine(OwnFiguresCase.INSURED_GRADE_9);

  /** Two good lines around a broken one, a blank one, a kind that does not exist. */
  private static final List<String> LINES =
      List.of(
          GOOD,
          "{\"case\": ",
          "",
          GOOD.replaceFirst("\\{", "{\"calculation\": \"sick-pay\", \"formatVersion\": 1, "),
          GOOD);

  private Path input(List<String> lines) throws IOException {
    return Files.writeString(
        dir.resolve("in.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static Run run(String... args) {
    return Cli.run(Cli.noPacks(), args);
  }

  private List<String> output(Path out) throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void everyLineIsAnsweredInOrderAndABadLineDoesNotStopTheBatch() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r = run("batch", input(LINES).toString(), "--out", out.toString(), "--threads", "2");

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    List<String> answers = output(out);
    assertThat(answers).hasSize(5);
    String computed =
        BatchCommand.oneLine(
            run("compute", file(OwnFiguresCase.INSURED_GRADE_9), "--format", "json").out());
    assertThat(answers.get(0)).isEqualTo(computed);
    assertThat(answers.get(4)).isEqualTo(computed);
    assertThat(answers.get(1)).startsWith("{\"format\": \"laborcalc.violations/1\"");
    assertThat(answers.get(2)).startsWith("{\"format\": \"laborcalc.violations/1\"");
    assertThat(answers.get(3)).contains("UNKNOWN_CALCULATION", "\"path\": \"calculation\"");
    assertThat(r.err())
        .contains("5 lines, computed 2, incomplete 0, refused 3", "UNKNOWN_CALCULATION");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void theOrderHoldsWithOneThreadOrMany() throws IOException {
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(i % 7 == 3 ? "not json " + i : GOOD);
    }
    Path in = input(many);
    Path one = dir.resolve("one.jsonl");
    Path two = dir.resolve("two.jsonl");
    run("batch", in.toString(), "--out", one.toString(), "--threads", "1");
    run("batch", in.toString(), "--out", two.toString(), "--threads", "3");

    assertThat(output(one)).hasSize(60).isEqualTo(output(two));
    for (int i = 0; i < 60; i++) {
      assertThat(output(one).get(i).contains("violations/1")).isEqualTo(i % 7 == 3);
    }
  }

  @Test
  void asOfAppliesToEveryLineAsWorkInjuryAsOfDoes() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Run r =
        run(
            "batch",
            input(List.of(GOOD, GOOD)).toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2025-06-30");

    String single =
        run(
                "work-injury",
                file(OwnFiguresCase.INSURED_GRADE_9),
                "--format",
                "json",
                "--as-of",
                "2025-06-30")
            .out();
    assertThat(r.code()).isZero();
    assertThat(output(out))
        .containsExactly(BatchCommand.oneLine(single), BatchCommand.oneLine(single));
    assertThat(output(out).get(0)).contains("2025-06-30");
  }

  @Test
  void standardInToStandardOutWithAJsonSummary() {
    String stdin = GOOD + "\n{\n";
    Run r =
        Cli.run(
            Cli.withStdin(Cli.noPacks(), stdin.getBytes(StandardCharsets.UTF_8)),
            "batch",
            "-",
            "--format",
            "json");

    assertThat(r.out().split("\n", -1)).hasSize(3); // two lines and the final line feed
    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.err())
        .startsWith(
            "{\"format\": \"laborcalc.batch-summary/1\", \"lines\": 2, \"computed\": 1,"
                + " \"incomplete\": 0, \"refused\": 1, \"refusedByCode\": {");
  }

  @Test
  void aMissingInputOrABadOptionIsInvalidInputBeforeAnyLine() {
    Run missing = run("batch", dir.resolve("none.jsonl").toString(), "--format", "json");
    assertThat(missing.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(missing.out()).contains("FILE_NOT_FOUND");

    Run date = run("batch", "-", "--as-of", "2025-02-30");
    assertThat(date.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(date.err()).contains("--as-of", "INVALID_DATE");
  }

  private String file(String content) throws IOException {
    return Files.writeString(dir.resolve("case.json"), content, StandardCharsets.UTF_8).toString();
  }
}
