package org.laborcalc.probation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.probation.internal.ProbationCaseJson;
import org.laborcalc.probation.internal.ProbationEngine;
import org.laborcalc.probation.internal.ProbationResultJson;
import org.laborcalc.probation.internal.ProbationSheet;

/**
 * 违法约定试用期的赔偿金 (劳动合同法 art. 83) as a registered calculation, kind {@code "probation-damages"}: the
 * case file's {@code case} as {@link ProbationCase}, its {@code options} as {@link
 * ProbationOptions}. Immutable and thread-safe.
 */
public final class ProbationCalculation
    implements Calculation<ProbationCalculation.Input, ProbationResult> {
  /** The one instance. */
  public static final ProbationCalculation INSTANCE = new ProbationCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = ProbationResultJson.FORMAT;

  /** The figures read: the limits of 劳动合同法 art. 19. */
  private static final KeyRegistry KEYS = ProbationKeys.REGISTRY;

  /** A case file's input: the facts and the options. */
  public record Input(ProbationCase probationCase, ProbationOptions options) {
    public Input {
      requireNonNull(probationCase, "probationCase");
      requireNonNull(options, "options");
    }
  }

  private ProbationCalculation() {}

  @Override
  public String kind() {
    return "probation-damages";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<ProbationResult> resultType() {
    return ProbationResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    ProbationCaseJson.Read r = ProbationCaseJson.read(caseNode, optionsNode);
    return new Input(r.probationCase(), r.options());
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path (a missing figure at
   *     {@code parameters})
   */
  @Override
  public ProbationResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return ProbationEngine.compute(input.probationCase(), input.options(), parameters);
  }

  /** The result of the typed case under the options. */
  public ProbationResult compute(
      ProbationCase probationCase, ProbationOptions options, Parameters parameters) {
    return compute(new Input(probationCase, options), parameters);
  }

  @Override
  public String toJson(ProbationResult result) {
    return ProbationResultJson.write(result);
  }

  @Override
  public String sheet(ProbationResult result, SheetFormat format) {
    return ProbationSheet.render(result, format);
  }
}
