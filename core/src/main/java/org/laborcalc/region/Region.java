package org.laborcalc.region;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An administrative division (行政区划) identified by its six-digit GB/T 2260 code: the nation, a
 * province-level division (省、自治区、直辖市), a prefecture-level division (地级市、自治州、盟, and the 市辖区 of a
 * municipality) or a county-level division (市辖区、县级市、县、旗). Work-injury insurance is pooled (统筹) at
 * one of these levels; a figure a county does not publish is looked up in its prefecture, then its
 * province, then the nation.
 *
 * <p>Immutable. Obtain instances from {@link Regions}; in JSON a region is its code string.
 *
 * @param code six digits; {@code 000000} is the nation
 * @param level the level of the division
 * @param parentCode the code of the enclosing division, null for the nation
 * @param name the name in the dataset, e.g. {@code 济宁市}, {@code 市辖区} or {@code 西湖区}
 * @param fullName the name a reader recognises, e.g. {@code 山东省济宁市}, {@code 北京市} or {@code
 *     浙江省杭州市西湖区}
 */
public record Region(String code, Level level, String parentCode, String name, String fullName) {
  private static final Pattern CODE_FORM = Pattern.compile("\\d{6}");

  /** Level of an administrative division. */
  public enum Level {
    NATIONAL,
    PROVINCE,
    PREFECTURE,
    COUNTY
  }

  /** laborcalc's code for the nation (not a GB/T 2260 code). */
  public static final String NATIONAL_CODE = "000000";

  public Region {
    requireNonNull(code, "code");
    requireNonNull(level, "level");
    requireNonNull(name, "name");
    requireNonNull(fullName, "fullName");
    if (!CODE_FORM.matcher(code).matches()) {
      throw new IllegalArgumentException("region code (\"" + code + "\") must be six digits");
    }
    if ((level == Level.NATIONAL) != (parentCode == null)) {
      throw new IllegalArgumentException("region (" + code + ") parent does not fit its level");
    }
  }

  /** Resolves a code against the bundled dataset; throws {@link UnknownRegionException}. */
  public static Region of(String code) {
    return Regions.bundled().get(code);
  }

  public Optional<String> parent() {
    return Optional.ofNullable(parentCode);
  }

  public boolean isNational() {
    return level == Level.NATIONAL;
  }

  @Override
  public String toString() {
    return fullName + " (" + code + ")";
  }
}
