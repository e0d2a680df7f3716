package org.laborcalc.calculation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.laborcalc.parameters.ParameterPack;

/**
 * A case file as read for its calculation: which calculation it names, the input that calculation
 * read, and the file's own figures. Immutable.
 *
 * @param calculation the calculation the file names (work injury when it names none)
 * @param input what the calculation read from {@code case} and {@code options}
 * @param parameters the file's own pack ({@code parameters}), or null
 * @param <C> the calculation's input
 */
public record CaseOf<C>(
    Calculation<C, ?> calculation,
    C input,
    ParameterPack parameters,
    org.laborcalc.sheet.CaseReference reference) {
  public CaseOf {
    requireNonNull(calculation, "calculation");
    requireNonNull(input, "input");
  }

  /** A case without a reference. */
  public CaseOf(Calculation<C, ?> calculation, C input, ParameterPack parameters) {
    this(calculation, input, parameters, null);
  }

  /** This case with the file's {@code reference} (case number, parties, tribunal). */
  public CaseOf<C> withReference(org.laborcalc.sheet.CaseReference reference) {
    return new CaseOf<>(calculation, input, parameters, reference);
  }

  /** The file's own pack, if it has one. */
  public Optional<ParameterPack> pack() {
    return Optional.ofNullable(parameters);
  }
}
