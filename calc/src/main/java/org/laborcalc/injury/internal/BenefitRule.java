package org.laborcalc.injury.internal;

import java.util.List;

/**
 * One provision of 《工伤保险条例》 chapter 5 (or a province's version of it) as code: it reads the facts
 * and figures it needs from the context and returns its draft lines (none when the provision does
 * not apply). Who pays is not the rule's to decide beyond naming the payer its article gives for an
 * insured worker; {@link Liability} does the rest. Implementations are stateless.
 */
public interface BenefitRule {
  List<Draft> apply(CaseContext ctx);

  /**
   * Whether the rule multiplies 本人工资: on an under-declared contribution base, such a rule runs
   * twice, on the true and on the declared 本人工资 ({@link UnderDeclaredBase}).
   */
  default boolean onOwnWage() {
    return false;
  }
}
