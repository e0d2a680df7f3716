package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a province pays a worker of grade 1 to 4 who asks to leave work and end the labour relation
 * (伤残退休), where the national text has the relation kept and the allowance stopped at retirement
 * (《工伤保险条例》 art. 35 ¶1 (三)). Read from the STRUCTURED parameter {@code
 * injury.disabilityAllowance.disabilityRetirement}; absent = the national rule. Immutable.
 *
 * <p>Guangdong art. 28 ¶1: “本人要求退出工作岗位、终止劳动关系的，办理伤残退休手续，享受以下待遇：……（二）伤残津贴。由工伤保险基金按月支付， 直至本人死亡”; a
 * worker who keeps the relation is under the national rule (art. 28 ¶3).
 *
 * @param allowanceUntilDeath true where the 伤残津贴 is paid until the worker's death, not until the
 *     retirement date
 */
public record DisabilityRetirementRule(@JsonProperty(required = true) Boolean allowanceUntilDeath) {
  public DisabilityRetirementRule {
    if (allowanceUntilDeath == null) {
      throw new IllegalArgumentException("allowanceUntilDeath must be given (true or false)");
    }
  }
}
