package org.laborcalc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.ParameterPack;

/** Files and options read into values or located violations, and violations printed. */
final class Io {
  /** The case file argument that stands for standard input. */
  static final String STDIN = "-";

  private Io() {}

  /**
   * The bytes of a file; a missing or unreadable file is a violation at {@code option} (the
   * option's name, or empty for the case file).
   */
  static byte[] read(Path file, String option) {
    if (Files.isDirectory(file)) {
      throw invalid(
          option,
          "FILE_NOT_READABLE",
          "“" + file + "”是目录，不是文件",
          "\"" + file + "\" is a directory, not a file");
    }
    // Read up to one byte past the limit, whatever size the file reports: a device or a pipe
    // (/dev/zero, /dev/stdin) reports none and never ends, and readAllBytes read it until the heap
    // ran out.
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(LaborCalcJson.MAX_DOCUMENT_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw invalid(
          option, "FILE_NOT_FOUND", "找不到文件“" + file + "”", "no such file: \"" + file + "\"");
    } catch (AccessDeniedException e) {
      throw invalid(
          option,
          "FILE_NOT_READABLE",
          "无权读取文件“" + file + "”",
          "permission denied reading \"" + file + "\"");
    } catch (IOException e) {
      throw invalid(
          option,
          "FILE_NOT_READABLE",
          "无法读取文件“" + file + "”：" + e.getMessage(),
          "cannot read \"" + file + "\": " + e.getMessage());
    }
    if (bytes.length > LaborCalcJson.MAX_DOCUMENT_BYTES) {
      throw invalid(
          option,
          "TOO_LARGE",
          "文件“" + file + "”过大，上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
          "the file \""
              + file
              + "\" is too large; the limit is "
              + LaborCalcJson.MAX_DOCUMENT_BYTES
              + " bytes");
    }
    return bytes;
  }

  /**
   * The bytes of the case file, or of standard input when it is given as {@code -}; a case file's
   * problems are located at the document (empty path).
   */
  static byte[] readCase(Path file, LaborCalcCli.Context context) {
    if (!file.toString().equals(STDIN)) {
      return read(file, "");
    }
    byte[] bytes;
    try {
      bytes = context.stdin().get().readNBytes(LaborCalcJson.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw invalid(
          "",
          "FILE_NOT_READABLE",
          "无法读取标准输入：" + e.getMessage(),
          "cannot read standard input: " + e.getMessage());
    }
    if (bytes.length > LaborCalcJson.MAX_DOCUMENT_BYTES) {
      throw invalid(
          "",
          "TOO_LARGE",
          "标准输入过大，上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
          "standard input is too large; the limit is "
              + LaborCalcJson.MAX_DOCUMENT_BYTES
              + " bytes");
    }
    return bytes;
  }

  /** A parameter pack file ({@code --params}); its errors are located under the option. */
  static ParameterPack pack(Path file) {
    byte[] bytes = read(file, "--params");
    try {
      return Calculations.builtIn()
          .packReader()
          .read(new java.io.ByteArrayInputStream(bytes), file.toString());
    } catch (InvalidPackException e) {
      throw invalid(
          e.path().isEmpty() ? "--params" : "--params:" + e.path(),
          e.code(),
          e.messageZh(),
          e.messageEn());
    }
  }

  /** An ISO date given to an option. */
  static LocalDate date(String text, String option) {
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // falls through: digits that are no real date
      }
    }
    throw invalid(
        option,
        "INVALID_DATE",
        option + " 的日期“" + text + "”无效：须为 yyyy-MM-dd 格式的真实日期",
        option + " date \"" + text + "\" is invalid: it must be a real date written yyyy-MM-dd");
  }

  /** Writes the document to {@code out}, or to the file when one is given. */
  static void emit(String document, Path file, PrintWriter out) {
    if (file == null) {
      out.print(document);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, document, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw invalid(
          "--out",
          "FILE_NOT_WRITABLE",
          "无法写入文件“" + file + "”：" + e.getMessage(),
          "cannot write \"" + file + "\": " + e.getMessage());
    }
  }

  /**
   * Prints the violations: as the violations document on {@code out} for {@code --format json},
   * otherwise as a list on {@code err}, each with its path and both messages.
   */
  static int report(List<Violation> violations, Format format, PrintWriter out, PrintWriter err) {
    if (format == Format.JSON) {
      out.print(LaborCalcJson.writeViolations(violations));
      out.flush();
    } else {
      err.println(
          "laborcalc: 输入有误，共 "
              + violations.size()
              + " 处 / invalid input, "
              + violations.size()
              + (violations.size() == 1 ? " problem:" : " problems:"));
      for (Violation v : violations) {
        err.println(
            "  " + (v.path().isEmpty() ? "(文件 / document)" : v.path()) + "  [" + v.code() + "]");
        err.println("    " + v.messageZh());
        err.println("    " + v.messageEn());
      }
      err.flush();
    }
    return LaborCalcCli.INVALID_INPUT;
  }

  /**
   * Lists the figures a written result lacks on standard error, so that no one takes it for the
   * whole award, and answers {@link LaborCalcCli#INCOMPLETE}.
   */
  static int incomplete(List<Violation> missing, PrintWriter err) {
    err.println(
        "laborcalc: 结果不完整，缺少 "
            + missing.size()
            + " 个参数 / incomplete result, "
            + missing.size()
            + (missing.size() == 1 ? " figure missing:" : " figures missing:"));
    for (Violation v : missing) {
      err.println("  " + v.path() + "  [" + v.code() + "]  " + fields(v));
      err.println("    " + v.messageZh());
      err.println("    " + v.messageEn());
    }
    err.flush();
    return LaborCalcCli.INCOMPLETE;
  }

  private static String fields(Violation v) {
    StringBuilder b = new StringBuilder();
    v.fields()
        .forEach(
            (k, value) ->
                b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(value));
    return b.toString();
  }

  static InvalidInputException invalid(String path, String code, String zh, String en) {
    return InvalidInputException.of(path, code, zh, en);
  }
}
