package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a self-care level fits a disability grade under the grading principles of GB/T 16180-2014
 * (定级原则, the first clause 5.x.1 of each category; secondary source, legal digest §4). Stateless and
 * thread-safe.
 *
 * <p>Grade 1: complete, major or partial impairment; grade 2: major or partial; grade 3: partial;
 * grade 4: partial or none; grades 5–10: none.
 */
public final class SelfCareConsistency {

  private static final Map<DisabilityGrade, Set<SelfCareLevel>> ALLOWED = allowed();

  private SelfCareConsistency() {}

  /** The self-care levels the standard pairs with {@code grade}, in order of severity. */
  public static Set<SelfCareLevel> allowedLevels(DisabilityGrade grade) {
    return ALLOWED.get(requireNonNull(grade, "grade"));
  }

  /** A warning when {@code level} is not one the standard pairs with {@code grade}, else empty. */
  public static Optional<SelfCareWarning> check(DisabilityGrade grade, SelfCareLevel level) {
    requireNonNull(level, "level");
    Set<SelfCareLevel> allowed = allowedLevels(grade);
    if (allowed.contains(level)) {
      return Optional.empty();
    }
    String allowedZh = allowed.stream().map(SelfCareLevel::nameZh).collect(Collectors.joining("或"));
    String allowedEn =
        allowed.stream().map(SelfCareLevel::nameEn).collect(Collectors.joining(" or "));
    return Optional.of(
        new SelfCareWarning(
            SelfCareWarning.CODE,
            grade,
            level,
            allowed,
            "伤残等级"
                + grade.nameZh()
                + "按GB/T 16180-2014定级原则对应"
                + allowedZh
                + "，但所填为"
                + level.nameZh()
                + "，请核对劳动能力鉴定结论。（该标准文本未收录，规则据二手资料转引。）",
            "Under the grading principles of GB/T 16180-2014, "
                + grade.nameEn()
                + " goes with "
                + allowedEn
                + ", but the level given is "
                + level.nameEn()
                + "; check the appraisal conclusion. (The standard's text is not held; the rule"
                + " is taken from secondary sources.)",
            Gbt16180.GRADING_SELF_CARE,
            Gbt16180.VERIFICATION));
  }

  private static Map<DisabilityGrade, Set<SelfCareLevel>> allowed() {
    Map<DisabilityGrade, Set<SelfCareLevel>> m = new EnumMap<>(DisabilityGrade.class);
    for (DisabilityGrade g : DisabilityGrade.values()) {
      EnumSet<SelfCareLevel> levels =
          switch (g) {
            case GRADE_1 ->
                EnumSet.of(SelfCareLevel.FULL, SelfCareLevel.MAJOR, SelfCareLevel.PARTIAL);
            case GRADE_2 -> EnumSet.of(SelfCareLevel.MAJOR, SelfCareLevel.PARTIAL);
            case GRADE_3 -> EnumSet.of(SelfCareLevel.PARTIAL);
            case GRADE_4 -> EnumSet.of(SelfCareLevel.PARTIAL, SelfCareLevel.NONE);
            default -> EnumSet.of(SelfCareLevel.NONE);
          };
      m.put(g, Collections.unmodifiableSet(levels));
    }
    return Collections.unmodifiableMap(m);
  }
}
