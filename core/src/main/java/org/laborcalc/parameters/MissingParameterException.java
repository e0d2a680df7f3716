package org.laborcalc.parameters;

import java.io.Serial;
import java.time.LocalDate;
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

  public MissingParameterException(ParameterKey<?> key, Region region, LocalDate date) {
    super(
        "MISSING_PARAMETER",
        "缺少参数“"
            + key.descriptionZh()
            + "”（"
            + key.name()
            + "）：没有适用于"
            + region.fullName()
            + "（"
            + region.code()
            + "）"
            + date
            + "的数值。请提供该数值及其来源：案件文件的 parameters，命令行的参数包（--params），或 Java 中的 LaborCalc.builder().pack(UserFigures.pack(…)…build())，例如 {\"key\": \""
            + key.name()
            + "\", \"region\": \""
            + region.code()
            + "\", \"from\": …, \"value\": …, \"citations\": […]}",
        "missing parameter \""
            + key.descriptionEn()
            + "\" ("
            + key.name()
            + "): no value is in force for "
            + region.fullName()
            + " ("
            + region.code()
            + ") on "
            + date
            + ". Supply it with its source: in the case file's parameters, in a parameter pack"
            + " (--params on the command line), or in Java with"
            + " LaborCalc.builder().pack(UserFigures.pack(…)…build()), e.g. {\"key\": \""
            + key.name()
            + "\", \"region\": \""
            + region.code()
            + "\", \"from\": …, \"value\": …, \"citations\": […]}");
    this.key = key.name();
    this.regionCode = region.code();
    this.date = date;
  }

  public String key() {
    return key;
  }

  public String regionCode() {
    return regionCode;
  }

  public LocalDate date() {
    return date;
  }
}
