package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.calculation.CaseOf;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.ParameterPack;

/**
 * Reads a case file from bytes or text: first the document (encoding, size, syntax, duplicate keys,
 * the parser's limits), then its structure. Every problem becomes a {@link Violation}; the first
 * stage stops at its first problem (the rest of a broken document cannot be trusted), the second
 * reports them all. Thread-safe.
 */
final class CaseFileReader {
  static final List<String> TOP =
      List.of("$schema", "calculation", "formatVersion", "case", "options", "parameters");

  /** The source name of a case file's own pack in pack errors. */
  static final String PACK_SOURCE = "case-file";

  private CaseFileReader() {}

  static CaseFile read(byte[] utf8, ObjectMapper mapper) {
    return fromTree(tree(utf8, mapper));
  }

  static CaseFile read(String text, ObjectMapper mapper) {
    return fromTree(tree(text, mapper));
  }

  static CaseOf<?> read(byte[] utf8, ObjectMapper mapper, Calculations calculations) {
    return fromTree(tree(utf8, mapper), calculations);
  }

  static CaseOf<?> read(String text, ObjectMapper mapper, Calculations calculations) {
    return fromTree(tree(text, mapper), calculations);
  }

  /** The parsed document, or an {@link InvalidInputException} with one document-level violation. */
  static JsonNode tree(byte[] utf8, ObjectMapper mapper) {
    if (utf8.length > LaborCalcJson.MAX_DOCUMENT_BYTES) {
      throw document(
          "TOO_LARGE",
          "文件过大（" + utf8.length + " 字节），上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
          "the document is too large ("
              + utf8.length
              + " bytes); the limit is "
              + LaborCalcJson.MAX_DOCUMENT_BYTES
              + " bytes");
    }
    // A UTF-8 byte-order mark is accepted and skipped: Notepad and other Windows tools write one
    // when saving "UTF-8", and refusing the file would only send the user looking for a setting.
    int start = hasUtf8Bom(utf8) ? 3 : 0;
    String wide = wideEncoding(utf8);
    if (wide != null) {
      throw document(
          "NOT_UTF8",
          "文件是 " + wide + " 编码；请另存为 UTF-8",
          "the document is encoded in " + wide + "; save it as UTF-8");
    }
    return parse(decode(utf8, start), mapper);
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /**
   * The name of a UTF-16 or UTF-32 encoding the bytes are in, or null. With a byte-order mark the
   * mark says so; without one, a JSON text starts with an ASCII character, which these encodings
   * pad with zero bytes (RFC 4627 section 3) — and a zero byte is never in a valid case file.
   */
  private static String wideEncoding(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
        || b.length >= 4
            && (b[0] & 0xFF) == 0xFF
            && (b[1] & 0xFF) == 0xFE
            && b[2] == 0
            && b[3] == 0) {
      return "UTF-32";
    }
    if (b.length >= 2
        && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
            || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
      return "UTF-16";
    }
    if (b.length >= 4 && (b[0] == 0 || b[1] == 0 || b[2] == 0 || b[3] == 0)) {
      return b[0] == 0 && b[1] == 0 || b[2] == 0 && b[3] == 0 ? "UTF-32" : "UTF-16";
    }
    return null;
  }

