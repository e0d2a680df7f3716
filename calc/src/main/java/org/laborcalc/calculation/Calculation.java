package org.laborcalc.calculation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * One arbitration calculation laborcalc can compute from a case file: its kind (the file's {@code
 * "calculation"}), the parameter keys its packs may name, how it reads a case, checks it, computes
 * it, and writes its result as JSON and as a calculation sheet. {@link Calculations} holds the
 * registered ones; {@code LaborCalc.builder().register(…)} adds one without editing the library.
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every case. Every path
 * in a {@link Violation} they report is from the case file's root ({@code case.hours}, {@code
 * options.asOf}, {@code parameters} for a figure no pack supplies).
 *
 * @param <C> what the calculation reads from a file's {@code case} and {@code options}
 * @param <R> its result
 */
public interface Calculation<C, R> {

  /** The kind a case file names in {@code "calculation"}, e.g. {@code "work-injury"}. */
  String kind();

  /**
   * The {@code "formatVersion"} of the case files this calculation reads; a file without one is
   * read as this version.
   */
  int formatVersion();

  /** The type of the results, for callers that asked by kind. */
  Class<R> resultType();

  /**
   * The parameter keys of this calculation; packs are read against the union of every registered
   * calculation's.
   */
  KeyRegistry keys();

  /**
   * The input of a case file.
   *
   * @param caseNode the file's {@code case}, never null
   * @param optionsNode the file's {@code options}, or null when absent
   * @throws InvalidInputException listing every problem of the two, paths from the file's root
   */
  C read(JsonNode caseNode, JsonNode optionsNode);

  /**
   * Every problem of the input under these parameters (the file's own pack already layered on):
   * empty exactly when {@link #compute} succeeds. By default it runs {@link #compute} and reports
   * what that refuses, so the two can never disagree; a calculation overrides it only to report
   * more than the first refusal or to avoid the computation.
   */
  default List<Violation> validate(C input, Parameters parameters) {
    try {
      compute(input, parameters);
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  /**
   * The result.
   *
   * @throws InvalidInputException for anything the caller can correct, located in the file
   * @throws org.laborcalc.error.LaborCalcException for any other domain failure, which {@code
   *     LaborCalc.compute} reports as a violation of the whole document (path {@code ""})
   */
  R compute(C input, Parameters parameters);

  /**
   * What a result lacks: each figure no pack supplies as a {@code MISSING_PARAMETER} violation at
   * {@code parameters}, the same list {@link #validate} reports; empty for a complete result (the
   * default, for a calculation that never returns a partial one).
   */
  default List<Violation> missing(R result) {
    return List.of();
  }

  /** The result document as JSON text; the same result always gives the same text. */
  String toJson(R result);

  /**
   * The calculation sheet of the result, for people; the same result always gives the same text. A
   * kind on the shared sheet model implements it as {@code sheet(result, format,
   * SheetOptions.DEFAULT)}.
   */
  String sheet(R result, SheetFormat format);

  /**
   * The content of the result's sheet on the shared model ({@link Sheet#builder}), or null (the
   * default) for a kind that writes its sheet itself in {@link #sheet(Object, SheetFormat)}.
   */
  default Sheet sheetContent(R result) {
    return null;
  }

  /**
   * The sheet in {@code format} with {@code options} (language, text width, the input's digest):
   * the {@link #sheetContent} rendered by {@link CalculationSheets#render}, or, for a kind without
   * one, {@link #sheet(Object, SheetFormat)} as it writes it.
   */
  default String sheet(R result, SheetFormat format, SheetOptions options) {
    Sheet content = sheetContent(result);
    return content == null
        ? sheet(result, format)
        : CalculationSheets.render(content, format, options);
  }
}
