package org.laborcalc.cli;

import java.util.List;
import java.util.Locale;
import org.laborcalc.error.Violation;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command-line arguments picocli could not parse, as a located violation, so that {@code --format
 * json} answers with the violations document for these errors too.
 */
final class ArgumentErrors {
  private ArgumentErrors() {}

  /**
   * Whether the raw arguments ask for JSON ({@code --format json} or {@code --format=json}, in any
   * case), read without the parser, which may be what failed.
   */
  static boolean asksForJson(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--format") && i + 1 < args.length && isJson(args[i + 1])) {
        return true;
      }
      if (a.startsWith("--format=") && isJson(a.substring("--format=".length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(String value) {
    return value.toUpperCase(Locale.ROOT).equals(Format.JSON.name());
  }

  /**
   * The error located at the option or argument it concerns: its longest name, or the label of a
   * positional argument; picocli's message is the English one.
   */
  static Violation violation(ParameterException ex) {
    String en = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      String name =
          arg.startsWith("-") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      return Violation.of(name, "UNKNOWN_ARGUMENT", "未知的选项或多余的参数“" + arg + "”", en);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      List<String> names = m.getMissing().stream().map(ArgumentErrors::name).toList();
      return Violation.of(
          names.get(0), "MISSING_ARGUMENT", "缺少必需的参数：" + String.join("、", names), en);
    }
    String path = ex.getArgSpec() == null ? "" : name(ex.getArgSpec());
    String value = ex.getValue() == null ? "" : "“" + ex.getValue() + "”";
    return Violation.of(
        path,
        "INVALID_ARGUMENT",
        (path.isEmpty() ? "命令行参数" : path + " 的值") + value + "无效：" + en,
        en);
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }
}
