package org.laborcalc.cli;

import java.nio.file.Path;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.InvalidInputException;
import picocli.CommandLine.Option;

/**
 * {@code --params FILE}, shared by the commands that compute or validate a case file: an extra
 * parameter pack over the bundled ones, under the case file's own figures.
 */
final class ParamsOption {
  @Option(
      names = "--params",
      paramLabel = "FILE",
      description = {
        "参数包（docs/PARAMETERS.md 格式），叠加在内置参数之上；案件文件自带的 parameters 再叠加其上。",
        "A parameter pack layered over the bundled ones; the case file's own parameters are"
            + " layered over it."
      })
  Path params;

  /**
   * The facade over the context's parameters and the pack, if one was given.
   *
   * @throws InvalidInputException when the pack cannot be read
   */
  LaborCalc laborCalc(LaborCalcCli.Context context) {
    LaborCalc.Builder builder = LaborCalc.builder().parameters(context.baseParameters().get());
    if (params != null) {
      builder.pack(Io.pack(params));
    }
    return builder.build();
  }
}
