package org.laborcalc.region;

import java.io.Serial;
import org.laborcalc.error.LaborCalcException;

/** A region code that the bundled GB/T 2260 dataset does not know. */
public final class UnknownRegionException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final String regionCode;

  public UnknownRegionException(String regionCode) {
    super(
        "UNKNOWN_REGION",
        "未知的行政区划代码“" + regionCode + "”：须为省级或地级行政区划的六位代码（GB/T 2260），如济宁市 370800",
        "unknown region code \""
            + regionCode
            + "\": it must be the six-digit GB/T 2260 code of a province or prefecture-level"
            + " division, e.g. 370800 for Jining");
    this.regionCode = regionCode;
  }

  public String regionCode() {
    return regionCode;
  }
}
