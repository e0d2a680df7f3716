package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code compute} dispatches on the file's {@code "calculation"}: a work-injury file gives exactly
 * what {@code work-injury} gives, an unknown kind or version is invalid input located in the file.
 */
class ComputeCommandTest {
  @TempDir Path dir;

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("case.json"), content, StandardCharsets.UTF_8);
  }

  private static Run run(String... args) {
    return Cli.run(Cli.noPacks(), args);
  }

  private static String enveloped(String kind, int version) {
    return OwnFiguresCase.INSURED_GRADE_9.replaceFirst(
        "\\{", "{\"calculation\": \"" + kind + "\", \"formatVersion\": " + version + ", ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown", "html"})
  void aWorkInjuryFileGivesWhatWorkInjuryGives(String format) throws Exception {
    Path plain = file(OwnFiguresCase.INSURED_GRADE_9);
    Run workInjury = run("work-injury", plain.toString(), "--format", format);
    Run compute = run("compute", plain.toString(), "--format", format);

    assertThat(compute.code()).isZero();
    assertThat(compute.err()).isEmpty();
    assertThat(compute.out()).isEqualTo(workInjury.out());
    Path named = file(enveloped("work-injury", 1));
    assertThat(run("compute", named.toString(), "--format", format).out())
        .isEqualTo(workInjury.out());
  }

  @Test
  void anUnknownKindIsInvalidInputAtCalculation() throws Exception {
    Path c = file(enveloped("sick-pay", 1));

    Run r = run("compute", c.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("calculation  [UNKNOWN_CALCULATION]", "work-injury");
    assertThat(r.err()).doesNotContain("Exception");
    Run validate = run("validate", c.toString(), "--format", "json");
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.out()).contains("\"path\": \"calculation\"");
    Run workInjury = run("work-injury", c.toString());
    assertThat(workInjury.code()).isEqualTo(2);
    assertThat(workInjury.err()).contains("calculation  [WRONG_CALCULATION]", "laborcalc compute");
  }

  @Test
  void anUnsupportedVersionIsInvalidInputAtFormatVersion() throws Exception {
    Run r = run("compute", file(enveloped("work-injury", 9)).toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("\"path\": \"formatVersion\"", "UNSUPPORTED_VERSION");
  }

  /**
   * The bundled 人社部令第9号 example (IE-1 of ARBITRATION.md §2.10): grade 7, 4 × 84,000.00 + 3 ×
   * 7,000.00 = 357,000.00, through the same command.
   */
  @Test
  void anIllegalEmploymentFileIsComputedByItsOwnCalculation() {
    Run r =
        Cli.run(
            Cli.context(org.laborcalc.injury.rules.BundledPacks::parameters),
            "compute",
            Path.of("cases", "illegal-employment", "ie-1-grade7.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("336,000.00", "21,000.00", "357,000.00", "第五条第一款");
  }

  /**
   * Every bundled example of the other calculations (examples/cases/KIND/*.json) computes through
   * the same command with the bundled figures, completely and without a warning on stderr; its
   * total is the one its worked example in calc's tests gives by hand.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "illegal-employment/ie-1-grade7.json, '357,000.00'",
    "severance/n2-medical-period-notice-pay.json, 13399.99",
    "annual-leave/al-1-leaver-leap-year.json, '1,600.00'",
    "overtime/ot-1-april-2024.json, '3,440.00'",
    "double-wage/dw-2-never-signed-one-year.json, '54,761.90'",
    "wage-arrears/wa-1-order-not-complied.json, '36,000.00'",
    "non-compete/nc-3-agreed-breach.json, '130,000.00'"
  })
  void everyBundledExampleOfTheOtherCalculationsComputes(String file, String total) {
    Run r =
        Cli.run(
            Cli.context(org.laborcalc.injury.rules.BundledPacks::parameters),
            "compute",
            Path.of("cases").resolve(file).toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(total);
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Run r = run("compute", dir.resolve("nope.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("FILE_NOT_FOUND");
  }
}
