package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.laborcalc.law.Verification;

/**
 * Something the arbitrator should know about the determination: a choice made by a policy, a month
 * fixed on weak evidence, a figure not checked against a primary text. Immutable.
 *
 * @param code a stable upper-case code, e.g. {@code NET_AMOUNTS_AS_RECORDED}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record WageWarning(String code, String messageZh, String messageEn) {
  public WageWarning {
    requireNonNull(code, "code");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
  }

  /**
   * The warning that a figure the result uses was not checked against a primary text; empty when it
   * was.
   */
  public static Optional<WageWarning> figureNotPrimary(SourcedFigure f) {
    if (f.verification() == Verification.PRIMARY) {
      return Optional.empty();
    }
    boolean secondary = f.verification() == Verification.SECONDARY;
    return Optional.of(
        new WageWarning(
            "FIGURE_NOT_PRIMARY",
            "“"
                + f.description()
                + "”（"
                + f.value().toPlainString()
                + "）"
                + (secondary ? "来自二手资料" : "由使用者提供")
                + "，未经与原始文本核对",
            "\""
                + f.description()
                + "\" ("
                + f.value().toPlainString()
                + ") is "
                + (secondary ? "from secondary sources" : "supplied by the user")
                + ", not checked against a primary text"));
  }

  /** The warning that a figure the caller supplied, not a number (a structured rule), is used. */
  public static WageWarning figureNotPrimary(String description) {
    return new WageWarning(
        "FIGURE_NOT_PRIMARY",
        "“" + description + "”由使用者提供，未经与原始文本核对",
        "\"" + description + "\" is supplied by the user, not checked against a primary text");
  }
}
