package org.laborcalc.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fixtures' sheets to a directory, to look at them or to render the HTML with {@code
 * docs/render-check.sh}: {@code java -cp <test classpath> org.laborcalc.sheet.RenderFixtures DIR}.
 */
final class RenderFixtures {

  private RenderFixtures() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/sheets");
    Files.createDirectories(dir);
    write(dir, "seed", SheetFixtures.seed());
    write(dir, "monthly", SheetFixtures.monthly());
    write(dir, "empty", SheetFixtures.empty());
  }

  private static void write(Path dir, String name, org.laborcalc.injury.WorkInjuryResult r)
      throws IOException {
    Files.writeString(
        dir.resolve(name + ".txt"), CalculationSheets.text(r), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(name + ".md"), CalculationSheets.markdown(r), StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(name + ".html"), CalculationSheets.html(r), StandardCharsets.UTF_8);
  }
}
