package org.laborcalc.error;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be computed on, with every problem found, each located by its field path. */
public final class InvalidInputException extends LaborCalcException {
  @Serial private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  /**
   * @param violations every problem found, in the order to show them; not empty
   * @throws IllegalArgumentException if {@code violations} is empty: valid input is not an error
   */
  public InvalidInputException(List<Violation> violations) {
    this(ImmutableList.copyOf(requireNonEmpty(violations)));
  }

  private InvalidInputException(ImmutableList<Violation> violations) {
    super(
        "INVALID_INPUT",
        "输入有误：" + join(violations, true),
        "invalid input: " + join(violations, false));
    this.violations = violations;
  }

  /** One violation. */
  public static InvalidInputException of(
      String path, String code, String messageZh, String messageEn) {
    return new InvalidInputException(List.of(Violation.of(path, code, messageZh, messageEn)));
  }

  /** Every violation, in order; immutable. */
  public List<Violation> violations() {
    return violations;
  }

  private static List<Violation> requireNonEmpty(List<Violation> violations) {
    requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations (an empty list) must not be empty");
    }
    return violations;
  }

  private static String join(List<Violation> violations, boolean zh) {
    return violations.stream()
        .map(
            v -> (v.path().isEmpty() ? "" : v.path() + ": ") + (zh ? v.messageZh() : v.messageEn()))
        .collect(Collectors.joining("; "));
  }
}
