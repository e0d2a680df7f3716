package org.laborcalc.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.laborcalc.parameters.Parameters;

/** Runs the CLI in-process with captured output. */
final class Cli {
  private Cli() {}

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {}

  /** A context over the given parameters and a fixed "today". */
  static LaborCalcCli.Context context(Supplier<Parameters> parameters) {
    return new LaborCalcCli.Context(
        parameters, () -> LocalDate.of(2024, 3, 1), () -> InputStream.nullInputStream());
  }

  /** The context with {@code stdin} as its standard input. */
  static LaborCalcCli.Context withStdin(LaborCalcCli.Context context, byte[] stdin) {
    return new LaborCalcCli.Context(
        context.baseParameters(), context.today(), () -> new ByteArrayInputStream(stdin));
  }

  /** A context with no parameters at all: case files bring every figure they need. */
  static LaborCalcCli.Context noPacks() {
    return context(() -> Parameters.of(List.of()));
  }

  static Run run(LaborCalcCli.Context context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        LaborCalcCli.commandLine(context, new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
