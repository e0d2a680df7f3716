package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;
import org.laborcalc.time.DateRange;

/**
 * The short form of a caller's figures, beside the full pack format of {@code parameters}: a case
 * file's {@code "figures": [{"key", "region", "year" | "from" [, "until"], "value" [, "period"],
 * "source"}]} and the command line's {@code --figure KEY@REGION:WHEN=VALUE[/ANNUAL]}. A yearly
 * statistic (上年度 figure) is given by its year and covers that calendar year only; any other figure
 * by a year (that calendar year only) or from the day it took effect ({@code from}, and {@code
 * until} exclusive when it ceased). A monthly average published as a year's total is given with
 * {@code "period": "ANNUAL"} (command line: {@code /ANNUAL}) and divided by 12, half-up to the fen,
 * as tribunals do; the division is written in the figure's citation and warning, so every line that
 * uses it shows it. Every figure is {@link Verification#USER_SUPPLIED} and carries a warning that
 * repeats it with its source, which the results list. Every problem is a located violation.
 * Stateless.
 */
final class CaseFigures {
  static final List<String> FIELDS =
      List.of("key", "region", "year", "from", "until", "value", "period", "source");

  /** The pack of a case file's figures when the file has no {@code parameters} of its own. */
  static final String PACK_ID = "case-figures";

  /** The pack of the command line's figures. */
  static final String COMMAND_LINE_PACK_ID = "command-line-figures";

