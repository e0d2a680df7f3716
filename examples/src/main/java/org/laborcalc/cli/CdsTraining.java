package org.laborcalc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the Maven build records an application class-data-sharing archive from ({@code
 * examples/target/laborcalc.jsa}, issue 21): every example case file through {@code compute} in
 * each format, and {@code validate}, with the output discarded, so that the archive holds the
 * classes a run of the command line loads. Not part of the command line.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=laborcalc.jsa -cp laborcalc.jar
 * org.laborcalc.cli.CdsTraining examples/cases}
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/cases");
    List<Path> cases;
    try (Stream<Path> files = Files.walk(dir)) {
      cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    for (Path c : cases) {
      for (String format : List.of("text", "json", "markdown", "html")) {
        run(discard, "compute", c.toString(), "--format", format);
      }
      run(discard, "validate", c.toString());
    }
    run(discard, "regions", "杭州");
    run(discard, "params", "--region", "370800", "--date", "2024-01-01");
  }

  private static void run(PrintWriter discard, String... args) {
    LaborCalcCli.commandLine(LaborCalcCli.Context.standard(), discard, discard).execute(args);
  }
}
