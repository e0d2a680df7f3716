package org.laborcalc.injury;

import java.io.Serial;
import org.laborcalc.error.LaborCalcException;

/**
 * The law as bundled has no rule for a fact of the case (e.g. a province whose subsidy months are
 * unconfirmed): the caller must supply the rule or figure named in the message.
 */
public final class UnsupportedCaseException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  public UnsupportedCaseException(String messageZh, String messageEn) {
    super("NO_APPLICABLE_RULE", messageZh, messageEn);
  }
}
