package org.laborcalc.cli;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.CaseOf;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.json.LaborCalcJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code laborcalc batch IN.jsonl --out OUT.jsonl}: one case file a line (of any calculation, as
 * {@code compute} reads it), one result or violations document a line in the same order. The lines
 * are computed on every core with a bounded number in flight, so memory stays flat however long the
 * input; a bad line is answered on its own line and never stops the batch. {@code --as-of}, {@code
 * --params} and {@code --figure} apply to every line.
 *
 * <p>Exit code 0 when every line was computed completely, 3 when some lack figures (and none was
 * refused), 2 when some line was refused or the input cannot be read.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "批量计算：每行一个案件（JSONL），按同一顺序每行输出一个结果或错误列表；出错的行不影响其他行。",
      "Computes one case a line (JSONL, any calculation), writing one result or violations"
          + " document a line in the same order; a bad line never stops the batch."
    })
final class BatchCommand implements Callable<Integer> {
  /** Lines in flight per worker thread: enough to keep every core busy, few enough for memory. */
  private static final int WINDOW_PER_THREAD = 8;

  private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

  private final LaborCalcCli.Context context;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "IN.jsonl",
      description = "每行一个案件；- 为标准输入 / one case a line; - for stdin")
  Path in;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "写入文件而非标准输出 / write the lines to FILE")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "工伤案件的按月待遇计算至此日 / accrue the monthly items of work-injury lines to DATE")
  String asOf;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "计算线程数（缺省为处理器数） / worker threads (default: the number of processors)")
  Integer threads;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "错误与汇总的格式 / format of errors and of the summary: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin ParamsOption parameters;

  /** Whether standard error is a terminal; tests run with it captured, never a terminal. */
  boolean progress = stderrIsTerminal();

  BatchCommand(LaborCalcCli.Context context) {
    this.context = context;
  }

  /** What one line gave: its output line and, for a refused line, the codes of its violations. */
  private record Answer(String line, boolean refused, boolean complete, List<String> codes) {}

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LaborCalc calc;
    LocalDate date;
    InputStream input;
    try {
      date = asOf == null ? null : Io.date(asOf, "--as-of");
      if (threads != null && threads < 1) {
        throw Io.invalid(
            "--threads", "INVALID_OPTION", "--threads 须至少为 1", "--threads must be at least 1");
      }
      calc = parameters.laborCalc(context);
      input = open(in, context.stdin().get());
    } catch (InvalidInputException e) {
      return Io.report(e.violations(), format, stdout, err);
    }
    long size = isStdin(in) ? -1 : sizeOf(in);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Summary summary = new Summary();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try (LineReader lines = new LineReader(input, LaborCalcJson.MAX_DOCUMENT_BYTES);
        Writer writer = writer(stdout)) {
      ArrayDeque<Future<Answer>> window = new ArrayDeque<>();
      long lastProgress = System.nanoTime();
      byte[] line;
      while ((line = lines.next()) != null) {
        byte[] caseLine = line;
        boolean tooLong = lines.lastWasTooLong();
        window.add(pool.submit(() -> answer(calc, caseLine, tooLong, date)));
        if (window.size() >= n * WINDOW_PER_THREAD) {
          summary.add(writeHead(window, writer));
        }
        if (progress && System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
          lastProgress = System.nanoTime();
          progress(err, summary.lines(), lines.bytesRead(), size);
        }
      }
      while (!window.isEmpty()) {
        summary.add(writeHead(window, writer));
      }
    } catch (IOException | UncheckedIOException e) {
      return Io.report(
          List.of(
              Violation.of(
                  out == null ? "" : "--out",
                  "FILE_NOT_WRITABLE",
                  "无法读写批量文件：" + e.getMessage(),
                  "cannot read or write the batch: " + e.getMessage())),
          format,
          stdout,
          err);
    } finally {
      pool.shutdownNow();
    }
    if (progress) {
      err.print("\r\033[K");
    }
    summary.print(format, err);
    return summary.exitCode();
  }

  private static Answer answer(LaborCalc calc, byte[] line, boolean tooLong, LocalDate asOf) {
    if (tooLong) {
      return refused(
          Violation.of(
              "",
              "TOO_LARGE",
              "该行过长，上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
              "the line is too long; the limit is " + LaborCalcJson.MAX_DOCUMENT_BYTES + " bytes"));
    }
    Outcome outcome;
    try {
      CaseOf<?> file = LaborCalcJson.readCaseFile(line, calc.calculations());
      outcome = calc.compute(asOf == null ? file : withAsOf(file, asOf));
    } catch (InvalidInputException e) {
      return refused(e.violations());
    }
    if (!outcome.isValid()) {
      return refused(outcome.violations());
    }
    return new Answer(oneLine(outcome.toJson()), false, outcome.isComplete(), List.of());
  }

  /** {@code --as-of} on a work-injury line, as {@code work-injury --as-of} applies it. */
  private static CaseOf<?> withAsOf(CaseOf<?> file, LocalDate asOf) {
    if (file.input() instanceof WorkInjuryCalculation.Input i) {
      return new CaseOf<>(
          WorkInjuryCalculation.INSTANCE,
          new WorkInjuryCalculation.Input(i.workInjuryCase(), i.options().withAsOf(asOf)),
          file.parameters());
    }
    throw Io.invalid(
        "--as-of",
        "OPTION_NOT_APPLICABLE",
        "--as-of 只适用于工伤案件，本行为“" + file.calculation().kind() + "”",
        "--as-of applies to work-injury cases; this line is \"" + file.calculation().kind() + "\"");
  }

  private static Answer refused(Violation v) {
    return refused(List.of(v));
  }

  private static Answer refused(List<Violation> violations) {
    return new Answer(
        oneLine(LaborCalcJson.writeViolations(violations)),
        true,
        false,
        violations.stream().map(Violation::code).distinct().toList());
  }

  /**
   * The document on one line. The writers indent with spaces after a line feed, and a line feed in
   * a JSON string is always escaped, so every raw line feed is layout.
   */
  static String oneLine(String document) {
    return document.strip().replaceAll("\n *", "");
  }

  private static Answer writeHead(ArrayDeque<Future<Answer>> window, Writer writer)
      throws IOException {
    Answer a;
    try {
      a = window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      // Only a bug gets here; the line is answered so that the order holds.
      a =
          refused(
              Violation.of(
                  "", "INTERNAL_ERROR", "内部错误：" + e.getCause(), "internal error: " + e.getCause()));
    }
    writer.write(a.line());
    writer.write('\n');
    return a;
  }

  private Writer writer(PrintWriter stdout) throws IOException {
    if (out == null) {
      return new BufferedWriter(
          new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
              stdout.write(buf, off, len);
            }

            @Override
            public void flush() {
              stdout.flush();
            }

            @Override
            public void close() {
              stdout.flush();
            }
          },
          1 << 16);
    }
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream open(Path file, InputStream stdin) {
    if (isStdin(file)) {
      return new BufferedInputStream(stdin, 1 << 16);
    }
    if (Files.isDirectory(file)) {
      throw Io.invalid(
          "",
          "FILE_NOT_READABLE",
          "“" + file + "”是目录，不是文件",
          "\"" + file + "\" is a directory, not a file");
    }
    try {
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw Io.invalid(
          "", "FILE_NOT_FOUND", "找不到文件“" + file + "”", "no such file: \"" + file + "\"");
    } catch (IOException e) {
      throw Io.invalid(
          "",
          "FILE_NOT_READABLE",
          "无法读取文件“" + file + "”：" + e.getMessage(),
          "cannot read \"" + file + "\": " + e.getMessage());
    }
  }

  private static boolean isStdin(Path file) {
    return file.toString().equals("-");
  }

  /**
   * Whether this process's standard error is a terminal (Linux: {@code /proc/self/fd/2} names a
   * tty). Elsewhere, or when it cannot be told, it is taken for a file: no progress is drawn.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void progress(PrintWriter err, long lines, long bytes, long size) {
    String done = size > 0 ? String.format(" (%d%%)", bytes * 100 / size) : "";
    err.print("\r已处理 / processed " + lines + done);
    err.flush();
  }

  /** Lines computed, incomplete and refused, and the refused lines by violation code. */
  private static final class Summary {
    private long computed;
    private long incomplete;
    private long refused;
    private final Map<String, Long> byCode = new TreeMap<>();

    void add(Answer a) {
      if (a.refused()) {
        refused++;
        a.codes().forEach(c -> byCode.merge(c, 1L, Long::sum));
      } else if (a.complete()) {
        computed++;
      } else {
        incomplete++;
      }
    }

    long lines() {
      return computed + incomplete + refused;
    }

    int exitCode() {
      if (refused > 0) {
        return LaborCalcCli.INVALID_INPUT;
      }
      return incomplete > 0 ? LaborCalcCli.INCOMPLETE : 0;
    }

    void print(Format format, PrintWriter err) {
      if (format == Format.JSON) {
        StringBuilder b = new StringBuilder();
        b.append("{\"format\": \"laborcalc.batch-summary/1\", \"lines\": ").append(lines());
        b.append(", \"computed\": ").append(computed);
        b.append(", \"incomplete\": ").append(incomplete);
        b.append(", \"refused\": ").append(refused).append(", \"refusedByCode\": {");
        String sep = "";
        for (Map.Entry<String, Long> e : byCode.entrySet()) {
          b.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
          sep = ", ";
        }
        err.println(b.append("}}"));
      } else {
        err.println(
            "laborcalc batch: 共 "
                + lines()
                + " 行，已计算 "
                + computed
                + "，不完整 "
                + incomplete
                + "，拒绝 "
                + refused
                + " / "
                + lines()
                + " lines, computed "
                + computed
                + ", incomplete "
                + incomplete
                + ", refused "
                + refused);
        byCode.forEach((code, count) -> err.println("  " + code + "  " + count));
      }
      err.flush();
    }
  }
}
