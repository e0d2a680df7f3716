package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a province pays a worker of grade 1 to 4 who reaches the statutory retirement age without
 * meeting the conditions for a monthly basic pension, where the national text stops the 伤残津贴 at
 * retirement (《工伤保险条例》 art. 35 ¶1 (三)). Read from the STRUCTURED parameter {@code
 * injury.disabilityAllowance.withoutPensionAfterRetirement}; absent = the national rule. Immutable.
 *
 * <p>浙江省工伤保险条例 (2020) art. 26 ¶2: “一级至四级工伤职工达到法定退休年龄，不符合按月领取基本养老保险待遇条件的，由工伤保险基金继续按月发放伤残津贴，
 * 职工个人养老金账户金额按照规定计发标准按月冲抵到伤残津贴”.
 *
 * @param accountOffset true where the personal pension account's monthly amount is set against the
 *     allowance, so that the fund pays the rest
 */
public record AllowanceWithoutPensionRule(@JsonProperty(required = true) Boolean accountOffset) {
  public AllowanceWithoutPensionRule {
    if (accountOffset == null) {
      throw new IllegalArgumentException("accountOffset must be given (true or false)");
    }
  }
}
