package org.laborcalc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code laborcalc validate CASE.json}: checks a case file without computing it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "只检查案件文件（JSON、结构、事实之间的矛盾），不计算。",
      "Checks a case file (its JSON, structure and facts) without computing it."
    })
final class ValidateCommand implements Callable<Integer> {
  // The checks of a case never look up a parameter, so validation needs no pack at all.
  private static final LaborCalc CHECKS =
      LaborCalc.builder().parameters(org.laborcalc.parameters.Parameters.of(List.of())).build();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CASE.json", description = "案件文件 / the case file")
  Path caseFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    List<Violation> violations;
    try {
      violations = CHECKS.validateJson(Io.read(caseFile, ""));
    } catch (InvalidInputException e) {
      violations = e.violations();
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
}
