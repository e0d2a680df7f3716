package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.severance.internal.SeveranceCaseJson;
import org.laborcalc.severance.internal.SeveranceResultJson;
import org.laborcalc.severance.internal.SeveranceSheet;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * Termination money as a registered {@link Calculation}, kind {@code "severance"}: 经济补偿
 * (劳动合同法第四十七条), 赔偿金 (第八十七条), 代通知金 (第四十条) and back pay after an unlawful termination (解释（二）第十八条),
 * from the case file of {@code docs/schema/severance-case.schema.json}, with the result {@code
 * laborcalc.severance-result/1} and its sheet. Immutable and thread-safe.
 */
public final class SeveranceCalculation
    implements Calculation<SeveranceCalculation.Input, SeveranceResult> {
  /** The one instance. */
  public static final SeveranceCalculation INSTANCE = new SeveranceCalculation();

  /**
   * What a severance case file holds besides its figures.
   *
   * @param severanceCase the facts ({@code case})
   * @param options the options ({@code options}; the defaults when absent)
   */
  public record Input(SeveranceCase severanceCase, SeveranceOptions options) {
    public Input {
      requireNonNull(severanceCase, "severanceCase");
      requireNonNull(options, "options");
    }
  }

  /** The last parameters seen and the calculator over them: one index per set of parameters. */
  private volatile Cached cached;

  private record Cached(Parameters parameters, SeveranceCalculator calculator) {}

  private SeveranceCalculation() {}

  @Override
  public String kind() {
    return "severance";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<SeveranceResult> resultType() {
    return SeveranceResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return SeveranceKeys.REGISTRY;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    SeveranceCaseJson.Read r = SeveranceCaseJson.read(caseNode, optionsNode);
    return new Input(r.severanceCase(), r.options());
  }

  @Override
  public List<Violation> validate(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    return calculator(parameters).validate(input.severanceCase(), input.options());
  }

  @Override
  public SeveranceResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    return calculator(parameters).calculate(input.severanceCase(), input.options());
  }

  @Override
  public String toJson(SeveranceResult result) {
    return SeveranceResultJson.write(requireNonNull(result, "result"));
  }

  @Override
  public String sheet(SeveranceResult result, SheetFormat format) {
    return sheet(result, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(SeveranceResult result) {
    return SeveranceSheet.of(requireNonNull(result, "result"));
  }

  private SeveranceCalculator calculator(Parameters parameters) {
    requireNonNull(parameters, "parameters");
    Cached c = cached;
    if (c == null || c.parameters() != parameters) {
      c = new Cached(parameters, SeveranceCalculator.of(parameters));
      cached = c;
    }
    return c.calculator();
  }
}
