package org.laborcalc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code laborcalc validate CASE.json [--params FILE]}: every problem of a case file — its JSON,
 * its structure, the facts that contradict each other, and the facts and figures its rules need —
 * with the same parameters {@code work-injury} uses, so that it says "valid" exactly when {@code
 * work-injury} computes.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "检查案件文件（JSON、结构、事实之间的矛盾、所需的事实和参数），有效即可计算。",
      "Checks a case file (its JSON, structure, facts and the figures its rules need): valid"
          + " exactly when work-injury computes it completely. Exit 3 when only figures are"
          + " missing: they are listed, the same list work-injury gives."
    })
final class ValidateCommand implements Callable<Integer> {
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
      description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin ParamsOption parameters;

  ValidateCommand(LaborCalcCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Violation> violations;
    try {
      violations = parameters.laborCalc(context).validateJson(Io.readCase(caseFile, context));
    } catch (InvalidInputException e) {
      violations = e.violations();
    }
    if (!violations.isEmpty() && violations.stream().allMatch(ValidateCommand::missingFigure)) {
      // The case itself is sound: work-injury would compute it, without these figures' items.
      if (format == Format.JSON) {
        spec.commandLine().getOut().print(LaborCalcJson.writeViolations(violations));
        spec.commandLine().getOut().flush();
        return LaborCalcCli.INCOMPLETE;
      }
      return Io.incomplete(violations, spec.commandLine().getErr());
    }
    if (!violations.isEmpty()) {
      return Io.report(
          violations, format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    if (format == Format.JSON) {
      spec.commandLine().getOut().print(LaborCalcJson.writeViolations(List.of()));
    } else {
      spec.commandLine().getOut().println("有效 / valid: " + caseFile);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static boolean missingFigure(Violation v) {
    return v.code().equals("MISSING_PARAMETER") && !v.fields().isEmpty();
  }
}
