package org.laborcalc.doublewage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.doublewage.internal.DoubleWageCaseJson;
import org.laborcalc.doublewage.internal.DoubleWageEngine;
import org.laborcalc.doublewage.internal.DoubleWageResultJson;
import org.laborcalc.doublewage.internal.DoubleWageSheet;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * 二倍工资 as a registered calculation, kind {@code "double-wage"}: the case file's {@code case} as
 * {@link DoubleWageCase}, its {@code options} as {@link DoubleWageOptions}; one line a wage month
 * on the national holiday calendar. The time limit is not applied (see {@link DoubleWageLine}).
 * Immutable and thread-safe.
 */
public final class DoubleWageCalculation
    implements Calculation<DoubleWageCalculation.Input, DoubleWageResult> {
  /** The one instance. */
  public static final DoubleWageCalculation INSTANCE = new DoubleWageCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = DoubleWageResultJson.FORMAT;

  /** The one statutory figure read: 月计薪天数 21.75, for option {@code WORKDAYS_OVER_21_75}. */
  private static final KeyRegistry KEYS =
      KeyRegistry.of(List.of(WorkInjuryKeys.PAY_DAYS_PER_MONTH));

  /** A case file's input: the facts and the options. */
  public record Input(DoubleWageCase doubleWageCase, DoubleWageOptions options) {
    public Input {
      requireNonNull(doubleWageCase, "doubleWageCase");
      requireNonNull(options, "options");
    }
  }

  private DoubleWageCalculation() {}

  @Override
  public String kind() {
    return "double-wage";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<DoubleWageResult> resultType() {
    return DoubleWageResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    DoubleWageCaseJson.Read r = DoubleWageCaseJson.read(caseNode, optionsNode);
    return new Input(r.doubleWageCase(), r.options());
  }

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path (a missing figure at
   *     {@code parameters}, a year the calendar does not hold at the field that reaches it)
   */
  @Override
  public DoubleWageResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return DoubleWageEngine.compute(
        input.doubleWageCase(), input.options(), parameters, HolidayCalendar.national());
  }

  @Override
  public String toJson(DoubleWageResult result) {
    return DoubleWageResultJson.write(result);
  }

  @Override
  public String sheet(DoubleWageResult result, SheetFormat format) {
    return sheet(result, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(DoubleWageResult result) {
    return DoubleWageSheet.of(java.util.Objects.requireNonNull(result, "result"));
  }
}
