package org.laborcalc.json;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.parameters.ParameterPack;

/**
 * A case file as read by {@link LaborCalcJson#readCaseFile(byte[])}: the facts, the options and the
 * caller's own figures, which are layered over the calculator's parameters for this case only.
 * Immutable.
 *
 * @param schema the {@code $schema} the file declares, or null
 * @param workInjuryCase the facts ({@code case})
 * @param options the options ({@code options}; the defaults when absent)
 * @param parameters the file's own pack ({@code parameters}), or null
 */
public record CaseFile(
    String schema,
    WorkInjuryCase workInjuryCase,
    CalculationOptions options,
    ParameterPack parameters) {

  public CaseFile {
    requireNonNull(workInjuryCase, "workInjuryCase");
    requireNonNull(options, "options");
  }

  /** A file with the case and options only. */
  public static CaseFile of(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return new CaseFile(null, workInjuryCase, options, null);
  }

  public CaseFile withOptions(CalculationOptions newOptions) {
    return new CaseFile(schema, workInjuryCase, newOptions, parameters);
  }

  public CaseFile withParameters(ParameterPack pack) {
    return new CaseFile(schema, workInjuryCase, options, pack);
  }

  /** The file's own pack, if it has one. */
  public Optional<ParameterPack> pack() {
    return Optional.ofNullable(parameters);
  }
}
