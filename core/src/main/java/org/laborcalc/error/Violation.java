package org.laborcalc.error;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem with the input, located by a field path, with messages in Chinese and English.
 * Immutable.
 *
 * @param path where the problem is, e.g. {@code injury.date} or {@code evidence[3].amount}; empty
 *     for the document as a whole
 * @param code a stable upper-case code, e.g. {@code OUT_OF_RANGE}, {@code REQUIRED}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param fields what the problem is about, as machine-readable fields in a fixed order (e.g. a
 *     missing figure's {@code key}, {@code region} and {@code year} or {@code date}); empty for
 *     most codes
 */
public record Violation(
    String path, String code, String messageZh, String messageEn, Map<String, String> fields) {

  public Violation {
    requireNonNull(path, "path");
    requireNonNull(code, "code");
    requireNonNull(messageZh, "messageZh");
    requireNonNull(messageEn, "messageEn");
    // Map.copyOf would lose the order in which the fields are written.
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(fields, "fields")));
  }

  /** A violation without fields. */
  public Violation(String path, String code, String messageZh, String messageEn) {
    this(path, code, messageZh, messageEn, Map.of());
  }

  public static Violation of(String path, String code, String messageZh, String messageEn) {
    return new Violation(path, code, messageZh, messageEn);
  }

  /** This violation at another path, with the same code, messages and fields. */
  public Violation at(String otherPath) {
    return new Violation(otherPath, code, messageZh, messageEn, fields);
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + ": " + messageEn + " / " + messageZh;
  }
}
