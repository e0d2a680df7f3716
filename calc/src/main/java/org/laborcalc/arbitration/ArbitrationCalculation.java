package org.laborcalc.arbitration;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.arbitration.internal.CaseReader;
import org.laborcalc.arbitration.internal.Engine;
import org.laborcalc.arbitration.internal.ResultJson;
import org.laborcalc.arbitration.internal.Sheet;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.FinalityThreshold;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;

/**
 * The arbitration case as a registered {@link Calculation}, kind {@code "arbitration"}: one
 * worker's application with many claims, each computed by its own calculation on the facts the case
 * states once; the rules that link claims, the time limit of each line (劳动争议调解仲裁法 art. 27) and the
 * finality of each item (art. 47); the result {@code laborcalc.arbitration-result/1} and its sheet.
 * Case file: {@code docs/schema/arbitration-case.schema.json}. Immutable and thread-safe.
 */
public final class ArbitrationCalculation
    implements Calculation<ArbitrationCalculation.Input, ArbitrationResult> {
  /** The one instance. */
  public static final ArbitrationCalculation INSTANCE = new ArbitrationCalculation();

  /** Every key a claim's calculation reads, and the minimum wage of the finality threshold. */
  private static final KeyRegistry KEYS = keyUnion();

  /**
   * An arbitration case file's input.
   *
   * @param arbitrationCase the facts and the claims ({@code case})
   * @param options the options ({@code options}; the defaults when absent)
   */
  public record Input(ArbitrationCase arbitrationCase, ArbitrationOptions options) {
    public Input {
      requireNonNull(arbitrationCase, "arbitrationCase");
      requireNonNull(options, "options");
    }
  }

  private ArbitrationCalculation() {}

  private static KeyRegistry keyUnion() {
    Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    keys.put(FinalityThreshold.MINIMUM_MONTHLY_WAGE.name(), FinalityThreshold.MINIMUM_MONTHLY_WAGE);
    for (Calculation<?, ?> c : CaseReader.calculations()) {
      for (ParameterKey<?> k : c.keys().keys()) {
        keys.putIfAbsent(k.name(), k);
      }
    }
    return KeyRegistry.of(List.copyOf(keys.values()));
  }

  @Override
  public String kind() {
    return "arbitration";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<ArbitrationResult> resultType() {
    return ArbitrationResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return KEYS;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    CaseReader.Read r = CaseReader.read(caseNode, optionsNode);
    return new Input(r.arbitrationCase(), r.options());
  }

  @Override
  public ArbitrationResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    return Engine.compute(input.arbitrationCase(), input.options(), parameters);
  }

  @Override
  public List<Violation> missing(ArbitrationResult result) {
    return result.missing();
  }

  @Override
  public String toJson(ArbitrationResult result) {
    return ResultJson.write(requireNonNull(result, "result"));
  }

  @Override
  public String sheet(ArbitrationResult result, SheetFormat format) {
    requireNonNull(result, "result");
    return switch (format) {
      case TEXT -> Sheet.text(result);
      case MARKDOWN -> Sheet.markdown(result);
      case HTML -> Sheet.html(result);
    };
  }
}
