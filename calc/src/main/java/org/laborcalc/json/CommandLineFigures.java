package org.laborcalc.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterPack;

/**
 * The command line's {@code --figure KEY@REGION:WHEN=VALUE[/ANNUAL]}: each option is turned into
 * the case file's short form and read by {@link CaseFigures}, so both forms obey the same rules.
 * Stateless.
 */
final class CommandLineFigures {
  /** {@code KEY@REGION:WHEN=VALUE[/ANNUAL]}. */
  private static final Pattern SPEC =
      Pattern.compile("([^@=:/]+)@([^@=:/]+):([^@=:/]+)=([^@=:/]+)(/ANNUAL)?");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private CommandLineFigures() {}

  /**
   * The pack of the command line's {@code --figure} options, each located at {@code --figure[i]}
   * (the fields of the case file's form after it: {@code --figure[0].year}).
   *
   * @throws org.laborcalc.error.InvalidInputException listing every problem
   */
  static ParameterPack read(List<String> specs, KeyRegistry keys) {
    Violations problems = new Violations();
    List<CaseFigures.Given> given = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String spec = String.valueOf(specs.get(i));
      String at = "--figure[" + i + "]";
      Matcher m = SPEC.matcher(spec);
      if (!m.matches()) {
        problems.add(
            at,
            "MALFORMED_FIGURE",
            "“"
                + Violations.shorten(spec)
                + "”格式有误：须为 参数@行政区划代码:年度=数值，如 wage.regionalAverageMonthly@330100:2023=9500.00；"
                + "非年度数据以生效日（yyyy-MM-dd）代替年度；按年公布的月平均工资写 =114000.00/ANNUAL",
            "\""
                + Violations.shorten(spec)
                + "\" must be KEY@REGION:YEAR=VALUE, e.g."
                + " wage.regionalAverageMonthly@330100:2023=9500.00; a figure that is not yearly"
                + " takes the day it took effect (yyyy-MM-dd) instead of the year; a year's total"
                + " of a monthly average is written =114000.00/ANNUAL");
        continue;
      }
      ObjectNode f = JsonNodeFactory.instance.objectNode();
      f.put("key", m.group(1));
      f.put("region", m.group(2));
      if (YEAR.matcher(m.group(3)).matches()) {
        f.put("year", Integer.parseInt(m.group(3)));
      } else {
        f.put("from", m.group(3));
      }
      f.put("value", m.group(4));
      if (m.group(5) != null) {
        f.put("period", CaseFigures.Period.ANNUAL.name());
      }
      f.put("source", "命令行 --figure " + spec + " / command line");
      ParameterEntry<?> e =
          CaseFigures.entry(f, at, keys, CaseFigures.COMMAND_LINE_PACK_ID, problems);
      if (e != null) {
        given.add(new CaseFigures.Given(at, e));
      }
    }
    CaseFigures.overlaps(given, List.of(), problems);
    problems.throwIfAny();
    return ParameterPack.of(
        CaseFigures.COMMAND_LINE_PACK_ID,
        "命令行 --figure 给出的数值 / figures given with --figure",
        "--figure",
        given.stream().<ParameterEntry<?>>map(CaseFigures.Given::entry).toList());
  }
}
