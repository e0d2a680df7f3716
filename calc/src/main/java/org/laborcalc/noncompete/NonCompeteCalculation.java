package org.laborcalc.noncompete;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.noncompete.internal.NonCompeteCaseJson;
import org.laborcalc.noncompete.internal.NonCompeteEngine;
import org.laborcalc.noncompete.internal.NonCompeteResultJson;
import org.laborcalc.noncompete.internal.NonCompeteSheet;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;

/**
 * 竞业限制经济补偿 as a registered calculation, kind {@code "non-compete"}: the case file's {@code case} as
 * {@link NonCompeteCase}, its {@code options} as {@link NonCompeteOptions}. Immutable and
 * thread-safe.
 */
public final class NonCompeteCalculation
    implements Calculation<NonCompeteCalculation.Input, NonCompeteResult> {
  /** The one instance. */
  public static final NonCompeteCalculation INSTANCE = new NonCompeteCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = NonCompeteResultJson.FORMAT;

  /** The one statutory figure read: the monthly minimum wage, for 解释（一） art. 36 ¶2. */
  private static final KeyRegistry KEYS =
      KeyRegistry.of(List.of(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE));

  /** A case file's input: the facts and the options. */
  public record Input(NonCompeteCase nonCompeteCase, NonCompeteOptions options) {
    public Input {
      requireNonNull(nonCompeteCase, "nonCompeteCase");
      requireNonNull(options, "options");
    }
  }

  private NonCompeteCalculation() {}

  @Override
  public String kind() {
    return "non-compete";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<NonCompeteResult> resultType() {
    return NonCompeteResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    NonCompeteCaseJson.Read r = NonCompeteCaseJson.read(caseNode, optionsNode);
    return new Input(r.nonCompeteCase(), r.options());
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path (each missing minimum
   *     wage at {@code parameters}, with its region and date)
   */
  @Override
  public NonCompeteResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return NonCompeteEngine.compute(input.nonCompeteCase(), input.options(), parameters);
  }

  /** The result of the typed case under the options. */
  public NonCompeteResult compute(
      NonCompeteCase nonCompeteCase, NonCompeteOptions options, Parameters parameters) {
    return compute(new Input(nonCompeteCase, options), parameters);
  }

  @Override
  public String toJson(NonCompeteResult result) {
    return NonCompeteResultJson.write(result);
  }

  @Override
  public String sheet(NonCompeteResult result, SheetFormat format) {
    return NonCompeteSheet.render(result, format);
  }
}
