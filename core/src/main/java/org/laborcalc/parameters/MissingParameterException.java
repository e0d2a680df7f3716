package org.laborcalc.parameters;

import java.io.Serial;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.region.Region;

/**
 * No value of a parameter is in force for the region and date asked about. The message tells the
 * caller how to supply it.
 */
public final class MissingParameterException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final String key;
  private final String regionCode;
  private final LocalDate date;
  private final Integer year;

  public MissingParameterException(ParameterKey<?> key, Region region, LocalDate date) {
    super("MISSING_PARAMETER", messageZh(key, region, date), messageEn(key, region, date));
    this.key = key.name();
    this.regionCode = region.code();
    this.date = date;
    this.year = key.isYearly() ? date.getYear() : null;
  }

  private static String messageZh(ParameterKey<?> key, Region region, LocalDate date) {
    return "缺少参数“"
        + key.descriptionZh()
        + "”（"
        + key.name()
        + "）：没有适用于"
        + region.fullName()
        + "（"
        + region.code()
        + "）"
        + (key.isYearly() ? date.getYear() + "年度" : date.toString())
        + "的数值。请提供该数值及其来源："
        + (shortForm(key)
            ? "案件文件的 figures，如 "
                + figure(key, region, date)
                + "，或命令行 --figure "
                + commandLine(key, region, date)
                + "；也可用完整的参数包（parameters、--params）或 Java 中的"
                + " LaborCalc.builder().pack(UserFigures.pack(…)…build())"
            : "案件文件的 parameters，命令行的参数包（--params），或 Java 中的"
                + " LaborCalc.builder().pack(UserFigures.pack(…)…build())，例如 "
                + example(key, region, date));
  }

  private static String messageEn(ParameterKey<?> key, Region region, LocalDate date) {
    return "missing parameter \""
        + key.descriptionEn()
        + "\" ("
        + key.name()
        + "): no value is in force for "
        + region.fullName()
        + " ("
        + region.code()
        + ") "
        + (key.isYearly() ? "for the year " + date.getYear() : "on " + date)
        + ". Supply it with its source: "
        + (shortForm(key)
            ? "in the case file's figures, e.g. "
                + figure(key, region, date)
                + ", or on the command line, --figure "
                + commandLine(key, region, date)
                + "; or in a full parameter pack (parameters, --params), or in Java with"
                + " LaborCalc.builder().pack(UserFigures.pack(…)…build())"
            : "in the case file's parameters, in a parameter pack (--params on the command"
                + " line), or in Java with LaborCalc.builder().pack(UserFigures.pack(…)…build()),"
                + " e.g. "
                + example(key, region, date));
  }

  /** An amount or a number has the short form (case file figures, --figure); rules do not. */
  private static boolean shortForm(ParameterKey<?> key) {
    return key.kind() == ParameterKey.Kind.MONEY || key.kind() == ParameterKey.Kind.NUMBER;
  }

  /** The short form's entry: a yearly statistic by its year, any other figure from a day. */
  private static String figure(ParameterKey<?> key, Region region, LocalDate date) {
    return "{\"key\": \""
        + key.name()
        + "\", \"region\": \""
        + region.code()
        + "\", "
        + (key.isYearly() ? "\"year\": " + date.getYear() : "\"from\": …")
        + ", \"value\": …, \"source\": …}";
  }

  private static String commandLine(ParameterKey<?> key, Region region, LocalDate date) {
    return key.name()
        + "@"
        + region.code()
        + ":"
        + (key.isYearly() ? String.valueOf(date.getYear()) : "yyyy-MM-dd")
        + "=…";
  }

  /** The entry to write: a yearly statistic covers its calendar year exactly. */
  private static String example(ParameterKey<?> key, Region region, LocalDate date) {
    String range =
        key.isYearly()
            ? "\"from\": \""
                + date.getYear()
                + "-01-01\", \"until\": \""
                + (date.getYear() + 1)
                + "-01-01\""
            : "\"from\": …";
    return "{\"key\": \""
        + key.name()
        + "\", \"region\": \""
        + region.code()
        + "\", "
        + range
        + ", \"value\": …, \"citations\": […]}";
  }

  /**
   * The fields that locate the figure, for a {@link org.laborcalc.error.Violation}: {@code key},
   * {@code region}, and {@code year} for a yearly statistic or {@code date} for any other figure.
   */
  public Map<String, String> fields() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("key", key);
    f.put("region", regionCode);
    if (year != null) {
      f.put("year", year.toString());
    } else {
      f.put("date", date.toString());
    }
    return Collections.unmodifiableMap(f);
  }

  public String key() {
    return key;
  }

  public String regionCode() {
    return regionCode;
  }

  /** The day asked about; for a yearly statistic, a day of {@link #year()}. */
  public LocalDate date() {
    return date;
  }

  /** The calendar year a yearly statistic must cover, or null for any other figure. */
  public Integer year() {
    return year;
  }
}
