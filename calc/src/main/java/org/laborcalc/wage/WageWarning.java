package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

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
}
