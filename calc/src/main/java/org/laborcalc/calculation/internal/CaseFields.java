package org.laborcalc.calculation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;

/**
 * The fields every calculation's case file reads the same way — a region code, an amount, a
 * required field, the {@code options} object — with the same located, bilingual violations, so that
 * the kinds cannot drift apart in what they accept or how they say it is wrong. Not exported.
 */
public final class CaseFields {
  private static final int SHOWN = 40;

  private CaseFields() {}

  /** "缺少必填项" at a path. */
  public static Violation required(String path) {
    return Violation.of(path, "REQUIRED", "缺少必填项：" + path, "required: " + path);
  }

  /** The value, or a {@link #required} violation when it is null. */
  public static <T> T required(T value, String path, List<Violation> out) {
    if (value == null) {
      out.add(required(path));
    }
    return value;
  }

  /**
   * A GB/T 2260 code of the bundled dataset; an unknown code, or a name where a code belongs, is
   * {@code UNKNOWN_REGION} with the likeliest codes suggested (as everywhere else a region is
   * read).
   */
  public static Region region(String code, String path, List<Violation> out) {
    if (code == null) {
      out.add(required(path));
      return null;
    }
    var r = Regions.bundled().find(code);
    if (r.isEmpty()) {
      UnknownRegionException e = new UnknownRegionException(code);
      out.add(Violation.of(path, e.code(), e.messageZh(), e.messageEn()));
      return null;
    }
    return r.get();
  }

  /**
   * A required amount written as a string with at most two decimals, e.g. {@code "6000.00"}; when
   * {@code positive}, 0.00 is refused too.
   */
  public static Money money(String text, String path, boolean positive, List<Violation> out) {
    if (text == null) {
      out.add(required(path));
      return null;
    }
    Money m;
    try {
      m = Money.parse(text);
    } catch (IllegalArgumentException e) {
      out.add(
          Violation.of(
              path,
              "INVALID_MONEY",
              "金额须为最多两位小数的字符串，如 \"6000.00\"（现为 \"" + shorten(text) + "\"）",
              "an amount is a string with at most two decimals, such as \"6000.00\" (got \""
                  + shorten(text)
                  + "\")"));
      return null;
    }
    if (positive && !m.isPositive()) {
      out.add(
          Violation.of(
              path, "OUT_OF_RANGE", "金额（" + m + "）须大于0", "the amount (" + m + ") must be above 0"));
      return null;
    }
    return m;
  }

  /** How one named option is applied to the options read so far. */
  @FunctionalInterface
  public interface OptionSetter<O> {
    /**
     * The options with this one set.
     *
     * @throws InvalidInputException when the value is not one the option takes
     */
    O set(O options, String name, JsonNode value, String path);
  }

  /**
   * The file's {@code options}: each absent option keeps its default, each present one goes through
   * {@code setter}; a non-object, an unknown name or a bad value is located at {@code options.NAME}
   * and the rest are still read.
   *
   * @param names the option names the calculation knows (those of its options' {@code asMap()})
   */
  public static <O> O options(
      JsonNode node, O defaults, Set<String> names, OptionSetter<O> setter, List<Violation> out) {
    O o = defaults;
    if (node == null || node.isNull()) {
      return o;
    }
    if (!node.isObject()) {
      out.add(Violation.of("options", "INVALID_TYPE", "options 须为对象", "options must be an object"));
      return o;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "options." + e.getKey();
      if (!names.contains(e.getKey())) {
        out.add(
            Violation.of(
                path,
                "UNKNOWN_FIELD",
                "未知的选项：" + e.getKey() + "；可用选项为 " + names,
                "unknown option " + e.getKey() + "; the options are " + names));
        continue;
      }
      try {
        o = setter.set(o, e.getKey(), e.getValue(), path);
      } catch (InvalidInputException bad) {
        out.addAll(bad.violations());
      }
    }
    return o;
  }

  /**
   * An option's value, one of the enum's constant names.
   *
   * @throws InvalidInputException {@code INVALID_VALUE} at the path otherwise
   */
  public static <E extends Enum<E>> E option(JsonNode v, Class<E> type, String path) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    if (v.isTextual() && names.contains(v.asText())) {
      return Enum.valueOf(type, v.asText());
    }
    throw InvalidInputException.of(
        path, "INVALID_VALUE", "选项值须为 " + names + " 之一", "the option must be one of " + names);
  }

  /** A value as it may be shown back in a message: at most 40 characters. */
  public static String shorten(String s) {
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
  }
}
