package org.laborcalc.region;

import java.io.Serial;
import org.laborcalc.error.LaborCalcException;

/** A region code that the bundled GB/T 2260 dataset does not know. */
public final class UnknownRegionException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final String regionCode;

  /**
   * @param regionCode the code as given: not six digits, or six digits the bundled dataset does not
   *     know
   */
  public UnknownRegionException(String regionCode) {
    super("UNKNOWN_REGION", messageZh(regionCode), messageEn(regionCode));
    this.regionCode = regionCode;
  }

  /** The code as given. */
  public String regionCode() {
    return regionCode;
  }

  private static boolean wellFormed(String code) {
    return code != null && code.matches("\\d{6}");
  }

  private static String shown(String code) {
    return code == null ? "null" : code.length() <= 20 ? code : code.substring(0, 17) + "...";
  }

  private static String messageZh(String code) {
    return wellFormed(code)
        ? "行政区划代码“" + code + "”未收录：须为省级或地级行政区划的六位代码（GB/T 2260），如济宁市 370800"
        : "行政区划代码“" + shown(code) + "”格式有误：须为六位数字（GB/T 2260），如济宁市 370800";
  }

  private static String messageEn(String code) {
    return wellFormed(code)
        ? "region code (\""
            + code
            + "\") must be the six-digit GB/T 2260 code of a province or prefecture-level"
            + " division known to laborcalc, e.g. 370800 for Jining"
        : "region code (\""
            + shown(code)
            + "\") must be six digits (GB/T 2260), e.g. 370800 for Jining";
  }
}
