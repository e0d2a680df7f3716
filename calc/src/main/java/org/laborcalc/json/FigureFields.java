package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.time.DateRange;

/**
 * The time and the value of one figure in the short form ({@link CaseFigures}): when it covers
 * ({@code year}, or {@code from} and {@code until}) and the decimal it gives, each problem a
 * located violation. Stateless.
 */
final class FigureFields {
  /** A value in the short form: a plain decimal, at most two decimals for an amount. */
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,8})?");

  private FigureFields() {}

  /**
   * A yearly statistic by its {@code year} alone; any other figure by {@code year} (that calendar
   * year only) or by {@code from} and, if it ceased, {@code until} (exclusive).
   */
  static DateRange range(JsonNode n, String at, ParameterKey<?> key, Violations problems) {
    JsonNode yearNode = RecordReader.get(n, "year");
    JsonNode fromNode = RecordReader.get(n, "from");
    JsonNode untilNode = RecordReader.get(n, "until");
    if (yearNode != null || key.isYearly()) {
      boolean dated = false;
      for (String f : List.of("from", "until")) {
        if (RecordReader.get(n, f) != null) {
          dated = true;
          problems.add(
              Violations.at(at, f),
              "CONTRADICTION",
              key.isYearly()
                  ? "“" + key.descriptionZh() + "”是年度统计数据，只用 year 写明其所属年度（该年度数值只适用于该年）"
                  : "已用 year 写明该数值适用的年度，不应再写 " + f,
              key.isYearly()
                  ? "\""
                      + key.descriptionEn()
                      + "\" is a yearly statistic: give its year in year only (a year's figure"
                      + " covers that calendar year only)"
                  : "the figure's year is given in year: " + f + " must not be given too");
        }
      }
      if (yearNode == null) {
        if (!dated) {
          problems.required(Violations.at(at, "year"), "year");
        }
        return null;
      }
      Integer year =
          Scalars.integer(
              problems, yearNode, Violations.at(at, "year"), 1949, 2100, "年度", "the year");
      return year == null || dated
          ? null
          : DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }
    if (fromNode == null) {
      problems.add(
          Violations.at(at, "from"),
          "REQUIRED",
          "须写明该数值的生效日（from），或用 year 写明其适用的年度",
          "the day the figure took effect (from) is required, or the year it covers (year)");
      return null;
    }
    LocalDate from = Scalars.date(problems, fromNode, Violations.at(at, "from"));
    LocalDate until =
        untilNode == null ? null : Scalars.date(problems, untilNode, Violations.at(at, "until"));
    if (from == null || (untilNode != null && until == null)) {
      return null;
    }
    if (until == null) {
      return DateRange.from(from);
    }
    if (!until.isAfter(from)) {
      problems.add(
          Violations.at(at, "until"),
          "DATE_ORDER",
          "失效日（" + until + "）须晚于生效日（" + from + "）",
          "until (" + until + ") must be after from (" + from + ")");
      return null;
    }
    return DateRange.of(from, until);
  }

  static BigDecimal value(
      JsonNode v,
      String path,
      ParameterKey<?> key,
      CaseFigures.Period period,
      Violations problems) {
    if (!v.isTextual()) {
      problems.add(
          path,
          "WRONG_TYPE",
          "数值须写成字符串，如 \"9500.00\"，不能写成 JSON 数字",
          "the value must be a JSON string such as \"9500.00\", not a JSON number");
      return null;
    }
    String s = v.asText();
    boolean money = key.kind() == ParameterKey.Kind.MONEY;
    if (!DECIMAL.matcher(s).matches()
        || (money && s.contains(".") && s.indexOf('.') < s.length() - 3)) {
      problems.add(
          path,
          "MALFORMED_NUMBER",
          "“"
              + Violations.shorten(s)
              + "”无效：须为"
              + (money ? "最多两位小数" : "最多八位小数")
              + "的十进制数，如 \""
              + (money ? "9500.00" : "30")
              + "\"，不得有千位分隔符、符号或指数",
          "\""
              + Violations.shorten(s)
              + "\" must be a plain decimal with at most "
              + (money ? "two" : "eight")
              + " decimals, such as \""
              + (money ? "9500.00" : "30")
              + "\", without separators, sign or exponent");
      return null;
    }
    BigDecimal d = new BigDecimal(s);
    BigDecimal used =
        period == CaseFigures.Period.ANNUAL
            ? d.divide(CaseFigures.MONTHS, 2, RoundingMode.HALF_UP)
            : d;
    BigDecimal min = money ? new BigDecimal("0.01") : key.min();
    BigDecimal max = key.max() == null ? Money.MAX_ABS : key.max();
    if (used.compareTo(min) < 0 || used.compareTo(max) > 0) {
      String range = min.toPlainString() + " 至 " + max.toPlainString();
      String rangeEn = min.toPlainString() + " and " + max.toPlainString();
      problems.add(
          path,
          "OUT_OF_RANGE",
          "“" + key.descriptionZh() + "”的数值（" + used.toPlainString() + "）须在 " + range + " 之间",
          "the value ("
              + used.toPlainString()
              + ") of \""
              + key.descriptionEn()
              + "\" must be between "
              + rangeEn);
      return null;
    }
    return d;
  }
}
