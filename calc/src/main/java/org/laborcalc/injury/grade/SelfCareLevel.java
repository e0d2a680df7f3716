package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/**
 * The degree of self-care impairment (生活自理障碍) of GB/T 16180-2014, and the matching level of
 * 《工伤保险条例》 art. 34 (生活完全 / 大部分 / 部分不能自理) that sets the nursing allowance. Immutable and
 * thread-safe.
 */
public enum SelfCareLevel {
  /** All five activities need another person's help. */
  FULL("完全生活自理障碍", "生活完全不能自理", "complete self-care impairment"),
  /** Three or four activities need help. */
  MAJOR("大部分生活自理障碍", "生活大部分不能自理", "major self-care impairment"),
  /** One or two activities need help. */
  PARTIAL("部分生活自理障碍", "生活部分不能自理", "partial self-care impairment"),
  /** No activity needs help. */
  NONE("无生活自理障碍", null, "no self-care impairment");

  private final String nameZh;
  private final String regulationNameZh;
  private final String nameEn;

  SelfCareLevel(String nameZh, String regulationNameZh, String nameEn) {
    this.nameZh = nameZh;
    this.regulationNameZh = regulationNameZh;
    this.nameEn = nameEn;
  }

  /**
   * The level given by the activities that need another person's help: all five → {@link #FULL};
   * three or four → {@link #MAJOR}; one or two → {@link #PARTIAL}; none → {@link #NONE}. These are
   * the 2014 standard's bands as quoted by secondary pages (the pre-2014 standard said exactly
   * three and exactly one); see {@link #citation()}.
   */
  public static SelfCareLevel fromActivitiesNeedingCare(Set<DailyActivity> activities) {
    requireNonNull(activities, "activities");
    for (DailyActivity a : activities) {
      requireNonNull(a, "activities must not contain null");
    }
    int n = activities.size();
    if (n == DailyActivity.values().length) {
      return FULL;
    }
    if (n >= 3) {
      return MAJOR;
    }
    return n >= 1 ? PARTIAL : NONE;
  }

  /** The standard's term, e.g. {@code 完全生活自理障碍}. */
  public String nameZh() {
    return nameZh;
  }

  /** The term of 《工伤保险条例》 art. 34, e.g. {@code 生活完全不能自理}; empty for {@link #NONE}. */
  public Optional<String> regulationNameZh() {
    return Optional.ofNullable(regulationNameZh);
  }

  public String nameEn() {
    return nameEn;
  }

  /**
   * 《工伤保险条例》第三十四条第二款, whose three levels this type's {@link #FULL}, {@link #MAJOR} and {@link
   * #PARTIAL} correspond to, the standard's terms being read as the appraisal of those levels.
   */
  public static final Citation REGULATION_ART_34 =
      Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 34, 2)
          .withQuote("生活护理费按照生活完全不能自理、生活大部分不能自理或者生活部分不能自理3个不同等级支付");

  /** GB/T 16180-2014 on the self-care levels; a secondary source. */
  public static Citation citation() {
    return Gbt16180.SELF_CARE_LEVELS;
  }
}
