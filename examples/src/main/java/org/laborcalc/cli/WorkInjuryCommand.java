package org.laborcalc.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.sheet.SheetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code laborcalc work-injury CASE.json}: computes a case file. */
@Command(
    name = "work-injury",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "计算一个工伤案件文件的全部待遇。",
      "Computes every benefit of a work-injury case file"
          + " (format: docs/schema/work-injury-case.schema.json)."
    })
final class WorkInjuryCommand implements Callable<Integer> {
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

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "按月待遇计算至此日（覆盖案件文件的 options.asOf） / accrue monthly items to DATE")
  String asOf;

  @Mixin ParamsOption parameters;

  @Option(names = "--out", paramLabel = "FILE", description = "写入文件而非标准输出 / write to FILE")
  Path out;

  @Mixin SheetOption sheetOption;

  private SheetOptions sheetOptions;

  WorkInjuryCommand(LaborCalcCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CaseFile file;
    LaborCalc calc;
    try {
      LocalDate date = asOf == null ? null : Io.date(asOf, "--as-of");
      sheetOptions = sheetOption.options();
      calc = parameters.laborCalc(context);
      byte[] bytes = Io.readCase(caseFile, context);
      sheetOptions = sheetOptions.withInputDigest(SheetOptions.digestOf(bytes));
      file = LaborCalcJson.readCaseFile(bytes);
      if (date != null) {
        file = file.withOptions(file.options().withAsOf(date));
      }
    } catch (InvalidInputException e) {
      return Io.report(
          e.violations(), format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    CalcOutcome outcome = calc.workInjuryFile(file);
    if (!outcome.isValid()) {
      return Io.report(
          outcome.violations(), format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    try {
      Io.emit(render(outcome.result()), out, spec.commandLine().getOut());
    } catch (InvalidInputException e) {
      return Io.report(
          e.violations(), Format.TEXT, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    if (!outcome.isComplete()) {
      return Io.incomplete(
          WorkInjuryCalculation.INSTANCE.missing(outcome.result()), spec.commandLine().getErr());
    }
    return 0;
  }

  private String render(WorkInjuryResult r) {
    return switch (format) {
      case JSON -> LaborCalcJson.writeResult(r);
      case TEXT -> WorkInjuryCalculation.INSTANCE.sheet(r, SheetFormat.TEXT, sheetOptions);
      case MARKDOWN -> WorkInjuryCalculation.INSTANCE.sheet(r, SheetFormat.MARKDOWN, sheetOptions);
      case HTML -> WorkInjuryCalculation.INSTANCE.sheet(r, SheetFormat.HTML, sheetOptions);
    };
  }
}
