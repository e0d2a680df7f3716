package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

/**
 * A warning or note in a result, in Chinese and English, with a stable code.
 *
 * @param code e.g. {@code SECONDARY_SOURCE}, {@code SUSPENSION_OVER_12_MONTHS}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Notice(String code, String messageZh, String messageEn) {
  public Notice {
    requireNonNull(code, "code");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
  }
}
