package org.laborcalc.finality;

/**
 * Whose date's monthly minimum wage sets the threshold of 劳动争议调解仲裁法 art. 47 (一). The article says
 * "当地月最低工资标准" and names no date; 解释（一） art. 19 and 办案规则 art. 50 do not either (ARBITRATION.md §2.9:
 * [U]). A named option, echoed in every result.
 */
public enum MinimumWageDate {
  /**
   * Default: the standard in force on the day the application was filed — the dispute is framed
   * then, and the figure is known to both parties before the hearing. [U]
   */
  APPLICATION_DATE,
  /** The standard in force on the day of the award, which the caller then gives. [U] */
  AWARD_DATE
}
