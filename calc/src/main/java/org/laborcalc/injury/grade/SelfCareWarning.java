package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;

/**
 * A self-care level that GB/T 16180-2014's grading principles (定级原则 5.x.1) do not pair with the
 * grade — a reason to check the appraisal conclusion, not an error. Immutable and thread-safe.
 *
 * @param code always {@link #CODE}
 * @param grade the disability grade
 * @param level the self-care level given
 * @param allowedLevels the levels the standard pairs with the grade, in order of severity
 * @param messageZh the warning in Chinese
 * @param messageEn the warning in English
 * @param citation the clause relied on
 * @param verification {@link Verification#SECONDARY}: the standard was read as quoted by others
 */
public record SelfCareWarning(
    String code,
    DisabilityGrade grade,
    SelfCareLevel level,
    Set<SelfCareLevel> allowedLevels,
    String messageZh,
    String messageEn,
    Citation citation,
    Verification verification) {

  /** The stable code of this warning. */
  public static final String CODE = "SELF_CARE_INCONSISTENT_WITH_GRADE";

  public SelfCareWarning {
    requireNonNull(code, "code");
    requireNonNull(grade, "grade");
    requireNonNull(level, "level");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
    requireNonNull(citation, "citation");
    requireNonNull(verification, "verification");
    EnumSet<SelfCareLevel> copy = EnumSet.noneOf(SelfCareLevel.class);
    copy.addAll(allowedLevels);
    allowedLevels = Collections.unmodifiableSet(copy);
    if (allowedLevels.contains(level)) {
      throw new IllegalArgumentException(
          "level (" + level + ") must not be one of the allowedLevels " + allowedLevels);
    }
  }
}
