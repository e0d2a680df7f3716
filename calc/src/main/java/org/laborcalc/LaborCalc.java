package org.laborcalc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.calculation.CaseOf;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.UnsupportedCaseException;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sheet.SheetOptions;

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
 *   // An incomplete result has "missing": the figures to supply, and the items they keep out.
 *   System.out.println(calc.toJson(outcome.result()));      // docs/RESULT-JSON.md
 * } else {
 *   outcome.violations().forEach(v -> System.err.println(v)); // path: English / 中文
 * }
 *
 * // A case file of any registered calculation, by its "calculation" (work injury when absent):
 * Outcome any = calc.compute(Files.readAllBytes(Path.of("case.json")));
 * System.out.print(any.isValid() ? any.sheet(SheetFormat.TEXT) : any.toJson());
 *
 * // From code:
 * WorkInjuryResult r = calc.workInjury(workInjuryCase, CalculationOptions.defaults());
 * r.totals().employer();
 *
 * // Any other calculation from code, typed:
 * SeveranceResult s = calc.compute(SeveranceCalculation.INSTANCE,
 *     new SeveranceCalculation.Input(severanceCase, SeveranceOptions.defaults()));
 * }</pre>
 *
 * <p>{@code LaborCalc.builder().register(calculation)} adds a {@link Calculation} that case files
 * then name by its kind.
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
  private static final WorkInjuryCalculation WORK_INJURY = WorkInjuryCalculation.INSTANCE;

  private final Parameters parameters;
  private final WorkInjuryCalculator calculator;
  private final Calculations calculations;

  private LaborCalc(Parameters parameters, Calculations calculations) {
    this.parameters = parameters;
    this.calculator = WorkInjuryCalculator.of(parameters);
    this.calculations = calculations;
  }

  /** A builder; without parameters it uses the bundled packs. */
  public static Builder builder() {
    return new Builder();
  }

  /** An instance over the bundled parameter packs. */
  public static LaborCalc withBundledParameters() {
    return new LaborCalc(BundledPacks.parameters(), Calculations.builtIn());
  }

  /** The parameters every calculation starts from. */
  public Parameters parameters() {
    return parameters;
  }

  /** The calculations a case file may name: the built-in ones and those registered. */
  public Calculations calculations() {
    return calculations;
  }

  /**
   * The result of a typed case under the default options ({@link CalculationOptions#defaults()}).
   */
  public WorkInjuryResult workInjury(WorkInjuryCase workInjuryCase) {
    return workInjury(workInjuryCase, CalculationOptions.defaults());
  }

  /**
   * Computes a case, completely or not at all.
   *
   * @throws InvalidInputException when the case has problems (paths relative to the case)
   * @throws MissingParameterException when no pack supplies a figure the case needs (the first;
   *     {@link #validate(WorkInjuryCase, CalculationOptions)} lists every one)
   * @throws UnsupportedCaseException when the law as bundled has no rule for a fact of the case
   */
  public WorkInjuryResult workInjury(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return calculator.calculate(workInjuryCase, options);
  }

  /**
   * Computes every line of a case that its figures allow: when some are missing the result says so
   * ({@link WorkInjuryResult#isComplete()} false, {@link WorkInjuryResult#missing()} each figure
   * with the items it keeps out), as a case file's result does.
   *
   * @throws InvalidInputException when the case has problems (paths relative to the case)
   * @throws UnsupportedCaseException when the law as bundled has no rule for a fact of the case
   */
  public WorkInjuryResult workInjuryPartial(
      WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return calculator.calculatePartial(workInjuryCase, options);
  }

  /** Every problem with the case, paths relative to the case; empty when it can be computed. */
  public List<Violation> validate(WorkInjuryCase workInjuryCase, CalculationOptions options) {
    return calculator.validate(workInjuryCase, options);
  }

  /** Every problem with the case of a file, paths from the file's root ({@code case.…}). */
  public List<Violation> validate(CaseFile file) {
    requireNonNull(file, "file");
    return WORK_INJURY.validate(input(file), parametersFor(file.pack()));
  }

  /** Every problem with a case file of any calculation, paths from the file's root. */
  public List<Violation> validate(CaseOf<?> file) {
    requireNonNull(file, "file");
    return check(file);
  }

  private <C> List<Violation> check(CaseOf<C> file) {
    return file.calculation().validate(file.input(), parametersFor(file.pack()));
  }

  /**
   * Every problem with a case file given as text: its JSON, its envelope, its structure, its facts
   * and the figures its rules need, for whichever calculation the file names. Empty exactly when
   * {@link #compute(String)} gives a result.
   */
  public List<Violation> validateJson(String caseFileJson) {
    requireNonNull(caseFileJson, "caseFileJson");
    try {
      return validate(LaborCalcJson.readCaseFile(caseFileJson, calculations));
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /** Every problem with a case file given as UTF-8 bytes; see {@link #validateJson(String)}. */
  public List<Violation> validateJson(byte[] caseFileUtf8) {
    requireNonNull(caseFileUtf8, "caseFileUtf8");
    try {
      return validate(LaborCalcJson.readCaseFile(caseFileUtf8, calculations));
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /**
   * Computes a case file of whichever calculation it names ({@code "calculation"}; work injury when
   * it names none), its own figures layered over this instance's parameters. Bad input is
   * violations, never exceptions; figures no pack supplies leave the result incomplete ({@link
   * Outcome#isComplete()}, {@link Outcome#missing()}) with every line that could be computed. The
   * outcome writes the result as JSON or a sheet.
   */
  public Outcome compute(String caseFileJson) {
    requireNonNull(caseFileJson, "caseFileJson");
    try {
      Outcome o = compute(LaborCalcJson.readCaseFile(caseFileJson, calculations));
      return o.isValid()
          ? o.withInputDigest(
              SheetOptions.digestOf(caseFileJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          : o;
    } catch (InvalidInputException e) {
      return Outcome.invalid(null, e.violations());
    }
  }

  /** Computes a case file given as UTF-8 bytes; see {@link #compute(String)}. */
  public Outcome compute(byte[] caseFileUtf8) {
    requireNonNull(caseFileUtf8, "caseFileUtf8");
    try {
      Outcome o = compute(LaborCalcJson.readCaseFile(caseFileUtf8, calculations));
      return o.isValid() ? o.withInputDigest(SheetOptions.digestOf(caseFileUtf8)) : o;
    } catch (InvalidInputException e) {
      return Outcome.invalid(null, e.violations());
    }
  }

  /**
   * Computes a typed case of any calculation over this instance's parameters, e.g. {@code
   * calc.compute(SeveranceCalculation.INSTANCE, new SeveranceCalculation.Input(severanceCase,
   * SeveranceOptions.defaults()))} gives a {@code SeveranceResult}. The calculation need not be
   * registered: the typed input already says which one it is.
   *
   * @throws InvalidInputException when the case has problems (paths relative to the case file's
   *     root, as {@link Calculation#validate} gives them)
   * @throws LaborCalcException for the calculation's other refusals (a figure no pack supplies, a
   *     fact the law as bundled has no rule for)
   */
  public <C, R> R compute(Calculation<C, R> calculation, C input) {
    requireNonNull(calculation, "calculation");
    requireNonNull(input, "input");
    return calculation.compute(input, parameters);
  }

  /**
   * Every problem of a typed case; empty exactly when {@link #compute(Calculation, Object)}
   * succeeds.
   */
  public <C> List<Violation> validate(Calculation<C, ?> calculation, C input) {
    requireNonNull(calculation, "calculation");
    requireNonNull(input, "input");
    return calculation.validate(input, parameters);
  }

  /** Computes a case file already read; see {@link #compute(String)}. */
  public Outcome compute(CaseOf<?> file) {
    requireNonNull(file, "file");
    return run(file);
  }

  private <C, R> Outcome run(CaseOf<C> file) {
    @SuppressWarnings("unchecked") // a CaseOf<C> holds a Calculation<C, ?>; R names its result
    Calculation<C, R> calculation = (Calculation<C, R>) file.calculation();
    try {
      Outcome o =
          Outcome.of(calculation, calculation.compute(file.input(), parametersFor(file.pack())));
      return file.reference() == null ? o : o.withReference(file.reference());
    } catch (InvalidInputException e) {
      return Outcome.invalid(calculation.kind(), e.violations());
    } catch (LaborCalcException e) {
      return Outcome.invalid(
          calculation.kind(), List.of(Violation.of("", e.code(), e.messageZh(), e.messageEn())));
    }
  }

  /** This instance's parameters, with a file's own figures layered over them. */
  private Parameters parametersFor(Optional<ParameterPack> pack) {
    return pack.map(parameters::with).orElse(parameters);
  }

  private static WorkInjuryCalculation.Input input(CaseFile file) {
    return new WorkInjuryCalculation.Input(file.workInjuryCase(), file.options());
  }

  /**
   * Computes the case of a file with the file's options, its own figures layered over this
   * instance's parameters. Bad input is violations, never exceptions; figures no pack supplies
   * leave the result incomplete ({@link CalcOutcome#isComplete()}).
   */
  public CalcOutcome workInjuryFile(CaseFile file) {
    requireNonNull(file, "file");
    try {
      return CalcOutcome.of(WORK_INJURY.compute(input(file), parametersFor(file.pack())));
    } catch (InvalidInputException e) {
      return CalcOutcome.invalid(e.violations());
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
   * The result as JSON, or the violations document when there is none, streamed to {@code out} as
   * UTF-8 without building the text ({@link #toJson(CalcOutcome)}'s bytes); {@code out} is flushed,
   * not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public void writeJson(CalcOutcome outcome, OutputStream out) throws IOException {
    requireNonNull(outcome, "outcome");
    if (outcome.isValid()) {
      LaborCalcJson.writeResult(outcome.result(), out);
    } else {
      LaborCalcJson.writeViolations(outcome.violations(), out);
    }
  }

  /** Builds a {@link LaborCalc}. Not thread-safe; the instance it builds is. */
  public static final class Builder {
    private Parameters parameters;
    private final List<ParameterPack> packs = new ArrayList<>();
    private Calculations calculations = Calculations.builtIn();

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

    /**
     * A calculation beside the built-in ones, which case files then name by its kind; its parameter
     * keys join those a pack may name.
     *
     * @throws IllegalArgumentException when its kind is registered already
     */
    public Builder register(Calculation<?, ?> calculation) {
      calculations = calculations.with(requireNonNull(calculation, "calculation"));
      return this;
    }

    public LaborCalc build() {
      Parameters p = parameters == null ? BundledPacks.parameters() : parameters;
      for (ParameterPack pack : packs) {
        p = p.with(pack);
      }
      return new LaborCalc(p, calculations);
    }
  }
}
