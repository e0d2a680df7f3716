package org.laborcalc.region;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;
import org.laborcalc.error.LaborCalcException;

/**
 * A region code that the bundled GB/T 2260 dataset does not know. The message names what the person
 * probably meant ({@link Regions#suggestions}): the regions a name finds, or the nearest enclosing
 * division of an unknown six-digit code.
 */
public final class UnknownRegionException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final String regionCode;
  private final List<String> suggestions;

  /**
   * @param regionCode the code as given: not six digits (perhaps a name), or six digits the bundled
   *     dataset does not know
   */
  public UnknownRegionException(String regionCode) {
    this(regionCode, Regions.bundled().suggestions(regionCode));
  }

  private UnknownRegionException(String regionCode, List<Region> suggested) {
    super("UNKNOWN_REGION", messageZh(regionCode, suggested), messageEn(regionCode, suggested));
    this.regionCode = regionCode;
    this.suggestions = suggested.stream().map(Region::code).toList();
  }

  /** The code as given. */
  public String regionCode() {
    return regionCode;
  }

  /** Codes of the regions the message suggests, most likely first; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }

  private static boolean wellFormed(String code) {
    return code != null && code.matches("\\d{6}");
  }

  private static String shown(String code) {
    return code == null ? "null" : code.length() <= 20 ? code : code.substring(0, 17) + "...";
  }

  private static String messageZh(String code, List<Region> suggested) {
    String base =
        wellFormed(code)
            ? "行政区划代码“" + code + "”未收录：须为省级、地级或县级行政区划的六位代码（GB/T 2260），如济宁市 370800"
            : "行政区划代码“" + shown(code) + "”格式有误：须为六位数字（GB/T 2260），如济宁市 370800";
    return suggested.isEmpty()
        ? base
        : base
            + "；您是否指："
            + suggested.stream()
                .map(r -> r.fullName() + " " + r.code())
                .collect(Collectors.joining("、"));
  }

  private static String messageEn(String code, List<Region> suggested) {
    String base =
        wellFormed(code)
            ? "region code (\""
                + code
                + "\") must be the six-digit GB/T 2260 code of a province-, prefecture- or"
                + " county-level division known to laborcalc, e.g. 370800 for Jining"
            : "region code (\""
                + shown(code)
                + "\") must be six digits (GB/T 2260), e.g. 370800 for Jining";
    return suggested.isEmpty()
        ? base
        : base
            + "; did you mean "
            + suggested.stream()
                .map(r -> r.code() + " (" + r.fullName() + ")")
                .collect(Collectors.joining(", "))
            + "?";
  }
}