  /** A value in the short form: a plain decimal, at most two decimals for an amount. */
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,13}(\\.\\d{1,8})?");

  /** {@code KEY@REGION:WHEN=VALUE[/ANNUAL]}. */
  private static final Pattern SPEC =
      Pattern.compile("([^@=:/]+)@([^@=:/]+):([^@=:/]+)=([^@=:/]+)(/ANNUAL)?");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private CaseFigures() {}

  /** The period of a figure as its source publishes it. */
  enum Period {
    /** As the key's unit says (a month's average for a {@code …Monthly} key). */
    MONTHLY,
    /** A year's total of a monthly average: divided by 12, half-up to the fen. */
    ANNUAL
  }

  /** A figure as read, with where it was given. */
  record Given(String path, ParameterEntry<?> entry) {}

  /**
   * The entries of a case file's {@code figures}, for the pack {@code packId}; every problem is
   * added to {@code problems} at {@code figures[i].field} and the entry left out.
   */
  static List<Given> read(
      JsonNode figures, String path, KeyRegistry keys, String packId, Violations problems) {
    List<Given> out = new ArrayList<>();
    if (!figures.isArray()) {
      problems.wrongType(path, figures, "JSON 数组", "a JSON array");
      return out;
    }
    RecordReader fields = new RecordReader(problems);
    for (int i = 0; i < figures.size(); i++) {
      JsonNode n = figures.get(i);
      String at = Violations.at(path, i);
      if (!n.isObject()) {
        problems.wrongType(at, n, "JSON 对象", "a JSON object");
        continue;
      }
      fields.unknownFields(n, at, FIELDS);
      ParameterEntry<?> e = entry(n, at, keys, packId, problems);
      if (e != null) {
        out.add(new Given(at, e));
      }
    }
    return out;
  }

  /**
   * The pack of the command line's {@code --figure} options, each located at {@code --figure[i]}
   * (the fields of the case file's form after it: {@code --figure[0].year}).
   *
   * @throws org.laborcalc.error.InvalidInputException listing every problem
   */
  static ParameterPack commandLine(List<String> specs, KeyRegistry keys) {
    Violations problems = new Violations();
    List<Given> given = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      String spec = String.valueOf(specs.get(i));
      String at = "--figure[" + i + "]";
      Matcher m = SPEC.matcher(spec);
      if (!m.matches()) {
        problems.add(
            at,
            "MALFORMED_FIGURE",
            "“"
                + Violations.shorten(spec)
                + "”格式有误：须为 参数@行政区划代码:年度=数值，如 wage.regionalAverageMonthly@330100:2023=9500.00；"
                + "非年度数据以生效日（yyyy-MM-dd）代替年度；按年公布的月平均工资写 =114000.00/ANNUAL",
            "\""
                + Violations.shorten(spec)
                + "\" must be KEY@REGION:YEAR=VALUE, e.g."
                + " wage.regionalAverageMonthly@330100:2023=9500.00; a figure that is not yearly"
                + " takes the day it took effect (yyyy-MM-dd) instead of the year; a year's total"
                + " of a monthly average is written =114000.00/ANNUAL");
        continue;
      }
      ObjectNode f = JsonNodeFactory.instance.objectNode();
      f.put("key", m.group(1));
      f.put("region", m.group(2));
      if (YEAR.matcher(m.group(3)).matches()) {
        f.put("year", Integer.parseInt(m.group(3)));
      } else {
        f.put("from", m.group(3));
      }
      f.put("value", m.group(4));
      if (m.group(5) != null) {
        f.put("period", Period.ANNUAL.name());
      }
      f.put("source", "命令行 --figure " + spec + " / command line");
      ParameterEntry<?> e = entry(f, at, keys, COMMAND_LINE_PACK_ID, problems);
      if (e != null) {
        given.add(new Given(at, e));
      }
    }
    overlaps(given, List.of(), problems);
    problems.throwIfAny();
    return ParameterPack.of(
        COMMAND_LINE_PACK_ID,
        "命令行 --figure 给出的数值 / figures given with --figure",
        "--figure",
        given.stream().<ParameterEntry<?>>map(Given::entry).toList());
  }

  /**
   * Two figures (or a figure and an entry of the file's own pack) for one key and region over
   * overlapping time contradict each other: the later would silently win.
   */
  static void overlaps(
      List<Given> figures, List<ParameterEntry<?>> packEntries, Violations problems) {
    for (int i = 0; i < figures.size(); i++) {
      ParameterEntry<?> f = figures.get(i).entry();
      for (int j = 0; j < i; j++) {
        if (same(f, figures.get(j).entry())) {
          overlap(figures.get(i).path(), f, figures.get(j).path(), problems);
        }
      }
      for (int j = 0; j < packEntries.size(); j++) {
        if (same(f, packEntries.get(j))) {
          overlap(figures.get(i).path(), f, "parameters.entries[" + j + "]", problems);
        }
      }
    }
  }

  private static boolean same(ParameterEntry<?> a, ParameterEntry<?> b) {
    return a.key().equals(b.key())
        && a.region().equals(b.region())
        && a.range().overlaps(b.range());
  }

  private static void overlap(String path, ParameterEntry<?> f, String other, Violations problems) {
    problems.add(
        path,
        "DUPLICATE_FIGURE",
        "“" + f.key().name() + "”在" + f.region().code() + "的 " + f.range() + " 已由 " + other + " 给出",
        "the figure "
            + f.key().name()
            + " for "
            + f.region().code()
            + " over "
            + f.range()
            + " is already given at "
            + other);
  }

  private static ParameterEntry<?> entry(
      JsonNode n, String at, KeyRegistry keys, String packId, Violations problems) {
    int before = problems.count();
    ParameterKey<?> key = key(n, at, keys, problems);
    Region region = region(n, at, problems);
    String source = text(n, at, "source", problems);
    if (source != null && source.isBlank()) {
      problems.add(
          Violations.at(at, "source"),
          "REQUIRED",
          "须写明公布该数值的文件，如“杭州市统计局 2024年5月公告”",
          "must name the document that published the figure, e.g. the statistics bureau's"
              + " bulletin");
    }
    Period period = period(n, at, key, problems);
    DateRange range = key == null ? null : range(n, at, key, problems);
    JsonNode valueNode = RecordReader.get(n, "value");
    BigDecimal given = null;
    if (valueNode == null) {
      problems.required(Violations.at(at, "value"), "value");
    } else if (key != null && period != null) {
      given = value(valueNode, Violations.at(at, "value"), key, period, problems);
    }
    if (problems.count() != before) {
      return null;
    }
    return entry(key, region, range, given, period, source, packId);
  }

  private static <T> ParameterEntry<T> entry(
      ParameterKey<T> key,
      Region region,
      DateRange range,
      BigDecimal given,
      Period period,
      String source,
      String packId) {
    String when = key.isYearly() ? range.start().getYear() + "年度" : "自 " + range.start() + " 起";
    String whenEn = key.isYearly() ? "for " + range.start().getYear() : "from " + range.start();
    Object value;
    String divisionZh = "";
    String divisionEn = "";
    String division = "";
    if (key.kind() == ParameterKey.Kind.MONEY) {
      Money money =
          period == Period.ANNUAL
              ? Money.of(given).dividedBy(MONTHS, RoundingMode.HALF_UP)
              : Money.of(given);
      value = money;
      if (period == Period.ANNUAL) {
        divisionZh = "；按年度数值 " + Money.of(given) + " ÷ 12 = " + money + "（四舍五入至分）";
        divisionEn =
            "; the year's " + Money.of(given) + " ÷ 12 = " + money + " (half-up to the fen)";
        division =
            "（年度数值 "
                + Money.of(given)
                + " ÷ 12 = "
                + money
                + "，四舍五入至分 / the year's total ÷ 12, half-up to the fen）";
      }
    } else {
      value = given;
    }
    String shown = value instanceof Money m ? m.toString() : given.toPlainString();
    Instrument document =
        new Instrument(
            "user-document",
            source + division,
            source + division,
            null,
            null,
            null,
            Verification.USER_SUPPLIED,
            null);
    return new ParameterEntry<>(
        key,
        region,
        range,
        key.cast(value),
        List.of(Citation.of(document)),
        Verification.USER_SUPPLIED,
        null,
        null,
        "“"
            + key.descriptionZh()
            + "”（"
            + region.fullName()
            + "，"
            + when
            + "）"
            + shown
            + " 由用户提供，未经核实；来源："
            + source
            + divisionZh,
        "\""
            + key.descriptionEn()
            + "\" ("
            + region.code()
            + ", "
            + whenEn
            + ") "
            + shown
            + " is supplied by the user and not verified; source: "
            + source
            + divisionEn,
        packId);
  }

  private static boolean oneYear(DateRange range) {
    return range.start().getDayOfYear() == 1
        && range.endExclusive().filter(e -> e.equals(range.start().plusYears(1))).isPresent();
  }

  private static ParameterKey<?> key(JsonNode n, String at, KeyRegistry keys, Violations problems) {
    String name = text(n, at, "key", problems);
    if (name == null) {
      return null;
    }
    List<String> shortForm =
        keys.keys().stream().filter(CaseFigures::hasShortForm).map(ParameterKey::name).toList();
    ParameterKey<?> key = keys.find(name).orElse(null);
    if (key == null) {
      problems.add(
          Violations.at(at, "key"),
          "UNKNOWN_KEY",
          "未知的参数“" + Violations.shorten(name) + "”；可用简式给出的参数为：" + String.join("、", shortForm),
          "unknown parameter key \""
              + Violations.shorten(name)
              + "\"; the keys the short form takes are "
              + shortForm);
      return null;
    }
    if (!hasShortForm(key)) {
      problems.add(
          Violations.at(at, "key"),
          "NO_SHORT_FORM",
          "“" + name + "”是规则或表，不是单个数值：请在 parameters 中用完整的参数包格式给出（docs/PARAMETERS.md）",
          "\""
              + name
              + "\" is a rule or a table, not one figure: give it in parameters, in the full pack"
              + " format (docs/PARAMETERS.md)");
      return null;
    }
    return key;
  }

  /** A single amount or number; rules and tables take the full pack format. */
  private static boolean hasShortForm(ParameterKey<?> key) {
    return key.kind() == ParameterKey.Kind.MONEY || key.kind() == ParameterKey.Kind.NUMBER;
  }

  private static Region region(JsonNode n, String at, Violations problems) {
    String code = text(n, at, "region", problems);
    if (code == null) {
      return null;
    }
    try {
      return Regions.bundled().get(code);
    } catch (UnknownRegionException e) {
      problems.add(Violations.at(at, "region"), e.code(), e.messageZh(), e.messageEn());
      return null;
    }
  }

  private static Period period(JsonNode n, String at, ParameterKey<?> key, Violations problems) {
    JsonNode p = RecordReader.get(n, "period");
    if (p == null) {
      return Period.MONTHLY;
    }
    String path = Violations.at(at, "period");
    Period period = (Period) Scalars.enumValue(problems, Period.class, p, path, false);
    if (period == Period.ANNUAL && key != null && !isMonthlyAverage(key)) {
      problems.add(
          path,
          "CONTRADICTION",
          "只有按月的年度统计数据（如 wage.regionalAverageMonthly）可按年度数值除以 12 给出；“" + key.name() + "”不是",
          "only a yearly statistic of a month (such as wage.regionalAverageMonthly) may be given"
              + " as the year's total divided by 12; \""
              + key.name()
              + "\" is not one");
      return null;
    }
    return period;
  }

  private static boolean isMonthlyAverage(ParameterKey<?> key) {
    return key.isYearly()
        && key.kind() == ParameterKey.Kind.MONEY
        && key.name().endsWith("Monthly");
  }

  /**
   * A yearly statistic by its {@code year} alone; any other figure by {@code year} (that calendar
   * year only) or by {@code from} and, if it ceased, {@code until} (exclusive).
   */
  private static DateRange range(JsonNode n, String at, ParameterKey<?> key, Violations problems) {
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

  private static BigDecimal value(
      JsonNode v, String path, ParameterKey<?> key, Period period, Violations problems) {
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
    BigDecimal used = period == Period.ANNUAL ? d.divide(MONTHS, 2, RoundingMode.HALF_UP) : d;
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

  private static String text(JsonNode n, String at, String field, Violations problems) {
    JsonNode v = RecordReader.get(n, field);
    if (v == null) {
      problems.required(Violations.at(at, field), field);
      return null;
    }
    return Scalars.text(problems, v, Violations.at(at, field));
  }
}
