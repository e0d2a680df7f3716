package org.laborcalc.injury;

/**
 * The notices the work-injury engine itself raises to the tribunal, each a stable code an
 * integrator can act on ({@link Notice#code()} is its name). Notices passed on from the wage
 * determination and the grade keep their own codes.
 */
public enum NoticeCode {
  /** A figure used comes from secondary sources, not checked against the primary text. */
  SECONDARY_SOURCE,
  /** A figure used carries its pack's own warning. */
  PARAMETER_WARNING,
  /**
   * A line (or 本人工资) rests on the previous year's figure, used provisionally because the year's own
   * is not published or not supplied (option {@code PREVIOUS_YEAR_PROVISIONALLY}, 人社部发〔2013〕34号):
   * to be recomputed and the difference paid once it is.
   */
  PROVISIONAL,
  /** 停工留薪期 beyond the normal maximum without a confirmed extension (art. 33 ¶2). */
  SUSPENSION_OVER_NORMAL_MAXIMUM,
  /** 停工留薪期 ending after the appraisal, when the original pay stops (art. 33 ¶2). */
  SUSPENSION_AFTER_APPRAISAL,
  /**
   * More was paid towards an item than is due on it: its balance is negative, and whether the
   * excess counts against another item is for the tribunal.
   */
  PAID_BEYOND_DUE,
  /**
   * The relation ended otherwise than by expiry or the worker's request (arts. 36–37): the
   * subsidies are computed as due and the tribunal decides.
   */
  TERMINATION_GROUND,
  /** The province pays no termination subsidy at or after retirement. */
  NOT_PAYABLE_AT_RETIREMENT,
  /** Retired at the termination and the province is silent: computed as due. */
  RETIRED_AT_TERMINATION,
  /** Grade 1–4 dying after the suspension: no one-time death subsidy (art. 39 ¶3). */
  NO_DEATH_SUBSIDY_AFTER_SUSPENSION,
  /** Dependants' pensions above the deceased's wage, cut (art. 39 ¶1 (二)). */
  DEPENDANT_PENSIONS_CAPPED,
  /** The dependants listed are taken as eligible; their range is not in the legal folder. */
  DEPENDANTS_AS_FOUND,
  /**
   * The province lets an uninsured employer pay a lump sum in place of monthly benefits (Zhejiang
   * arts. 34–35, Sichuan arts. 33 ¶2, 36 ¶2) and the case did not choose it: the alternative with
   * its amount, or the figure or standard its amount needs.
   */
  LUMP_SUM_OFFERED,
  /**
   * The province's near-retirement rule for the employment subsidy is unconfirmed (Shandong 2011,
   * [U]) and the worker was less than five years from retirement: computed in full, maybe too much.
   */
  NEAR_RETIREMENT_RULE_UNCONFIRMED,
  /**
   * A worker missing after an accident (art. 41): the advance on the death subsidy the dependants
   * may draw, or, once declared dead, that an advance drawn counts against the subsidy.
   */
  MISSING_WORKER,
  /**
   * The worker was at or past the statutory retirement age at the injury: which paragraph of
   * 人社部发〔2016〕29号 item 二 made the Regulation apply.
   */
  PAST_RETIREMENT_AGE
}
