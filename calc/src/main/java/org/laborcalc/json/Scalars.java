package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;

/**
 * The JSON values of one field for {@link RecordReader}: text, dates, months, amounts, enum
 * constants, region codes and whole numbers, each read strictly (an amount is a string, a date a
 * real date written yyyy-MM-dd) or refused with a located violation. Stateless.
 */
final class Scalars {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Four digits of year exactly: java.time also parses "+999999999-12".
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,8})?");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private Scalars() {}

  static String text(Violations problems, JsonNode v, String path) {
    if (!v.isTextual()) {
      problems.wrongType(path, v, "字符串", "a string");
      return null;
    }
    return v.asText();
  }

  static LocalDate date(Violations problems, JsonNode v, String path) {
    if (!v.isTextual()) {
      problems.wrongType(path, v, "yyyy-MM-dd 格式的日期字符串", "a date string written yyyy-MM-dd");
      return null;
    }
    String s = v.asText();
    if (ISO_DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // falls through to the violation: the digits do not form a real date (e.g. 2019-02-30)
      }
    }
    problems.add(
        path,
        "INVALID_DATE",
        "日期“" + Violations.shorten(s) + "”无效：须为 yyyy-MM-dd 格式的真实日期，如 2019-12-18",
        "date \""
            + Violations.shorten(s)
            + "\" is invalid: it must be a real date written yyyy-MM-dd, e.g. 2019-12-18");
    return null;
  }

  static YearMonth month(Violations problems, JsonNode v, String path) {
    if (v.isTextual() && YEAR_MONTH.matcher(v.asText()).matches()) {
      try {
        return YearMonth.parse(v.asText());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    String shown = Violations.shorten(v.toString());
    problems.add(
        path,
        "MALFORMED_MONTH",
        "月份（" + shown + "）须为 yyyy-MM 格式的字符串，如 \"2019-03\"",
        "month (" + shown + ") must be a yyyy-MM string such as \"2019-03\"");
    return null;
  }

  static Money money(Violations problems, JsonNode v, String path, String malformed) {
    if (v.isNumber()) {
      problems.add(
          path,
          "WRONG_TYPE",
          "金额须写成字符串（如 \"6500.00\"），不能写成 JSON 数字，以免二进制浮点数的误差",
          "an amount must be a JSON string such as \"6500.00\", not a JSON number, so that no"
              + " binary floating point touches it");
      return null;
    }
    if (!v.isTextual()) {
      problems.wrongType(path, v, "金额字符串，如 \"6500.00\"", "an amount string such as \"6500.00\"");
      return null;
    }
    try {
      return Money.parse(v.asText());
    } catch (IllegalArgumentException e) {
      problems.add(
          path,
          malformed,
          "金额“" + Violations.shorten(v.asText()) + "”无效：须为最多两位小数的十进制数字符串，如 \"6500.00\"，不得有千位分隔符或指数",
          e.getMessage());
      return null;
    }
  }

  /** A plain decimal written as a string, such as {@code "4.5"} (a count of months). */
  static BigDecimal decimal(Violations problems, JsonNode v, String path) {
    if (!v.isTextual()) {
      problems.wrongType(
          path, v, "十进制数字符串，如 \"4.5\"", "a decimal number as a string such as \"4.5\"");
      return null;
    }
    if (!DECIMAL.matcher(v.asText()).matches()) {
      String shown = Violations.shorten(v.asText());
      problems.add(
          path,
          "MALFORMED_NUMBER",
          "“" + shown + "”须为不超过 8 位小数的十进制数，如 \"4.5\"",
          "\"" + shown + "\" must be a plain decimal with at most 8 decimals, such as \"4.5\"");
      return null;
    }
    return new BigDecimal(v.asText());
  }

  static Enum<?> enumValue(
      Violations problems, Class<?> type, JsonNode v, String path, boolean evidence) {
    Enum<?>[] constants = (Enum<?>[]) type.getEnumConstants();
    List<String> names = Arrays.stream(constants).map(Enum::name).toList();
    for (Enum<?> e : constants) {
      if (v.isTextual() && e.name().equals(v.asText())) {
        return e;
      }
    }
    String code = CaseShapes.unknownValueCode(type, evidence, v.isTextual());
    if (code.equals("WRONG_TYPE")) {
      problems.wrongType(
          path, v, "字符串，取值之一：" + String.join("、", names), "a string, one of " + names);
      return null;
    }
    String shown = Violations.shorten(v.isTextual() ? v.asText() : v.toString());
    problems.add(
        path,
        code,
        "“" + shown + "”不是有效值；须为以下之一：" + String.join("、", names),
        "\"" + shown + "\" is not a valid value; it must be one of " + names);
    return null;
  }

  static Region region(Violations problems, JsonNode v, String path) {
    String code = text(problems, v, path);
    if (code == null) {
      return null;
    }
    Region r = Regions.bundled().find(code).orElse(null);
    if (r == null) {
      UnknownRegionException e = new UnknownRegionException(code);
      problems.add(path, e.code(), e.messageZh(), e.messageEn());
    }
    return r;
  }

  /** A whole number in {@code [min, max]}, or null (and a violation). */
  static Integer integer(
      Violations problems,
      JsonNode v,
      String path,
      int min,
      int max,
      String whatZh,
      String whatEn) {
    if (!v.isIntegralNumber()) {
      problems.wrongType(
          path,
          v,
          min + " 至 " + max + " 之间的整数（" + whatZh + "）",
          "a whole number from " + min + " to " + max + " (" + whatEn + ")");
      return null;
    }
    if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
      String shown = Violations.shorten(v.asText());
      problems.add(
          path,
          "OUT_OF_RANGE",
          whatZh + "（" + shown + "）须在 " + min + " 至 " + max + " 之间",
          whatEn + " (" + shown + ") must be between " + min + " and " + max);
      return null;
    }
    return v.intValue();
  }
}
