package org.laborcalc.illegal.internal;

import java.time.LocalDate;
import org.laborcalc.illegal.IllegalEmploymentOptions.BaseYear;
import org.laborcalc.illegal.IllegalEmploymentOptions.DeathBaseYear;

/**
 * Whose “上年度” the figures are (ARBITRATION.md §2.10, [U]): the year of the event the named option
 * chooses; the figure is that of the year before it.
 */
final class BaseYears {
  private BaseYears() {}

  /**
   * The year of the appraisal (art. 3 ¶1: the amount is fixed after it), or of the injury; without
   * an appraisal (a living allowance only), of the injury.
   */
  static int disability(Context ctx) {
    LocalDate appraised = ctx.facts().appraisal() == null ? null : ctx.facts().appraisal().date();
    return ctx.options().baseYear() == BaseYear.YEAR_BEFORE_APPRAISAL && appraised != null
        ? appraised.getYear()
        : ctx.facts().injuryDate().getYear();
  }

  /** The year of the death, or of the injury. */
  static int death(Context ctx) {
    return ctx.options().deathBaseYear() == DeathBaseYear.YEAR_BEFORE_DEATH
        ? ctx.facts().deathDate().getYear()
        : ctx.facts().injuryDate().getYear();
  }
}
