package org.laborcalc;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.UnsupportedCaseException;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;

/**
 * The way into laborcalc for integrators: build one, share it. Immutable and thread-safe, with no
 * global mutable state and no framework dependency, so it can be a singleton bean of any container.
 *
 * <pre>{@code
 * LaborCalc calc = LaborCalc.withBundledParameters();
 *
 * // From a case file (docs/schema/work-injury-case.schema.json):
 * CalcOutcome outcome = calc.workInjuryJson(Files.readAllBytes(Path.of("case.json")));
 * if (outcome.isValid()) {
 *   System.out.println(calc.toJson(outcome.result()));      // docs/RESULT-JSON.md
 * } else {
 *   outcome.violations().forEach(v -> System.err.println(v)); // path: English / 中文
 * }
 *
 * // From code:
 * WorkInjuryResult r = calc.workInjury(workInjuryCase, CalculationOptions.defaults());
 * r.totals().employer();
 * }</pre>
 *
 * <p>{@code org.laborcalc.examples.EmbeddingExample} is this snippet as a program, run by the
 * tests.
 *
 * <p>The figures a case file carries in {@code parameters} are layered over this instance's
 * parameters for that case only. Methods taking JSON never throw for bad input: every problem is a
 * {@link Violation}. The methods taking records throw {@link InvalidInputException} and the other
 * {@link LaborCalcException}s, as {@link WorkInjuryCalculator} does.
 */
public final class LaborCalc {
  private final Parameters parameters;
  private final WorkInjuryCalculator calculator;

  private LaborCalc(Parameters parameters) {
    this.parameters = parameters;
    this.calculator = WorkInjuryCalculator.of(parameters);
  }

  /** A builder; without parameters it uses the bundled packs. */
  public static Builder builder() {
    return new Builder();
  }

  /** An instance over the bundled parameter packs. */
  public static LaborCalc withBundledParameters() {
    return new LaborCalc(BundledPacks.parameters());
  }

  /** The parameters every calculation starts from. */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * The result of a typed case under the default options ({@link CalculationOptions#defaults()}).
   */
  public WorkInjuryResult workInjury(WorkInjuryCase workInjuryCase) {
    return workInjury(workInjuryCase, CalculationOptions.defaults());
  }

  /**
   * Computes a case.
   *
   * @throws InvalidInputException when the case has problems (paths relative to the case)
   * @throws MissingParameterException when no pack supplies a figure the case needs
   * @throws UnsupportedCaseException when the law as bundled has no rule for a fact of the case
   */
  public WorkInjuryResult workInjury(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return calculator.calculate(workInjuryCase, options);
  }

  /** Every problem with the case, paths relative to the case; empty when it can be computed. */
  public List<Violation> validate(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return calculator.validate(workInjuryCase, options);
  }

  /** Every problem with the case of a file, paths from the file's root ({@code case.…}). */
  public List<Violation> validate(CaseFile file) {
    requireNonNull(file, "file");
    return inFile(calculatorFor(file).validate(file.workInjuryCase(), file.options()));
  }

  /** This instance's calculator, or one with the file's own figures layered over its parameters. */
  private WorkInjuryCalculator calculatorFor(CaseFile file) {
    return file.pack().map(p -> WorkInjuryCalculator.of(parameters.with(p))).orElse(calculator);
  }

  /** Every problem with a case file given as text: its JSON, its structure, its facts. */
  public List<Violation> validateJson(String caseFileJson) {
    requireNonNull(caseFileJson, "caseFileJson");
    try {
      return validate(LaborCalcJson.readCaseFile(caseFileJson));
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /** Every problem with a case file given as UTF-8 bytes. */
  public List<Violation> validateJson(byte[] caseFileUtf8) {
    requireNonNull(caseFileUtf8, "caseFileUtf8");
    try {
      return validate(LaborCalcJson.readCaseFile(caseFileUtf8));
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /**
   * Computes the case of a file with the file's options, its own figures layered over this
   * instance's parameters. Bad input and missing figures are violations, never exceptions.
   */
  public CalcOutcome workInjuryFile(CaseFile file) {
    requireNonNull(file, "file");
    try {
      return CalcOutcome.of(calculatorFor(file).calculate(file.workInjuryCase(), file.options()));
    } catch (InvalidInputException e) {
      return CalcOutcome.invalid(inFile(e.violations()));
    } catch (LaborCalcException e) {
      return CalcOutcome.invalid(inFile(List.of(WorkInjuryCalculator.located(e))));
    }
  }

  /** Reads a case file given as text and computes it; see {@link #workInjuryFile(CaseFile)}. */
  public CalcOutcome workInjuryJson(String caseFileJson) {
    requireNonNull(caseFileJson, "caseFileJson");
    try {
      return workInjuryFile(LaborCalcJson.readCaseFile(caseFileJson));
    } catch (InvalidInputException e) {
      return CalcOutcome.invalid(e.violations());
    }
  }

  /** Reads a case file given as UTF-8 bytes and computes it. */
  public CalcOutcome workInjuryJson(byte[] caseFileUtf8) {
    requireNonNull(caseFileUtf8, "caseFileUtf8");
    try {
      return workInjuryFile(LaborCalcJson.readCaseFile(caseFileUtf8));
    } catch (InvalidInputException e) {
      return CalcOutcome.invalid(e.violations());
    }
  }

  /** The result as JSON (docs/RESULT-JSON.md); the same result always gives the same text. */
  public String toJson(WorkInjuryResult result) {
    return LaborCalcJson.writeResult(result);
  }

  /** The result as JSON, or the violations document when there is none. */
  public String toJson(CalcOutcome outcome) {
    requireNonNull(outcome, "outcome");
    return outcome.isValid()
        ? LaborCalcJson.writeResult(outcome.result())
        : LaborCalcJson.writeViolations(outcome.violations());
  }

  /**
   * The engine's paths are relative to the case, except the options' ({@code options.asOf}); in a
   * case file the case sits under {@code case}.
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
      out.add(Violation.of(path, v.code(), v.messageZh(), v.messageEn()));
    }
    return List.copyOf(out);
  }

  /**
   * The most violations of the engine's checks returned, as the case-file reader lists at most 100:
   * 20,000 hospital stays out of range, within the 2 MB of a file, made a violations document
   * larger than the file.
   */
  private static final int MAX_VIOLATIONS = 100;

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

  /** Builds a {@link LaborCalc}. Not thread-safe; the instance it builds is. */
  public static final class Builder {
    private Parameters parameters;
    private final List<ParameterPack> packs = new ArrayList<>();

    private Builder() {}

    /** The parameters to start from; the bundled packs when not set. */
    public Builder parameters(Parameters base) {
      this.parameters = requireNonNull(base, "parameters");
      return this;
    }

    /**
     * A pack layered over the parameters (later packs over earlier ones), e.g. a city's figures.
     */
    public Builder pack(ParameterPack pack) {
      packs.add(requireNonNull(pack, "pack"));
      return this;
    }

    public LaborCalc build() {
      Parameters p = parameters == null ? BundledPacks.parameters() : parameters;
      for (ParameterPack pack : packs) {
        p = p.with(pack);
      }
      return new LaborCalc(p);
    }
  }
}
