package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When a province's monthly benefits begin, where it says (the national text gives no day): read
 * from the STRUCTURED parameter {@code injury.monthlyBenefits.start}; absent = from the day the
 * benefit arises (the appraisal, the death). Immutable.
 *
 * <p>河南省工伤保险条例 (2007) art. 30 ¶1: “伤残津贴、生活护理费等长期待遇自劳动能力鉴定结论作出的次月起支付。供养亲属抚恤金自职工死亡的次月起支付。”
 *
 * @param fromNextMonth true where the disability allowance and living care are paid from the month
 *     after the appraisal conclusion and the dependants' pensions from the month after the death
 */
public record MonthlyStartRule(@JsonProperty(required = true) Boolean fromNextMonth) {
  public MonthlyStartRule {
    if (fromNextMonth == null) {
      throw new IllegalArgumentException("fromNextMonth must be given (true or false)");
    }
  }
}
