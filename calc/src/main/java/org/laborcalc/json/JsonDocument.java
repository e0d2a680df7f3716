package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;

/**
 * A JSON document from bytes or text, before its structure is read: encoding, size, syntax,
 * duplicate keys and the parser's limits. The first problem stops it (the rest of a broken document
 * cannot be trusted) and is one violation of the whole document, or of the repeated key.
 * Thread-safe.
 */
final class JsonDocument {
  private JsonDocument() {}

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
      String name = Violations.shorten(String.valueOf(p.getParsingContext().getCurrentName()));
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

  static InvalidInputException document(String code, String zh, String en) {
    return InvalidInputException.of("", code, zh, en);
  }
}
