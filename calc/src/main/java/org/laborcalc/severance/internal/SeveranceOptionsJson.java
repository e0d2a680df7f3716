package org.laborcalc.severance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.severance.SeveranceOptions;

/**
 * The {@code options} of a severance case file, each a named choice with its documented default.
 */
final class SeveranceOptionsJson {
  private SeveranceOptionsJson() {}

  /**
   * The file's {@code options}: each absent option takes its default; an unknown one is located.
   */
  static SeveranceOptions read(JsonNode node, List<Violation> out) {
    SeveranceOptions o = SeveranceOptions.defaults();
    if (node == null || node.isNull()) {
      return o;
    }
    if (!node.isObject()) {
      out.add(Violation.of("options", "INVALID_TYPE", "options 须为对象", "options must be an object"));
      return o;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "options." + e.getKey();
      JsonNode v = e.getValue();
      try {
        o =
            switch (e.getKey()) {
              case "severance.pre2008" ->
                  o.withPre2008(value(v, SeveranceOptions.Pre2008.class, path));
              case "severance.pre2008PartialYear" ->
                  o.withPre2008PartialYear(
                      value(v, SeveranceOptions.Pre2008PartialYear.class, path));
              case "severance.averageRounding" ->
                  o.withAverageRounding(value(v, SeveranceOptions.AverageRounding.class, path));
              case "severance.abnormalMonths" ->
                  o.withAbnormalMonths(value(v, SeveranceOptions.AbnormalMonths.class, path));
              case "noticePay.basis" ->
                  o.withNoticePayBasis(value(v, SeveranceOptions.NoticePayBasis.class, path));
              case "backPay.decisionDay" ->
                  o.withBackPayDecisionDay(
                      value(v, SeveranceOptions.BackPayDecisionDay.class, path));
              default -> {
                out.add(
                    Violation.of(
                        path,
                        "UNKNOWN_FIELD",
                        "未知的选项："
                            + e.getKey()
                            + "；可用选项为 "
                            + SeveranceOptions.defaults().asMap().keySet(),
                        "unknown option "
                            + e.getKey()
                            + "; the options are "
                            + SeveranceOptions.defaults().asMap().keySet()));
                yield o;
              }
            };
      } catch (InvalidInputException bad) {
        out.addAll(bad.violations());
      }
    }
    return o;
  }

  private static <E extends Enum<E>> E value(JsonNode v, Class<E> type, String path) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (v.isTextual() && names.contains(v.asText())) {
      return Enum.valueOf(type, v.asText());
    }
    throw InvalidInputException.of(
        path, "INVALID_VALUE", "选项值须为 " + names + " 之一", "the option must be one of " + names);
  }
}
