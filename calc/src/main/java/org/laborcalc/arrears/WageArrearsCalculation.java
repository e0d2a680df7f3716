package org.laborcalc.arrears;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.arrears.internal.WageArrearsCaseJson;
import org.laborcalc.arrears.internal.WageArrearsEngine;
import org.laborcalc.arrears.internal.WageArrearsResultJson;
import org.laborcalc.arrears.internal.WageArrearsSheet;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;

/**
 * 拖欠工资 and 加付赔偿金 as a registered calculation, kind {@code "wage-arrears"}: the case file's {@code
 * case} as {@link WageArrearsCase}, its {@code options} as {@link WageArrearsOptions}. The time
 * limit is not applied (see {@link WageArrearsResult}). Immutable and thread-safe.
 */
public final class WageArrearsCalculation
    implements Calculation<WageArrearsCalculation.Input, WageArrearsResult> {
  /** The one instance. */
  public static final WageArrearsCalculation INSTANCE = new WageArrearsCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = WageArrearsResultJson.FORMAT;

  /** The one statutory figure read: the monthly minimum wage, for a minimum-wage claim. */
  private static final KeyRegistry KEYS =
      KeyRegistry.of(List.of(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE));

  /** A case file's input: the facts and the options. */
  public record Input(WageArrearsCase wageArrearsCase, WageArrearsOptions options) {
    public Input {
      requireNonNull(wageArrearsCase, "wageArrearsCase");
      requireNonNull(options, "options");
    }
  }

  private WageArrearsCalculation() {}

  @Override
  public String kind() {
    return "wage-arrears";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<WageArrearsResult> resultType() {
    return WageArrearsResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    WageArrearsCaseJson.Read r = WageArrearsCaseJson.read(caseNode, optionsNode);
    return new Input(r.wageArrearsCase(), r.options());
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path (each missing minimum
   *     wage at {@code parameters}, with its region and date)
   */
  @Override
  public WageArrearsResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return WageArrearsEngine.compute(
        input.wageArrearsCase(), input.options(), parameters, HolidayCalendar.national());
  }

  /** The result of the typed case under the options. */
  public WageArrearsResult compute(
      WageArrearsCase wageArrearsCase, WageArrearsOptions options, Parameters parameters) {
    return compute(new Input(wageArrearsCase, options), parameters);
  }

  @Override
  public String toJson(WageArrearsResult result) {
    return WageArrearsResultJson.write(result);
  }

  @Override
  public String sheet(WageArrearsResult result, org.laborcalc.calculation.SheetFormat format) {
    return sheet(result, format, org.laborcalc.sheet.SheetOptions.DEFAULT);
  }

  @Override
  public org.laborcalc.sheet.Sheet sheetContent(WageArrearsResult result) {
    return WageArrearsSheet.of(result);
  }
}
