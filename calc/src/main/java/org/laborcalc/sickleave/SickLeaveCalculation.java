package org.laborcalc.sickleave;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sickleave.internal.SickLeaveCaseJson;
import org.laborcalc.sickleave.internal.SickLeaveEngine;
import org.laborcalc.sickleave.internal.SickLeaveResultJson;
import org.laborcalc.sickleave.internal.SickLeaveSheet;

/**
 * 医疗期 and 病假工资 as a registered calculation, kind {@code "sick-leave"}: the case file's {@code case}
 * as {@link SickLeaveCase}, its {@code options} as {@link SickLeaveOptions}. Immutable and
 * thread-safe.
 */
public final class SickLeaveCalculation
    implements Calculation<SickLeaveCalculation.Input, SickLeaveResult> {
  /** The one instance. */
  public static final SickLeaveCalculation INSTANCE = new SickLeaveCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = SickLeaveResultJson.FORMAT;

  /** The figures read: the tables of 479号 arts. 3–4, the 309号 floor and the minimum wage. */
  private static final KeyRegistry KEYS = SickLeaveKeys.REGISTRY;

  /** A case file's input: the facts and the options. */
  public record Input(SickLeaveCase sickLeaveCase, SickLeaveOptions options) {
    public Input {
      requireNonNull(sickLeaveCase, "sickLeaveCase");
      requireNonNull(options, "options");
    }
  }

  private SickLeaveCalculation() {}

  @Override
  public String kind() {
    return "sick-leave";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<SickLeaveResult> resultType() {
    return SickLeaveResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    SickLeaveCaseJson.Read r = SickLeaveCaseJson.read(caseNode, optionsNode);
    return new Input(r.sickLeaveCase(), r.options());
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path (each missing figure at
   *     {@code parameters}, with its region and date)
   */
  @Override
  public SickLeaveResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return SickLeaveEngine.compute(input.sickLeaveCase(), input.options(), parameters);
  }

  /** The result of the typed case under the options. */
  public SickLeaveResult compute(
      SickLeaveCase sickLeaveCase, SickLeaveOptions options, Parameters parameters) {
    return compute(new Input(sickLeaveCase, options), parameters);
  }

  @Override
  public String toJson(SickLeaveResult result) {
    return SickLeaveResultJson.write(result);
  }

  @Override
  public String sheet(SickLeaveResult result, SheetFormat format) {
    return SickLeaveSheet.render(result, format);
  }
}
