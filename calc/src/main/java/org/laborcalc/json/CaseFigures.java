package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterKey;
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

  static final BigDecimal MONTHS = BigDecimal.valueOf(12);

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

  static ParameterEntry<?> entry(
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
    DateRange range = key == null ? null : FigureFields.range(n, at, key, problems);
    JsonNode valueNode = RecordReader.get(n, "value");
    BigDecimal given = null;
    if (valueNode == null) {
      problems.required(Violations.at(at, "value"), "value");
    } else if (key != null && period != null) {
      given = FigureFields.value(valueNode, Violations.at(at, "value"), key, period, problems);
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
    ParameterKey<?> key = keys.find(name).orElse(null);
    if (key == null) {
      // The short-form keys are listed only for a message: not built for every figure read.
      List<String> shortForm =
          keys.keys().stream().filter(CaseFigures::hasShortForm).map(ParameterKey::name).toList();
      List<String> nearest = nearest(name, shortForm);
      problems.add(
          Violations.at(at, "key"),
          "UNKNOWN_KEY",
          "未知的参数“"
              + Violations.shorten(name)
              + "”；最接近的可用简式给出的参数为："
              + String.join("、", nearest)
              + "（共 "
              + shortForm.size()
              + " 个，见 docs/PARAMETERS.md）",
          "unknown parameter key \""
              + Violations.shorten(name)
              + "\"; the nearest keys the short form takes are "
              + nearest
              + " ("
              + shortForm.size()
              + " in all, see docs/PARAMETERS.md)");
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

  /**
   * The few keys nearest to a mistyped one — those of the same domain ({@code wage.}, {@code
   * injury.}) first, then by edit distance — so that a message stays short.
   */
  private static List<String> nearest(String name, List<String> keys) {
    String probe = name.length() > 64 ? name.substring(0, 64) : name;
    return keys.stream()
        .sorted(
            Comparator.comparing((String k) -> !domain(k).equals(domain(probe)))
                .thenComparingInt(k -> editDistance(probe, k))
                .thenComparing(k -> k))
        .limit(SUGGESTIONS)
        .toList();
  }

  private static final int SUGGESTIONS = 5;

  private static String domain(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
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

  private static String text(JsonNode n, String at, String field, Violations problems) {
    JsonNode v = RecordReader.get(n, field);
    if (v == null) {
      problems.required(Violations.at(at, field), field);
      return null;
    }
    return Scalars.text(problems, v, Violations.at(at, field));
  }
}
