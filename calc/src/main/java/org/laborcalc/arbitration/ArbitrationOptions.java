package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborcalc.finality.MinimumWageDate;
import org.laborcalc.limitation.LastDayRule;

/**
 * The named choices of an arbitration case where the law is silent or unsettled (ARBITRATION.md
 * §2.8–2.9), each echoed in the result. The options of each claim's own calculation are the claim's
 * {@code options}. Immutable.
 *
 * @param doubleWageAccrual {@code limitation.doubleWage}: from when a second wage's limit runs
 * @param annualLeaveAccrual {@code limitation.annualLeave}: from when a year's leave pay's limit
 *     runs
 * @param lastDay {@code limitation.lastDay}: whether a last day on a rest day moves
 * @param minimumWageDate {@code finality.minimumWageDate}: whose date's minimum wage sets the
 *     threshold
 * @param annualLeaveClass {@code finality.annualLeaveClass}: 未休年休假工资 as 劳动报酬 (amount test) or as a
 *     休息休假 standards dispute (art. 47 (二))
 */
public record ArbitrationOptions(
    DoubleWageAccrual doubleWageAccrual,
    AnnualLeaveAccrual annualLeaveAccrual,
    LastDayRule lastDay,
    MinimumWageDate minimumWageDate,
    AnnualLeaveClass annualLeaveClass) {

  /**
   * From when the limit of a double wage runs (ARBITRATION.md §2.8 [U]): the texts say only "知道或者应当
   * 知道其权利被侵害之日".
   */
  public enum DoubleWageAccrual {
    /** Default: each month's second wage from the day that month's wage fell due (TL-5). */
    PER_MONTH,
    /** The whole claim from the day after the last double-wage day. */
    FROM_END_OF_VIOLATION,
    /** As 劳动报酬 under art. 27 ¶4: no limit while employed, one year from the end. */
    AS_LABOUR_REMUNERATION
  }

  /** From when the limit of a year's unused-leave pay runs (ARBITRATION.md §2.8 [U]). */
  public enum AnnualLeaveAccrual {
    /**
     * Default: from the end of the year after the leave year, to which leave may be carried over
     * (条例 art. 5 ¶2).
     */
    END_OF_FOLLOWING_YEAR,
    /** From the end of the leave year itself. */
    END_OF_LEAVE_YEAR,
    /** As 劳动报酬 under art. 27 ¶4. */
    AS_LABOUR_REMUNERATION
  }

  /** What 未休年休假工资 is for the finality test (ARBITRATION.md §2.9 [U]). */
  public enum AnnualLeaveClass {
    /** Default: 劳动报酬, final up to the threshold (art. 47 (一)). */
    LABOUR_REMUNERATION,
    /** A 休息休假 standards dispute, final whatever the amount (art. 47 (二)). */
    REST_AND_LEAVE_STANDARD
  }

  public ArbitrationOptions {
    requireNonNull(doubleWageAccrual, "doubleWageAccrual");
    requireNonNull(annualLeaveAccrual, "annualLeaveAccrual");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(minimumWageDate, "minimumWageDate");
    requireNonNull(annualLeaveClass, "annualLeaveClass");
  }

  /** The defaults of ARBITRATION.md §2.8–2.9. */
  public static ArbitrationOptions defaults() {
    return new ArbitrationOptions(
        DoubleWageAccrual.PER_MONTH,
        AnnualLeaveAccrual.END_OF_FOLLOWING_YEAR,
        LastDayRule.ANNIVERSARY,
        MinimumWageDate.APPLICATION_DATE,
        AnnualLeaveClass.LABOUR_REMUNERATION);
  }

  /** Every option by its name in the case file, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("limitation.doubleWage", doubleWageAccrual.name());
    m.put("limitation.annualLeave", annualLeaveAccrual.name());
    m.put("limitation.lastDay", lastDay.name());
    m.put("finality.minimumWageDate", minimumWageDate.name());
    m.put("finality.annualLeaveClass", annualLeaveClass.name());
    return m;
  }
}
