package org.laborcalc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.sheet.SheetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code laborcalc compute CASE.json}: computes a case file of whichever calculation it names in
 * {@code "calculation"} (work injury when it names none), with the exit codes of {@code
 * work-injury}.
 */
@Command(
    name = "compute",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "按案件文件的 \"calculation\"（缺省为 work-injury）计算。",
      "Computes a case file of the calculation it names in \"calculation\" (default:"
          + " work-injury)."
    })
final class ComputeCommand implements Callable<Integer> {
  private final LaborCalcCli.Context context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "CASE.json",
      description = "案件文件，- 为标准输入 / the case file, - for standard input")
  Path caseFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "输出格式 / output format: text, json, markdown, html (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin ParamsOption parameters;

  @Mixin SheetOption sheetOption;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件而非标准输出 / write to FILE")
  Path out;

  ComputeCommand(LaborCalcCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Outcome outcome;
    SheetOptions sheetOptions;
    try {
      sheetOptions = sheetOption.options();
      outcome = parameters.laborCalc(context).compute(Io.readCase(caseFile, context));
    } catch (InvalidInputException e) {
      return Io.report(
          e.violations(), format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    if (!outcome.isValid()) {
      return Io.report(
          outcome.violations(), format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    String document =
        switch (format) {
          case JSON -> outcome.toJson();
          case TEXT -> outcome.sheet(SheetFormat.TEXT, sheetOptions);
          case MARKDOWN -> outcome.sheet(SheetFormat.MARKDOWN, sheetOptions);
          case HTML -> outcome.sheet(SheetFormat.HTML, sheetOptions);
        };
    try {
      Io.emit(document, out, spec.commandLine().getOut());
    } catch (InvalidInputException e) {
      return Io.report(
          e.violations(), Format.TEXT, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    if (!outcome.isComplete()) {
      return Io.incomplete(outcome.missing(), spec.commandLine().getErr());
    }
    return 0;
  }
}
