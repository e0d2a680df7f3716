package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

/**
 * The points 人社部令第9号 leaves open, each a named choice echoed in the result (ARBITRATION.md §2.10,
 * [U]).
 *
 * @param baseYear whose “上年度” the disability compensation and the living allowance take
 * @param deathBaseYear whose “上一年度” the death compensation takes
 */
public record IllegalEmploymentOptions(BaseYear baseYear, DeathBaseYear deathBaseYear) {
  /** The year before which event fixes the 赔偿基数 and the monthly average. */
  public enum BaseYear {
    /** The year before the appraisal, when art. 3 fixes the amount (default). */
    YEAR_BEFORE_APPRAISAL,
    /** The year before the injury. */
    YEAR_BEFORE_INJURY
  }

  /** The year before which event fixes the national disposable income of art. 6. */
  public enum DeathBaseYear {
    /** The year before the death (default). */
    YEAR_BEFORE_DEATH,
    /** The year before the injury. */
    YEAR_BEFORE_INJURY
  }

  public IllegalEmploymentOptions {
    requireNonNull(baseYear, "baseYear");
    requireNonNull(deathBaseYear, "deathBaseYear");
  }

  /** The documented defaults. */
  public static IllegalEmploymentOptions defaults() {
    return new IllegalEmploymentOptions(
        BaseYear.YEAR_BEFORE_APPRAISAL, DeathBaseYear.YEAR_BEFORE_DEATH);
  }
}