  static JsonNode tree(String text, ObjectMapper mapper) {
    // A byte-order mark decoded into the text is skipped, once, as in bytes; a second one is
    // malformed JSON.
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, mapper);
  }

  private static JsonNode parse(String text, ObjectMapper mapper) {
    if (text.isBlank()) {
      throw document("EMPTY_DOCUMENT", "文件为空", "the document is empty");
    }
    if (text.length() > LaborCalcJson.MAX_DOCUMENT_BYTES) {
      throw document(
          "TOO_LARGE",
          "文件过大（" + text.length() + " 个字符），上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES,
          "the document is too large ("
              + text.length()
              + " characters); the limit is "
              + LaborCalcJson.MAX_DOCUMENT_BYTES);
    }
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(syntax(e)));
    }
  }

  /**
   * A work-injury case file: one naming another calculation is a violation at {@code calculation}.
   */
  static CaseFile fromTree(JsonNode root) {
    Read r = fromTree(root, Calculations.builtIn(), true);
    WorkInjuryCalculation.Input in = (WorkInjuryCalculation.Input) r.file().input();
    return new CaseFile(r.schema(), in.workInjuryCase(), in.options(), r.file().parameters());
  }

  /** A case file of any calculation the registry holds; none named is work injury. */
  static CaseOf<?> fromTree(JsonNode root, Calculations calculations) {
    return fromTree(root, calculations, false).file();
  }

  private record Read(String schema, CaseOf<?> file) {}

  private static Read fromTree(JsonNode root, Calculations calculations, boolean workInjuryOnly) {
    if (root == null || root.isMissingNode()) {
      throw document("EMPTY_DOCUMENT", "文件为空", "the document is empty");
    }
    if (!root.isObject()) {
      throw document(
          "NOT_AN_OBJECT",
          "顶层须为 JSON 对象 {\"case\": …}，实为" + (root.isArray() ? "数组" : "单个值"),
          "the top level must be a JSON object {\"case\": …}, found "
              + (root.isArray() ? "an array" : "a single value"));
    }
    Fields f = new Fields();
    f.unpairedSurrogates(root, "");
    ObjectNode o = f.object(root, "", TOP);
    String schema = f.text(o, "", "$schema", false);
    Calculation<?, ?> calculation = calculation(f, o, calculations, workInjuryOnly);
    JsonNode caseNode = f.required(o, "", "case");
    Object input = null;
    if (calculation != null && caseNode != null) {
      try {
        input = calculation.read(caseNode, Fields.get(o, "options"));
      } catch (InvalidInputException e) {
        f.addAll(e.violations());
      }
    }
    ParameterPack pack = null;
    JsonNode packNode = Fields.get(o, "parameters");
    if (packNode != null) {
      try {
        pack = calculations.packReader().read(packNode, PACK_SOURCE);
      } catch (InvalidPackException e) {
        f.add(JsonPaths.join("parameters", e.path()), e.code(), e.messageZh(), e.messageEn());
      }
    }
    if (!f.ok()) {
      throw new InvalidInputException(f.violations());
    }
    return new Read(schema, caseOf(calculation, input, pack));
  }

  // The input was read by this very calculation.
  @SuppressWarnings("unchecked")
  private static <C> CaseOf<C> caseOf(
      Calculation<C, ?> calculation, Object input, ParameterPack p) {
    return new CaseOf<>(calculation, (C) input, p);
  }

  /**
   * The calculation the envelope names ({@code "calculation"}, work injury when absent) if the
   * registry holds it and reads the {@code "formatVersion"} given; otherwise null and a violation.
   */
  private static Calculation<?, ?> calculation(
      Fields f, ObjectNode o, Calculations known, boolean workInjuryOnly) {
    if (o == null) {
      return null;
    }
    boolean named = Fields.get(o, "calculation") != null;
    String kind = named ? f.text(o, "", "calculation", false) : Calculations.DEFAULT_KIND;
    JsonNode versionNode = Fields.get(o, "formatVersion");
    Integer version =
        versionNode == null
            ? null
            : f.integer(versionNode, "formatVersion", 1, 1_000, "格式版本", "format version");
    if (kind == null) {
      return null;
    }
    if (workInjuryOnly && !kind.equals(WorkInjuryCalculation.INSTANCE.kind())) {
      f.add(
          "calculation",
          "WRONG_CALCULATION",
          "这是“"
              + Fields.shorten(kind)
              + "”案件文件，此处只读工伤（work-injury）案件文件；其他计算请用 LaborCalc.compute（命令行：laborcalc compute）",
          "this is a \""
              + Fields.shorten(kind)
              + "\" case file, and this reads work-injury case files only; for any other"
              + " calculation use LaborCalc.compute (command line: laborcalc compute)");
      return null;
    }
    Calculation<?, ?> c = known.find(kind).orElse(null);
    if (c == null) {
      f.add(
          "calculation",
          "UNKNOWN_CALCULATION",
          "未知的计算种类“" + Fields.shorten(kind) + "”；可用的种类为：" + String.join("、", known.kinds()),
          "unknown calculation \""
              + Fields.shorten(kind)
              + "\"; the calculations known are "
              + known.kinds());
      return null;
    }
    if (version != null && version != c.formatVersion()) {
      f.add(
          "formatVersion",
          "UNSUPPORTED_VERSION",
          "“" + kind + "”案件文件的格式版本 " + version + " 不受支持；本版本读取的是第 " + c.formatVersion() + " 版",
          "format version "
              + version
              + " of \""
              + kind
              + "\" case files is not supported; this laborcalc reads version "
              + c.formatVersion());
      return null;
    }
    return versionNode != null && version == null ? null : c;
  }

  /** The {@code case} and {@code options} of a work-injury case file. */
  static CaseFile workInjury(JsonNode caseNode, JsonNode optionsNode) {
    Fields f = new Fields();
    CaseReader reader = new CaseReader(f);
    WorkInjuryCase c = reader.readCase(caseNode, "case");
    CalculationOptions options = reader.readOptions(optionsNode, "options");
    if (!f.ok()) {
      throw new InvalidInputException(f.violations());
    }
    return CaseFile.of(c, options);
  }

  private static String decode(byte[] utf8, int start) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8, start, utf8.length - start);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      throw notUtf8(utf8, in.position());
    }
    out.flip();
    return out.toString();
  }

  /**
   * Bytes that are not UTF-8, located by line and column, with a hint when they read as GB18030 (of
   * which GBK and GB2312 are subsets): the encoding Chinese Windows saves text in by default.
   */
  private static InvalidInputException notUtf8(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    boolean gbk = readsAs(bytes, Charset.forName("GB18030"));
    return document(
        "INVALID_UTF8",
        "文件不是有效的 UTF-8 编码（第 "
            + line
            + " 行第 "
            + column
            + " 个字节起有误，即全文第 "
            + offset
            + " 字节）"
            + (gbk ? "；看来是 GBK/GB18030 编码" : "")
            + "；请用编辑器另存为 UTF-8",
        "the document is not valid UTF-8 (bad bytes at line "
            + line
            + ", byte "
            + column
            + " of the line, offset "
            + offset
            + ")"
            + (gbk ? "; it looks like GBK/GB18030" : "")
            + "; save it as UTF-8");
  }

  private static boolean readsAs(byte[] bytes, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Violation syntax(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    String detail = original.length() <= 160 ? original : original.substring(0, 159) + "…";
    JsonLocation loc = e.getLocation();
    boolean located = loc != null && loc.getLineNr() > 0;
    String whereZh = located ? "（第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列）" : "";
    String whereEn =
        located ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "";
    if (e instanceof StreamConstraintsException) {
      return limit(original, whereZh, whereEn, detail);
    }
    if (original.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser p) {
      String name = Fields.shorten(String.valueOf(p.getParsingContext().getCurrentName()));
      return Violation.of(
          JsonPaths.of(p.getParsingContext()),
          "DUPLICATE_KEY",
          "字段“" + name + "”重复出现" + whereZh + "：每个字段只能出现一次",
          "the field \""
              + name
              + "\" appears twice"
              + whereEn
              + "; each field may appear only once");
    }
    if (original.startsWith("Trailing token")) {
      return Violation.of(
          "",
          "MALFORMED_JSON",
          "JSON 文档结束后还有多余的内容" + whereZh + "：一个文件只能有一个 JSON 对象",
          "there is more content after the end of the JSON document"
              + whereEn
              + ": a file holds exactly one JSON object");
    }
    return Violation.of(
        "",
        "MALFORMED_JSON",
        "不是有效的 JSON" + whereZh + "（解析器报告：" + detail + "）",
        "not valid JSON" + whereEn + ": " + detail);
  }

  /** The parser's limits, named in both languages (Jackson's own text is English only). */
  private static Violation limit(String original, String whereZh, String whereEn, String detail) {
    String zh;
    String en;
    if (original.startsWith("Document nesting depth")) {
      zh = "数组和对象的嵌套超过 " + LaborCalcJson.MAX_NESTING_DEPTH + " 层";
      en = "arrays and objects are nested more than " + LaborCalcJson.MAX_NESTING_DEPTH + " deep";
    } else if (original.startsWith("Number value length")) {
      zh = "数字超过 " + LaborCalcJson.MAX_NUMBER_LENGTH + " 个字符";
      en = "a number is longer than " + LaborCalcJson.MAX_NUMBER_LENGTH + " characters";
    } else if (original.startsWith("String value length")) {
      zh = "字符串超过 " + LaborCalcJson.MAX_STRING_LENGTH + " 个字符";
      en = "a string is longer than " + LaborCalcJson.MAX_STRING_LENGTH + " characters";
    } else if (original.startsWith("Name length")) {
      zh = "字段名超过 " + LaborCalcJson.MAX_NAME_LENGTH + " 个字符";
      en = "a field name is longer than " + LaborCalcJson.MAX_NAME_LENGTH + " characters";
    } else if (original.startsWith("Document length")) {
      zh = "文件超过 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 个字符";
      en = "the document is longer than " + LaborCalcJson.MAX_DOCUMENT_BYTES + " characters";
    } else {
      zh = "超出解析器的安全限制（" + detail + "）";
      en = "a parser safety limit is exceeded (" + detail + ")";
    }
    return Violation.of(
        "",
        "LIMIT_EXCEEDED",
        "文件超出安全限制" + whereZh + "：" + zh,
        "the document exceeds a safety limit" + whereEn + ": " + en);
  }

  private static InvalidInputException document(String code, String zh, String en) {
    return InvalidInputException.of("", code, zh, en);
  }
}
