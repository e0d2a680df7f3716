package org.laborcalc.probation.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the probation rules cite, with the words relied on (from texts/). */
final class ProbationLaw {
  private ProbationLaw() {}

  private static final Instrument LCL = Instruments.get("laodong-hetong-fa");

  /** 劳动合同法 art. 19 ¶1, the longest probation by the term. */
  static final Citation LIMITS =
      Citation.of(LCL, 19, 1)
          .withQuote(
              "劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月");

  /** Art. 19 ¶2, one probation only. */
  static final Citation ONCE = Citation.of(LCL, 19, 2).withQuote("同一用人单位与同一劳动者只能约定一次试用期");

  /** Art. 19 ¶3, none for a task contract or a term under three months. */
  static final Citation NONE =
      Citation.of(LCL, 19, 3).withQuote("以完成一定工作任务为期限的劳动合同或者劳动合同期限不满三个月的，不得约定试用期");

  /** Art. 19 ¶4, within the term; a probation only does not stand. */
  static final Citation WITHIN_TERM =
      Citation.of(LCL, 19, 4).withQuote("试用期包含在劳动合同期限内。劳动合同仅约定试用期的，试用期不成立，该期限为劳动合同期限");

  /** Art. 70, none in part-time work. */
  static final Citation PART_TIME = Citation.of(LCL, 70).withQuote("非全日制用工双方当事人不得约定试用期");

  /** Art. 83, the damages. */
  static final Citation DAMAGES =
      Citation.of(LCL, 83).withQuote("违法约定的试用期已经履行的，由用人单位以劳动者试用期满月工资为标准，按已经履行的超过法定试用期的期间向劳动者支付赔偿金");
}
