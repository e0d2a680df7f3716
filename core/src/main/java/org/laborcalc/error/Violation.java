package org.laborcalc.error;

import static java.util.Objects.requireNonNull;

/**
 * One problem with the input, located by a field path, with messages in Chinese and English.
 * Immutable.
 *
 * @param path where the problem is, e.g. {@code injury.date} or {@code evidence[3].amount}; empty
 *     for the document as a whole
 * @param code a stable upper-case code, e.g. {@code OUT_OF_RANGE}, {@code REQUIRED}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Violation(String path, String code, String messageZh, String messageEn) {

  public Violation {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
  }

  public static Violation of(String path, String code, String messageZh, String messageEn) {
    return new Violation(path, code, messageZh, messageEn);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + ": " + messageEn + " / " + messageZh;
  }
}
