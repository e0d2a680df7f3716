package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * 人社部令第9号 as a registered calculation, kind {@code "illegal-employment"}: the case file of {@code
 * docs/schema/illegal-employment-case.schema.json}. Immutable and thread-safe.
 */
public final class IllegalEmploymentCalculation
    implements Calculation<IllegalEmploymentCalculation.Input, IllegalEmploymentResult> {
  /** The one instance. */
  public static final IllegalEmploymentCalculation INSTANCE = new IllegalEmploymentCalculation();

  /**
   * What a case file holds besides its figures.
   *
   * @param illegalEmploymentCase the facts ({@code case})
   * @param options the options ({@code options}; the defaults when absent)
   */
  public record Input(
      IllegalEmploymentCase illegalEmploymentCase, IllegalEmploymentOptions options) {
    public Input {
      requireNonNull(illegalEmploymentCase, "illegalEmploymentCase");
      requireNonNull(options, "options");
    }
  }

  private IllegalEmploymentCalculation() {}

  @Override
  public String kind() {
    return "illegal-employment";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<IllegalEmploymentResult> resultType() {
    return IllegalEmploymentResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return IllegalEmploymentKeys.REGISTRY;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    return IllegalEmploymentJson.read(caseNode, optionsNode);
  }

  @Override
  public List<Violation> validate(Input input, Parameters parameters) {
    return inFile(
        IllegalEmploymentCalculator.of(parameters)
            .validate(input.illegalEmploymentCase(), input.options()));
  }

  @Override
  public IllegalEmploymentResult compute(Input input, Parameters parameters) {
    try {
      return IllegalEmploymentCalculator.of(parameters)
          .calculate(input.illegalEmploymentCase(), input.options());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(inFile(e.violations()));
    }
  }

  @Override
  public String toJson(IllegalEmploymentResult result) {
    return IllegalEmploymentJson.write(result);
  }

  @Override
  public String sheet(IllegalEmploymentResult result, SheetFormat format) {
    return sheet(result, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(IllegalEmploymentResult result) {
    return IllegalEmploymentSheet.of(result);
  }

  /** The calculator's paths are from the case; in a file the case sits under {@code case}. */
  private static List<Violation> inFile(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      String p = v.path();
      String path =
          p.startsWith("parameters") || p.startsWith("options")
              ? p
              : p.isEmpty() ? "case" : "case." + p;
      out.add(Violation.of(path, v.code(), v.messageZh(), v.messageEn()));
    }
    return List.copyOf(out);
  }
}
