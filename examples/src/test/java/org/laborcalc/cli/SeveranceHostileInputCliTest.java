package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.injury.rules.BundledPacks;

/**
 * The hostile-input catalogue of termination money (issue #16: termination before the start, a
 * contract signed after the end, a ground that contradicts the initiator, absurd wages, and the
 * inputs the options and the regional rules need), each through {@code compute} on the command
 * line: exit code 2, nothing on stdout, the located problem in both languages on stderr, no stack
 * trace; and with {@code --format json} the violations document. The base is the bundled example
 * {@code cases/severance/n2-medical-period-notice-pay.json}.
 */
class SeveranceHostileInputCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalcCli.Context BUNDLED = Cli.context(BundledPacks::parameters);
  private static final Path BASE =
      ExampleFiles.CASES.resolve("severance/n2-medical-period-notice-pay.json");

  @TempDir Path dir;

  private static Supplier<byte[]> edit(Consumer<ObjectNode> change) {
    return () -> {
      try {
        ObjectNode doc = (ObjectNode) JSON.readTree(BASE.toFile());
        change.accept(doc);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static Arguments row(String name, String path, String code, Supplier<byte[]> input) {
    return Arguments.of(name, path, code, input);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "a termination before the start of work",
            "case.termination.date",
            "TERMINATION_BEFORE_START",
            edit(d -> at(d, "/case/termination").put("date", "2021-06-30"))),
        row(
            "a contract signed after the termination",
            "case.employment.contractSignedOn",
            "CONTRACT_AFTER_TERMINATION",
            edit(d -> at(d, "/case/employment").put("contractSignedOn", "2024-07-01"))),
        row(
            "an art. 40 dismissal by the worker",
            "case.termination.ground",
            "GROUND_CONTRADICTS_INITIATOR",
            edit(d -> at(d, "/case/termination").put("initiatedBy", "WORKER"))),
        row(
            "a wage of 10^9 a month",
            "case.noticePay.lastMonthStandardWage",
            "IMPLAUSIBLE_WAGE",
            edit(d -> at(d, "/case/noticePay").put("lastMonthStandardWage", "1000000000.00"))),
        row(
            "a wage as a JSON number",
            "case.wage.evidence[0].amount",
            "INVALID_TYPE",
            edit(d -> at(d, "/case/wage/evidence/0").put("amount", 4000))),
        row(
            "an unknown value of severance.window",
            "options.severance.window",
            "INVALID_VALUE",
            edit(d -> d.putObject("options").put("severance.window", "LAST_365_DAYS"))),
        row(
            "overtime excluded without the overtime of the months",
            "case.wage.overtimePay",
            "OVERTIME_SPLIT_REQUIRED",
            edit(d -> d.putObject("options").put("severance.overtimeInAverage", "EXCLUDE"))),
        row(
            "a suspension before the start of work",
            "case.employment.suspensions[0]",
            "OUTSIDE_EMPLOYMENT",
            edit(
                d ->
                    at(d, "/case/employment")
                        .putArray("suspensions")
                        .addObject()
                        .put("from", "2021-01-01")
                        .put("lastDay", "2021-12-31")
                        .put("ground", "FORCE_MAJEURE"))),
        row(
            "an art. 42 circumstance for a ground it does not bar",
            "case.termination.protectedUnderArt42",
            "NOT_USED",
            edit(
                d -> {
                  at(d, "/case/termination")
                      .put("ground", "LCL_39_2")
                      .putArray("protectedUnderArt42")
                      .add("MEDICAL_PERIOD");
                  ((ObjectNode) d.get("case")).remove("noticePay");
                })));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isExitCode2WithTheLocatedErrorInBothLanguagesOnStderr(
      String name, String path, String code, Supplier<byte[]> input) throws IOException {
    Path file = Files.write(dir.resolve("case.json"), input.get());

    Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> Cli.run(BUNDLED, "compute", file.toString()));

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("  " + path + "  [" + code + "]")
        .containsPattern("\\n    \\S*\\p{IsHan}")
        .containsPattern("\\n    [\\x20-\\x7E]*[a-z]{3,} [a-z]+")
        .doesNotContain("Exception", "\tat ", "内部错误");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void withFormatJsonIsTheViolationsDocument(
      String name, String path, String code, Supplier<byte[]> input) throws IOException {
    Path file = Files.write(dir.resolve("case.json"), input.get());

    Run r = Cli.run(BUNDLED, "compute", file.toString(), "--format", "json");

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.err()).isEmpty();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("format").asText()).isEqualTo("laborcalc.violations/1");
    assertThat(doc.get("violations"))
        .anySatisfy(
            v -> {
              assertThat(v.get("path").asText()).isEqualTo(path);
              assertThat(v.get("code").asText()).isEqualTo(code);
            });
  }
}
