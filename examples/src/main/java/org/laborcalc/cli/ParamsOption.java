package org.laborcalc.cli;

import java.nio.file.Path;
import java.util.List;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.json.LaborCalcJson;
import picocli.CommandLine.Option;

/**
 * {@code --params FILE} and {@code --figure KEY@REGION:YEAR=VALUE}, shared by the commands that
 * compute or validate a case file of any kind: an extra parameter pack and single figures over the
 * bundled ones, under the case file's own figures.
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

  @Option(
      names = "--figure",
      paramLabel = "KEY@REGION:YEAR=VALUE",
      description = {
        "单个数值（用户提供，未经核实），可重复：年度统计数据写年度，如"
            + " wage.regionalAverageMonthly@330100:2023=9500.00；其他数值写生效日，如"
            + " wage.minimumMonthly@330100:2021-08-01=2280.00；按年公布的月平均工资写 =114000.00/ANNUAL（除以 12，四舍五入至分）。",
        "One figure (user-supplied, not verified), repeatable: a yearly statistic by its year,"
            + " e.g. wage.regionalAverageMonthly@330100:2023=9500.00; any other figure from the day"
            + " it took effect, e.g. wage.minimumMonthly@330100:2021-08-01=2280.00; a monthly"
            + " average published as the year's total as =114000.00/ANNUAL (divided by 12,"
            + " half-up to the fen). Layered over --params."
      })
  List<String> figures;

  /**
   * The facade over the context's parameters, the pack and the figures, if given.
   *
   * @throws InvalidInputException when the pack or a figure cannot be read
   */
  LaborCalc laborCalc(LaborCalcCli.Context context) {
    LaborCalc.Builder builder = LaborCalc.builder().parameters(context.baseParameters().get());
    if (params != null) {
      builder.pack(Io.pack(params));
    }
    if (figures != null && !figures.isEmpty()) {
      builder.pack(LaborCalcJson.readFigures(figures, Calculations.builtIn()));
    }
    return builder.build();
  }
}
