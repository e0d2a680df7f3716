package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * Work-injury benefits (《工伤保险条例》 chapter 5) as a registered {@link Calculation}, kind {@code
 * "work-injury"}: {@link WorkInjuryCalculator} with the case-file format of {@code
 * docs/schema/work-injury-case.schema.json}, the result contract of {@code docs/RESULT-JSON.md} and
 * the {@link CalculationSheets}. Immutable and thread-safe.
 */
public final class WorkInjuryCalculation
    implements Calculation<WorkInjuryCalculation.Input, WorkInjuryResult> {
  /** The one instance. */
  public static final WorkInjuryCalculation INSTANCE = new WorkInjuryCalculation();

  /**
   * The most violations of the engine's checks returned, as the case-file reader lists at most 100:
   * 20,000 hospital stays out of range, within the 2 MB of a file, made a violations document
   * larger than the file.
   */
  private static final int MAX_VIOLATIONS = 100;

  /**
   * What a work-injury case file holds besides its figures.
   *
   * @param workInjuryCase the facts ({@code case})
   * @param options the options ({@code options}; the defaults when absent)
   */
  public record Input(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    public Input {
      requireNonNull(workInjuryCase, "workInjuryCase");
      requireNonNull(options, "options");
    }
  }

  private WorkInjuryCalculation() {}

  @Override
  public String kind() {
    return "work-injury";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<WorkInjuryResult> resultType() {
    return WorkInjuryResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return WorkInjuryKeys.REGISTRY;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    CaseFile f = LaborCalcJson.readWorkInjury(caseNode, optionsNode);
    return new Input(f.workInjuryCase(), f.options());
  }

  @Override
  public List<Violation> validate(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    return inFile(
        WorkInjuryCalculator.of(parameters).validate(input.workInjuryCase(), input.options()));
  }

  @Override
  public WorkInjuryResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    try {
      // A case file gets every line that can be computed; the missing figures are in the result.
      return WorkInjuryCalculator.of(parameters)
          .calculatePartial(input.workInjuryCase(), input.options());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(inFile(e.violations()));
    } catch (LaborCalcException e) {
      throw new InvalidInputException(inFile(List.of(WorkInjuryCalculator.located(e))));
    }
  }

  @Override
  public List<Violation> missing(WorkInjuryResult result) {
    return result.missing().stream().map(MissingFigure::toViolation).toList();
  }

  @Override
  public String toJson(WorkInjuryResult result) {
    return LaborCalcJson.writeResult(result);
  }

  @Override
  public String sheet(WorkInjuryResult result, SheetFormat format) {
    return sheet(result, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(WorkInjuryResult result) {
    return CalculationSheets.workInjury(requireNonNull(result, "result"));
  }

  /**
   * The engine's paths are relative to the case, except the options' ({@code options.asOf}) and a
   * figure the parameters lack ({@code parameters}); in a case file the case sits under {@code
   * case}.
   */
  private static List<Violation> inFile(List<Violation> violations) {
    List<Violation> out = new ArrayList<>(Math.min(violations.size(), MAX_VIOLATIONS + 1));
    for (Violation v : violations) {
      if (out.size() == MAX_VIOLATIONS) {
        out.add(tooMany(violations.size() - MAX_VIOLATIONS));
        break;
      }
      String p = v.path();
      String path =
          p.equals("options")
                  || p.startsWith("options.")
                  || p.equals("parameters")
                  || p.startsWith("parameters.")
              ? p
              : p.isEmpty() ? "case" : p.startsWith("[") ? "case" + p : "case." + p;
      out.add(v.at(path));
    }
    return List.copyOf(out);
  }

  private static Violation tooMany(int more) {
    return Violation.of(
        "",
        "TOO_MANY_PROBLEMS",
        "另有 " + more + " 处问题未列出（最多列出 " + MAX_VIOLATIONS + " 处）；请先改正以上各处",
        "there are "
            + more
            + " more problems, not listed (at most "
            + MAX_VIOLATIONS
            + " are); correct the ones above first");
  }
}
