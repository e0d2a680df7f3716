package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.cli.Cli.Run;
import org.laborcalc.injury.rules.BundledPacks;

/**
 * A representative subset of the hostile-input catalogue (calc's HostileInputCatalogueTest) through
 * the command line, in-process over the bundled packs: exit code 2, nothing on stdout, and on
 * stderr the path and code of the problem with its Chinese and English messages — no stack trace.
 */
class HostileInputCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalcCli.Context BUNDLED = Cli.context(BundledPacks::parameters);

  @TempDir Path dir;

  private static ObjectNode example(String name) {
    try {
      return (ObjectNode) JSON.readTree(ExampleFiles.CASES.resolve(name + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example file changed by {@code change}, as UTF-8 bytes. */
  private static Supplier<byte[]> edit(String name, Consumer<ObjectNode> change) {
    return () -> {
      ObjectNode doc = example(name);
      change.accept(doc);
      try {
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

  private static final String ZJ7 = "zhejiang-grade7-insured";
  private static final String SEED = "seed-barite-mine-grade9";
  private static final String DEATH = "death-2024-spouse-child";

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "a string where a grade belongs",
            "case.appraisal.itemGrades[0]",
            "WRONG_TYPE",
            edit(ZJ7, d -> at(d, "/case/appraisal").putArray("itemGrades").add("7"))),
        row(
            "NaN as a bare token",
            "",
            "MALFORMED_JSON",
            () ->
                new String(edit(ZJ7, d -> {}).get(), StandardCharsets.UTF_8)
                    .replace("\"8000.00\"", "NaN")
                    .getBytes(StandardCharsets.UTF_8)),
        row(
            "a wage of 10^12",
            "case.wage.monthlyWage",
            "OUT_OF_RANGE",
            edit(ZJ7, d -> at(d, "/case/wage").put("monthlyWage", "1000000000000.00"))),
        row(
            "grade 11",
            "case.appraisal.itemGrades[0]",
            "OUT_OF_RANGE",
            edit(ZJ7, d -> at(d, "/case/appraisal").putArray("itemGrades").add(11))),
        row(
            "an injury after 2100",
            "case.injury.date",
            "OUT_OF_RANGE",
            edit(ZJ7, d -> at(d, "/case/injury").put("date", "2101-01-01"))),
        row(
            "a termination before the injury",
            "case.employment.termination.date",
            "DATE_ORDER",
            edit(ZJ7, d -> at(d, "/case/employment/termination").put("date", "2023-05-09"))),
        row(
            "30 months of paid suspension",
            "case.suspension.endInclusive",
            "OUT_OF_RANGE",
            edit(SEED, d -> at(d, "/case/suspension").put("endInclusive", "2022-06-17"))),
        row(
            "a dependant older than 150",
            "case.death.dependants[0].birthDate",
            "OUT_OF_RANGE",
            edit(DEATH, d -> at(d, "/case/death/dependants/0").put("birthDate", "1870-01-01"))),
        row(
            "two spouses",
            "case.death.dependants[1].relation",
            "DUPLICATE_VALUE",
            edit(DEATH, d -> at(d, "/case/death/dependants/1").put("relation", "SPOUSE"))),
        row(
            "no region",
            "case.region",
            "REQUIRED",
            edit(ZJ7, d -> at(d, "/case").remove("region"))),
        row(
            "an unknown field",
            "case.injury.dat",
            "UNKNOWN_FIELD",
            edit(ZJ7, d -> at(d, "/case/injury").put("dat", "2023-05-10"))),
        row(
            "a duplicate key",
            "case.region",
            "DUPLICATE_KEY",
            () ->
                new String(edit(ZJ7, d -> {}).get(), StandardCharsets.UTF_8)
                    .replaceFirst(
                        "\"region\" : \"330100\"", "\"region\" : \"330100\", \"region\" : \"1\"")
                    .getBytes(StandardCharsets.UTF_8)),
        row(
            "1,000 levels of nesting",
            "",
            "LIMIT_EXCEEDED",
            () ->
                ("{\"case\": " + "[".repeat(1000) + "]".repeat(1000) + "}")
                    .getBytes(StandardCharsets.UTF_8)),
        row(
            "a 10 MB file",
            "",
            "TOO_LARGE",
            edit(SEED, d -> at(d, "/case/expenses/0").put("description", "x".repeat(10_000_000)))),
        row("an empty file", "", "EMPTY_DOCUMENT", () -> new byte[0]),
        row(
            "a top-level array",
            "",
            "NOT_AN_OBJECT",
            () ->
                ("[" + new String(edit(ZJ7, d -> {}).get(), StandardCharsets.UTF_8) + "]")
                    .getBytes(StandardCharsets.UTF_8)),
        row(
            "an unknown region code",
            "case.region",
            "UNKNOWN_REGION",
            edit(ZJ7, d -> at(d, "/case").put("region", "999999"))),
        row(
            "pack entries with overlapping ranges",
            "parameters.entries[2]",
            "INVALID_PARAMETER_PACK",
            edit(
                ZJ7,
                d -> {
                  ArrayNode entries = (ArrayNode) d.at("/parameters/entries");
                  // The same year twice (a yearly figure covers exactly its calendar year).
                  ObjectNode copy = entries.get(0).deepCopy();
                  entries.add(copy);
                })),
        row(
            "a yearly figure without until",
            "parameters.entries[0].until",
            "INVALID_PARAMETER_PACK",
            edit(ZJ7, d -> ((ObjectNode) d.at("/parameters/entries/0")).remove("until"))),
        row(
            "two contradictory payroll records for one month",
            "case.wage.evidence[2].amount",
            "CONTRADICTORY",
            edit(
                SEED,
                d ->
                    ((ArrayNode) d.at("/case/wage/evidence"))
                        .addObject()
                        .put("kind", "PAYROLL")
                        .put("month", "2019-05")
                        .put("amount", "4000.00"))),
        row(
            "a dependant related as WIFE",
            "case.death.dependants[0].relation",
            "INVALID_VALUE",
            edit(DEATH, d -> at(d, "/case/death/dependants/0").put("relation", "WIFE"))),
        row(
            "GBK bytes",
            "",
            "INVALID_UTF8",
            () ->
                new String(edit(SEED, d -> {}).get(), StandardCharsets.UTF_8)
                    .getBytes(Charset.forName("GBK"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void isExitCode2WithTheLocatedErrorInBothLanguagesOnStderr(
      String name, String path, String code, Supplier<byte[]> input) throws IOException {
    Path file = Files.write(dir.resolve("case.json"), input.get());

    Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> Cli.run(BUNDLED, "work-injury", file.toString()));

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    String where = path.isEmpty() ? "(文件 / document)" : path;
    assertThat(r.err())
        .contains("  " + where + "  [" + code + "]")
        .containsPattern("\\n    \\S*\\p{IsHan}")
        .containsPattern("\\n    [\\x20-\\x7E]*[a-z]{3,} [a-z]+")
        .doesNotContain("Exception", "\tat ", "内部错误");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void withFormatJsonIsTheViolationsDocument(
      String name, String path, String code, Supplier<byte[]> input) throws IOException {
    Path file = Files.write(dir.resolve("case.json"), input.get());

    Run r = Cli.run(BUNDLED, "work-injury", file.toString(), "--format", "json");

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

  /** A device or pipe reports no size and never ends: the reader must stop at the limit. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/dev/zero", "/dev/urandom"})
  void anEndlessFileIsTooLargeNotAnOutOfMemoryError(String device) {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of(device)), device);

    Run r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> Cli.run(BUNDLED, "work-injury", device));

    assertThat(r.code()).isEqualTo(LaborCalcCli.INVALID_INPUT);
    assertThat(r.err()).contains("(文件 / document)  [TOO_LARGE]").doesNotContain("Exception");
    assertThat(Cli.run(BUNDLED, "validate", device).err()).contains("[TOO_LARGE]");
  }

  @Test
  void aFileWithAUtf8ByteOrderMarkIsComputedAsWithout() throws IOException {
    byte[] plain = Files.readAllBytes(ExampleFiles.CASES.resolve(ZJ7 + ".json"));
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    Path with = Files.write(dir.resolve("bom.json"), marked);
    Path without = Files.write(dir.resolve("plain.json"), plain);

    Run a = Cli.run(BUNDLED, "work-injury", with.toString(), "--format", "json");
    Run b = Cli.run(BUNDLED, "work-injury", without.toString(), "--format", "json");

    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
  }
}
