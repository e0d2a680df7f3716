package org.laborcalc.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.parameters.Parameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code laborcalc} command line: {@code work-injury}, {@code compute} (a case file of any
 * calculation, by its {@code "calculation"}), {@code validate} and {@code params}.
 *
 * <p>Exit codes: 0 done; 2 invalid input (the case file, an option, a parameter pack, or a figure
 * no pack supplies), every problem printed with its JSON path and messages in Chinese and English;
 * 1 internal error. Bad input never prints a stack trace.
 *
 * <pre>
 * java -jar examples/target/laborcalc.jar work-injury examples/cases/seed-barite-mine-grade9.json
 * java -jar examples/target/laborcalc.jar work-injury CASE.json --format json --out result.json
 * java -jar examples/target/laborcalc.jar compute CASE.json --format markdown
 * java -jar examples/target/laborcalc.jar params --region 330100 --date 2024-03-01
 * </pre>
 */
@Command(
    name = "laborcalc",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "计算工伤待遇（《工伤保险条例》第五章）并说明每一项的依据。",
      "Computes work-injury benefits (chapter 5 of the Regulation), each item explained and cited."
    },
    footer = {
      "",
      "退出码 / exit codes: 0 完成 done; 2 输入有误 invalid input; 3 结果不完整：缺少参数，已计算其余项目并列出所缺参数"
          + " incomplete: figures missing, the other items computed and the missing figures listed;"
          + " 1 内部错误 internal error."
    })
public final class LaborCalcCli implements Runnable {
  /** Exit code for bad input (the case, an option or a parameter pack). */
  public static final int INVALID_INPUT = 2;

  /**
   * Exit code for a result without the items whose figures no pack supplies: the result is written,
   * the missing figures listed (standard error; {@code validate} lists them as it lists
   * violations).
   */
  public static final int INCOMPLETE = 3;

  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  // Hibernate Validator announces its version through java.util.logging on first use; a command
  // prints the result or the located errors, nothing else. (Held here so the level is not lost
  // when the logger would otherwise be collected.)
  private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

  @Spec CommandSpec spec;

  /**
   * What the commands depend on, so that tests can run them in-process on their own parameters.
   *
   * @param baseParameters the parameters a calculation starts from (the bundled packs)
   * @param today the date {@code params} uses when none is given
   * @param stdin the standard input, read for a case file given as {@code -}
   */
  public record Context(
      Supplier<Parameters> baseParameters, Supplier<LocalDate> today, Supplier<InputStream> stdin) {
    public Context {
      requireNonNull(baseParameters, "baseParameters");
      requireNonNull(today, "today");
      requireNonNull(stdin, "stdin");
    }

    /** The bundled packs, today in China and the process's standard input. */
    public static Context standard() {
      return new Context(
          BundledPacks::parameters,
          () -> LocalDate.now(ZoneId.of("Asia/Shanghai")),
          () -> System.in);
    }
  }

  public static void main(String[] args) {
    HIBERNATE_LOG.setLevel(Level.WARNING);
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(Context.standard(), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The command line with its subcommands, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(Context context, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new LaborCalcCli());
    cmd.addSubcommand(new WorkInjuryCommand(context));
    cmd.addSubcommand(new ComputeCommand(context));
    cmd.addSubcommand(new ValidateCommand(context));
    cmd.addSubcommand(new ParamsCommand(context));
    cmd.addSubcommand(new RegionsCommand());
    cmd.addSubcommand(new BatchCommand(context));
    cmd.addSubcommand(new LimitationCommand());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          if (ArgumentErrors.asksForJson(args)) {
            return Io.report(
                List.of(ArgumentErrors.violation(ex)), Format.JSON, c.getOut(), c.getErr());
          }
          c.getErr().println("命令行参数有误 / invalid arguments: " + ex.getMessage());
          c.usage(c.getErr());
          return INVALID_INPUT;
        });
    cmd.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (LinkageError e) {
            // A broken installation, e.g. the bundled packs missing from the class path: the
            // error escapes picocli's exception handler, which sees only exceptions.
            CommandLine c = parseResult.commandSpec().commandLine();
            c.getErr().println("laborcalc: 内部错误 / internal error: " + e);
            e.printStackTrace(c.getErr());
            c.getErr().flush();
            return INTERNAL_ERROR;
          }
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          // Only a bug gets here: bad input is answered by the commands with exit code 2.
          c.getErr().println("laborcalc: 内部错误 / internal error: " + ex);
          ex.printStackTrace(c.getErr());
          return INTERNAL_ERROR;
        });
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version of the build, from a resource filtered by Maven. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = LaborCalcCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"laborcalc " + p.getProperty("version", "unknown")};
    }
  }
}
