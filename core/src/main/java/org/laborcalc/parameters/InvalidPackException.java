package org.laborcalc.parameters;

import java.io.Serial;
import org.laborcalc.error.LaborCalcException;

/** A parameter pack that cannot be loaded, located by source, entry index and field. */
public final class InvalidPackException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;

  public InvalidPackException(String source, String path, String messageZh, String messageEn) {
    this(source, path, messageZh, messageEn, null);
  }

  public InvalidPackException(
      String source, String path, String messageZh, String messageEn, Throwable cause) {
    super(
        "INVALID_PARAMETER_PACK",
        "参数包 " + source + (path.isEmpty() ? "" : " 的 " + path) + " 有误：" + messageZh,
        "parameter pack " + source + (path.isEmpty() ? "" : " at " + path) + ": " + messageEn,
        cause);
    this.source = source;
    this.path = path;
  }

  /** The file or other source the pack came from. */
  public String source() {
    return source;
  }

  /** Where in the pack, e.g. {@code entries[3].value}. */
  public String path() {
    return path;
  }
}
