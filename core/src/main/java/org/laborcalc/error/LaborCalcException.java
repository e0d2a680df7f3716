package org.laborcalc.error;

import static java.util.Objects.requireNonNull;

import java.io.Serial;

/**
 * A domain failure that a caller can show to a person: it carries a stable {@link #code()} and a
 * message in Chinese and in English. Unchecked; subclasses carry the fields that locate the
 * problem.
 */
public abstract class LaborCalcException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  private final String code;
  private final String messageZh;

  protected LaborCalcException(String code, String messageZh, String messageEn) {
    this(code, messageZh, messageEn, null);
  }

  protected LaborCalcException(String code, String messageZh, String messageEn, Throwable cause) {
    super(requireNonNull(messageEn, "messageEn"), cause);
    this.code = requireNonNull(code, "code");
    this.messageZh = requireNonNull(messageZh, "messageZh");
  }

  /** A stable, upper-case code such as {@code MISSING_PARAMETER}. */
  public String code() {
    return code;
  }

  public String messageZh() {
    return messageZh;
  }

  public String messageEn() {
    return getMessage();
  }
}
