package org.laborcalc.error;

import com.google.common.collect.ImmutableList;
import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be computed on, with every problem found, each located by its field path. */
public final class InvalidInputException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(
        "INVALID_INPUT",
        "输入有误：" + join(violations, true),
        "invalid input: " + join(violations, false));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    this.violations = ImmutableList.copyOf(violations);
  }

  public static InvalidInputException of(
      String path, String code, String messageZh, String messageEn) {
    return new InvalidInputException(List.of(Violation.of(path, code, messageZh, messageEn)));
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String join(List<Violation> violations, boolean zh) {
    return violations.stream()
        .map(
            v -> (v.path().isEmpty() ? "" : v.path() + ": ") + (zh ? v.messageZh() : v.messageEn()))
        .collect(Collectors.joining("; "));
  }
}
