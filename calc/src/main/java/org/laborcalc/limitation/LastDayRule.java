package org.laborcalc.limitation;

/**
 * Where the last day of the one-year period falls when the anniversary is not a working day. 办案规则
 * art. 19 ¶2 lets the commission follow the civil-procedure period rules; those rules ("期间的最后一日是
 * 法定休假日的，以法定休假日结束的次日为期间的最后一日") are not among the texts held (ARBITRATION.md §2.8 [S]), and that a
 * weekend counts as a 法定休假日 there is the usual reading [U]. Hence a named option.
 */
public enum LastDayRule {
  /**
   * A last day on a rest day or a statutory holiday of the national calendar moves to the next
   * working day (ARBITRATION.md TL-1, TL-3); cites 办案规则 art. 19 ¶2 when it moves a day.
   */
  NEXT_WORKING_DAY,
  /** Default: the calendar anniversary, whatever day it is — all that the texts held state. */
  ANNIVERSARY
}
