package org.laborcalc.pay.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.JsonPaths;
import org.laborcalc.json.StrictRecordMapper;
import org.laborcalc.money.Money;

/**
 * Reading the fields of a pay claim's case file, each problem a located violation in Chinese and
 * English added to the caller's list: the case bound to records (unknown fields, wrong types and
 * enum values located by Jackson's path), money as strings, dates and months within 1990–2100,
 * percentages. Regions and options are read by {@link CaseFields}, as for every kind. Stateless.
 */
public final class Fields {
  /** The earliest day a date of a case may name. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** The latest day a date of a case may name. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** At most this many rows of a list: a file with more is a mistake, not a case. */
  public static final int MAX_ROWS = 1200;

  private static final JsonMapper JSON = mapper();

  private Fields() {}

  private static JsonMapper mapper() {
    JsonMapper m = StrictRecordMapper.create();
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    m.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return m;
  }

  /**
   * The file's {@code case} bound to {@code type}.
   *
   * @throws InvalidInputException when it is not an object or does not bind, with what {@code out}
   *     already holds
   */
  public static <T> T bind(JsonNode caseNode, Class<T> type, List<Violation> out) {
    if (caseNode == null || !caseNode.isObject()) {
      out.add(Violation.of("case", "REQUIRED", "缺少案件内容（对象）", "the case (an object) is missing"));
      throw new InvalidInputException(out);
    }
    try {
      return JSON.treeToValue(caseNode, type);
    } catch (JsonMappingException e) {
      out.add(JsonPaths.violationOf("case", e));
    } catch (JsonProcessingException e) {
      out.add(Violation.of("case", "INVALID_CASE", "案件内容无法读取", "the case cannot be read"));
    }
    throw new InvalidInputException(out);
  }

  /** An amount written as a string, or null with a violation (a required one when absent). */
  public static Money money(String text, String path, List<Violation> out) {
    return CaseFields.money(text, path, false, out);
  }

  /** An amount that may be absent (then {@code absent}), or null with a violation. */
  public static Money money(String text, Money absent, String path, List<Violation> out) {
    return text == null ? absent : money(text, path, out);
  }

  /** An amount not below zero, or null with a violation. */
  public static Money nonNegative(Money m, String path, List<Violation> out) {
    if (m != null && m.isNegative()) {
      out.add(Violation.of(path, "OUT_OF_RANGE", "金额不得为负", "the amount must not be negative"));
      return null;
    }
    return m;
  }

  /**
   * A percentage written as a decimal string ({@code "50"}, {@code "62.5"}) within {@code [min,
   * max]}, or null with a violation.
   */
  public static BigDecimal percent(
      String text, BigDecimal min, BigDecimal max, String path, List<Violation> out) {
    if (text == null) {
      out.add(required(path));
      return null;
    }
    BigDecimal p;
    try {
      if (text.length() > 12) {
        throw new NumberFormatException();
      }
      p = new BigDecimal(text);
    } catch (NumberFormatException e) {
      out.add(
          Violation.of(
              path,
              "INVALID_NUMBER",
              "百分比须为数字字符串，如 \"50\"（现为 \"" + CaseFields.shorten(text) + "\"）",
              "a percentage is a number string such as \"50\" (got \""
                  + CaseFields.shorten(text)
                  + "\")"));
      return null;
    }
    if (p.compareTo(min) < 0 || p.compareTo(max) > 0 || p.scale() > 4) {
      out.add(
          Violation.of(
              path,
              "OUT_OF_RANGE",
              "百分比须在" + min.toPlainString() + "%至" + max.toPlainString() + "%之间（现为 " + text + "%）",
              "the percentage must be "
                  + min.toPlainString()
                  + "% to "
                  + max.toPlainString()
                  + "% (got "
                  + text
                  + "%)"));
      return null;
    }
    return p;
  }

  /** A date within 1990–2100, or null with a violation; null stays null. */
  public static LocalDate date(LocalDate d, String path, List<Violation> out) {
    if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
      out.add(
          Violation.of(
              path,
              "OUT_OF_RANGE",
              "日期须在1990-01-01至2100-12-31之间：" + d,
              "the date must be 1990-01-01 to 2100-12-31: " + d));
      return null;
    }
    return d;
  }

  /** A month within 1990–2100, or null with a violation; null stays null. */
  public static YearMonth month(YearMonth m, String path, List<Violation> out) {
    if (m != null && (m.getYear() < 1990 || m.getYear() > 2100)) {
      out.add(
          Violation.of(
              path,
              "OUT_OF_RANGE",
              "月份须在1990至2100年之间：" + m,
              "the month must be 1990 to 2100: " + m));
      return null;
    }
    return m;
  }

  /** A list that is absent (empty) or at most {@link #MAX_ROWS} long (else empty, located). */
  public static <T> List<T> rows(List<T> rows, String path, List<Violation> out) {
    if (rows == null) {
      return List.of();
    }
    if (rows.size() > MAX_ROWS) {
      out.add(
          Violation.of(path, "OUT_OF_RANGE", "行数不得超过" + MAX_ROWS, "at most " + MAX_ROWS + " rows"));
      return List.of();
    }
    return rows;
  }

  /** The violation of a required field left out. */
  public static Violation required(String path) {
    return CaseFields.required(path);
  }

  /** A field that is wrong for the reason given. */
  public static Violation invalid(String path, String zh, String en) {
    return Violation.of(path, "INVALID_FIELD", zh, en);
  }
}
