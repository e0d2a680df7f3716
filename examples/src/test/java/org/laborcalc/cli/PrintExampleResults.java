package org.laborcalc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.sheet.CalculationSheets;

/**
 * Computes every example case file and writes, for each, the result JSON and the calculation sheet
 * as text, Markdown and HTML — the documents a user gets — to standard output as UTF-8 bytes. Run
 * in JVMs of different time zones and locales by {@link DeterminismAcrossZonesAndLocalesTest},
 * which compares the bytes.
 *
 * <pre>java -cp TEST_CLASS_PATH org.laborcalc.cli.PrintExampleResults examples/cases</pre>
 */
public final class PrintExampleResults {
  private PrintExampleResults() {}

  public static void main(String[] args) throws IOException {
    OutputStream out = System.out;
    out.write(render(Path.of(args[0])));
    out.flush();
  }

  /** The documents of every example in the directory, in file-name order. */
  static byte[] render(Path cases) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(cases)) {
      files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
    }
    LaborCalc calc = LaborCalc.withBundledParameters();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path f : files) {
      CalcOutcome o = calc.workInjuryJson(Files.readAllBytes(f));
      StringBuilder sb = new StringBuilder();
      sb.append("==== ").append(f.getFileName()).append('\n').append(calc.toJson(o));
      if (o.isValid()) {
        sb.append(CalculationSheets.text(o.result()))
            .append(CalculationSheets.markdown(o.result()))
            .append(CalculationSheets.html(o.result()));
      }
      out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
