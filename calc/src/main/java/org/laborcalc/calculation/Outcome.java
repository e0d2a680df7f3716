package org.laborcalc.calculation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.sheet.CaseReference;
import org.laborcalc.sheet.SheetOptions;

/**
 * What a case file of any kind came to: the calculation's result, or every reason it could not be
 * computed, each a {@link Violation} located in the file. The result is written through its own
 * calculation, as JSON or as a sheet. Immutable.
 *
 * <pre>{@code
 * Outcome o = laborCalc.compute(json);
 * System.out.print(o.isValid() ? o.sheet(SheetFormat.TEXT) : o.toJson());
 * }</pre>
 */
public final class Outcome {
  private final String kind;
  private final Object result;
  private final List<Violation> violations;
  private final Rendering rendering;
  private final List<Violation> missing;
  private final String inputDigest;
  private final CaseReference reference;

  private interface Rendering {
    String json();

    String sheet(SheetFormat format, SheetOptions options);
  }

  private Outcome(
      String kind,
      Object result,
      List<Violation> violations,
      Rendering rendering,
      List<Violation> missing,
      String inputDigest,
      CaseReference reference) {
    this.inputDigest = inputDigest;
    this.reference = reference;
    this.kind = kind;
    this.result = result;
    this.violations = violations;
    this.rendering = rendering;
    this.missing = missing;
  }

  /** A result of {@code calculation}. */
  public static <R> Outcome of(Calculation<?, R> calculation, R result) {
    requireNonNull(calculation, "calculation");
    requireNonNull(result, "result");
    return new Outcome(
        calculation.kind(),
        result,
        List.of(),
        new Rendering() {
          @Override
          public String json() {
            return calculation.toJson(result);
          }

          @Override
          public String sheet(SheetFormat format, SheetOptions options) {
            return calculation.sheet(
                result, requireNonNull(format, "format"), requireNonNull(options, "options"));
          }
        },
        List.copyOf(calculation.missing(result)),
        null,
        null);
  }

  /**
   * No result; {@code violations} must not be empty.
   *
   * @param kind the kind of the file, or null when it could not be read
   */
  public static Outcome invalid(String kind, List<Violation> violations) {
    List<Violation> vs = List.copyOf(violations);
    if (vs.isEmpty()) {
      throw new IllegalArgumentException("violations must not be empty");
    }
    return new Outcome(kind, null, vs, null, List.of(), null, null);
  }

  /** The kind of the case file, or null when the file could not be read that far. */
  public String kind() {
    return kind;
  }

  /**
   * True when there is a result, complete or not: check {@link #isComplete()} before taking its
   * totals as what the case is owed.
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /** True when there is a result and no figure it needs is missing. */
  public boolean isComplete() {
    return isValid() && missing.isEmpty();
  }

  /**
   * The figures a result lacks, each a {@code MISSING_PARAMETER} violation at {@code parameters}
   * with its fields (the list {@code validate} reports); empty for a complete result or none.
   */
  public List<Violation> missing() {
    return missing;
  }

  /**
   * The result, of the calculation's {@link Calculation#resultType()}.
   *
   * @throws IllegalStateException when the input was invalid
   */
  public Object result() {
    if (!isValid()) {
      throw new IllegalStateException(
          "no result: the input has "
              + violations.size()
              + " problem(s), the first being "
              + violations.get(0));
    }
    return result;
  }

  /**
   * The result as {@code type}.
   *
   * @throws IllegalStateException when the input was invalid
   * @throws ClassCastException when the file was of another kind
   */
  public <R> R result(Class<R> type) {
    return type.cast(result());
  }

  /** Every problem found; empty when there is a result. */
  public List<Violation> violations() {
    return violations;
  }

  /** The result document of the calculation, or the violations document when there is none. */
  public String toJson() {
    return isValid() ? rendering.json() : LaborCalcJson.writeViolations(violations);
  }

  /**
   * The calculation sheet of the result.
   *
   * @throws IllegalStateException when the input was invalid
   */
  public String sheet(SheetFormat format) {
    return sheet(format, SheetOptions.DEFAULT);
  }

  /**
   * The calculation sheet of the result in {@code options}' language and width; the options' input
   * digest, when it has none, is this outcome's (the SHA-256 of the case file it was computed from,
   * when it was).
   *
   * @throws IllegalStateException when the input was invalid
   */
  public String sheet(SheetFormat format, SheetOptions options) {
    result();
    SheetOptions o = requireNonNull(options, "options");
    if (o.inputDigest() == null && inputDigest != null) {
      o = o.withInputDigest(inputDigest);
    }
    if (o.reference() == null && reference != null) {
      o = o.withReference(reference);
    }
    return rendering.sheet(format, o);
  }

  /**
   * This outcome with the SHA-256 digest (hex) of the case file it came from, shown in its sheet's
   * header.
   */
  public Outcome withInputDigest(String inputDigest) {
    return new Outcome(
        kind,
        result,
        violations,
        rendering,
        missing,
        requireNonNull(inputDigest, "inputDigest"),
        reference);
  }

  /** This outcome with the case file's reference (case number, parties, tribunal), or null. */
  public Outcome withReference(CaseReference reference) {
    return new Outcome(kind, result, violations, rendering, missing, inputDigest, reference);
  }

  /** The SHA-256 digest (hex) of the case file, or null when not known. */
  public String inputDigest() {
    return inputDigest;
  }

  @Override
  public String toString() {
    return isValid()
        ? "Outcome[" + kind + (missing.isEmpty() ? ", computed]" : ", incomplete: " + missing + "]")
        : "Outcome[" + kind + ", " + violations + "]";
  }
}
