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
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterPack;

/**
 * Reads a case file from bytes or text: first the document (encoding, size, syntax, duplicate keys,
 * the parser's limits), then its structure. Every problem becomes a {@link Violation}; the first
 * stage stops at its first problem (the rest of a broken document cannot be trusted), the second
 * reports them all. Thread-safe.
 */
final class CaseFileReader {
  static final List<String> TOP = List.of("$schema", "case", "options", "parameters");

  /** The source name of a case file's own pack in pack errors. */
  static final String PACK_SOURCE = "case-file";

  // The reader is independent of the bundled packs: reading a file never needs them.
  static final PackReader PACKS = PackReader.of(WorkInjuryKeys.REGISTRY);

  private CaseFileReader() {}

  static CaseFile read(byte[] utf8, ObjectMapper mapper) {
    return fromTree(tree(utf8, mapper));
  }

  static CaseFile read(String text, ObjectMapper mapper) {
    return fromTree(tree(text, mapper));
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
    if (utf8.length >= 3
        && (utf8[0] & 0xFF) == 0xEF
        && (utf8[1] & 0xFF) == 0xBB
        && (utf8[2] & 0xFF) == 0xBF) {
      throw bom();
    }
    if (utf8.length >= 2
        && (((utf8[0] & 0xFF) == 0xFE && (utf8[1] & 0xFF) == 0xFF)
            || ((utf8[0] & 0xFF) == 0xFF && (utf8[1] & 0xFF) == 0xFE))) {
      throw document(
          "NOT_UTF8",
          "文件是 UTF-16 编码；请另存为不带 BOM 的 UTF-8",
          "the document is encoded in UTF-16; save it as UTF-8 without a byte-order mark");
    }
    return tree(decode(utf8), mapper);
  }

  static JsonNode tree(String text, ObjectMapper mapper) {
    if (text.isBlank()) {
      throw document("EMPTY_DOCUMENT", "文件为空", "the document is empty");
    }
    if (text.charAt(0) == '\uFEFF') {
      throw bom();
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

  static CaseFile fromTree(JsonNode root) {
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
    ObjectNode o = f.object(root, "", TOP);
    String schema = f.text(o, "", "$schema", false);
    CaseReader reader = new CaseReader(f);
    JsonNode caseNode = f.required(o, "", "case");
    WorkInjuryCase c = caseNode == null ? null : reader.readCase(caseNode, "case");
    CalculationOptions options = reader.readOptions(Fields.get(o, "options"), "options");
    ParameterPack pack = null;
    JsonNode packNode = Fields.get(o, "parameters");
    if (packNode != null) {
      try {
        pack = PACKS.read(packNode, PACK_SOURCE);
      } catch (InvalidPackException e) {
        f.add(JsonPaths.join("parameters", e.path()), e.code(), e.messageZh(), e.messageEn());
      }
    }
    if (!f.ok()) {
      throw new InvalidInputException(f.violations());
    }
    return new CaseFile(schema, c, options, pack);
  }

  private static String decode(byte[] utf8) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int offset = in.position();
      throw document(
          "INVALID_UTF8",
          "文件不是有效的 UTF-8 编码（第 " + offset + " 字节起有误）；请另存为 UTF-8",
          "the document is not valid UTF-8 (bad bytes at offset " + offset + "); save it as UTF-8");
    }
    try {
      r = d.flush(out);
      if (r.isError()) {
        r.throwException();
      }
    } catch (CharacterCodingException e) {
      throw document(
          "INVALID_UTF8",
          "文件不是有效的 UTF-8 编码；请另存为 UTF-8",
          "the document is not valid UTF-8; save it as UTF-8");
    }
    out.flip();
    return out.toString();
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

  private static InvalidInputException bom() {
    return document(
        "BOM",
        "文件以字节顺序标记（BOM）开头；请另存为不带 BOM 的 UTF-8",
        "the document starts with a byte-order mark (BOM); save it as UTF-8 without a BOM");
  }

  private static InvalidInputException document(String code, String zh, String en) {
    return InvalidInputException.of("", code, zh, en);
  }
}
