package org.laborcalc.employment;

/**
 * How a worker at or past the statutory retirement age came to be working when injured: the two
 * situations of 人社部发〔2016〕29号 item 二 (legal folder, text from secondary sources), which decide
 * whether 《工伤保险条例》 applies at all.
 */
public enum PastRetirementAge {
  /**
   * Reached or passed the statutory retirement age at this employer and kept working there without
   * retiring or drawing the basic pension: “达到或超过法定退休年龄，但未办理退休手续或者未依法享受城镇职工基本养老保险待遇，继续在原用人单位工作期间
   * 受到事故伤害或患职业病的，用人单位依法承担工伤保险责任” (item 二 ¶1).
   */
  CONTINUED_WITHOUT_PENSION,
  /**
   * Hired when already at or past the retirement age, or already drawing the basic pension: the
   * Regulation applies only where the employer paid work-injury contributions for the worker, e.g.
   * by project (item 二 ¶2: “如招用单位已按项目参保等方式为其缴纳工伤保险费的，应适用《工伤保险条例》”).
   */
  HIRED_PAST_AGE_OR_PENSIONER
}
