package org.laborcalc.arrears;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices the texts leave open, named, defaulted and echoed in the result. Immutable.
 *
 * @param art85Base what art. 85's "应付金额" is
 */
public record WageArrearsOptions(Art85Base art85Base) {
  public WageArrearsOptions {
    requireNonNull(art85Base, "art85Base");
  }

  /** Every option at its default. */
  public static WageArrearsOptions defaults() {
    return new WageArrearsOptions(Art85Base.UNPAID_AT_DEADLINE);
  }

  /** The options by their case-file names, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("arrears.art85Base", art85Base.name());
    return m;
  }

  /** 劳动合同法 art. 85 "按应付金额百分之五十以上百分之一百以下的标准" does not say whether a part paid in time counts [U]. */
  public enum Art85Base {
    /** Default (ARBITRATION.md §2.7): the amount ordered still unpaid when the deadline passed. */
    UNPAID_AT_DEADLINE,
    /** The whole amount the order required, whatever was paid by the deadline. */
    AMOUNT_ORDERED
  }
}
