package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.testkit.WorkedExample;

/**
 * The seed case's HTML sheet printed to PDF by headless Chromium (the Debian package {@code
 * chromium}; the test is skipped where it is not installed): issue 20 asks for at most 3 A4 pages
 * in Chinese. The browser runs offline with a throw-away profile; the sheet fetches nothing.
 */
class PrintedSheetTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theSeedSheetPrintsOnAtMostThreeA4Pages(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    WorkedExample seed = WorkedExample.named("seed-barite-mine-grade9");
    WorkInjuryResult r =
        WorkInjuryCalculator.of(seed.parameters())
            .calculate(seed.caseFile().workInjuryCase(), seed.caseFile().options());
    Path html = dir.resolve("seed.html");
    Files.writeString(html, CalculationSheets.html(r), StandardCharsets.UTF_8);
    Path pdf = dir.resolve("seed.pdf");
    Process p =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                html.toUri().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("chromium.log").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(pdf).exists();
    // A4 is 595 × 842 points (Chromium writes 594.96 × 841.92); every page object of the PDF names
    // its type
    assertThat(pages(pdf)).isBetween(1, 3);
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).contains("/MediaBox [0 0 594.9");
  }

  private static int pages(Path pdf) throws IOException {
    String text = Files.readString(pdf, StandardCharsets.ISO_8859_1);
    return (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
  }
}
