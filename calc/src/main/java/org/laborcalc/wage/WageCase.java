package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the wage determination reads about one case. Immutable and thread-safe.
 *
 * <p>The constructor only refuses nulls; {@link EvidenceWeighing#validate(WageCase, WageWindow)}
 * checks the content and locates every problem.
 *
 * @param injuryDate the day of the accident (or of the occupational-disease diagnosis)
 * @param employmentStart the first day of work for this employer
 * @param evidence the evidence of pay, in any order: the order never changes the result
 * @param procedure what happened in the proceedings that bears on the burden of proof
 * @param options the tribunal's choices where the law leaves room
 */
public record WageCase(
    LocalDate injuryDate,
    LocalDate employmentStart,
    List<EvidenceItem> evidence,
    ProceduralFacts procedure,
    WageOptions options) {

  public WageCase {
    requireNonNull(injuryDate, "injuryDate");
    requireNonNull(employmentStart, "employmentStart");
    evidence = List.copyOf(evidence);
    requireNonNull(procedure, "procedure");
    requireNonNull(options, "options");
  }

  /** A case with no procedural fact of note and the default options. */
  public static WageCase of(
      LocalDate injuryDate, LocalDate employmentStart, List<EvidenceItem> evidence) {
    return new WageCase(
        injuryDate, employmentStart, evidence, ProceduralFacts.none(), WageOptions.defaults());
  }

  public WageCase withEvidence(List<EvidenceItem> newEvidence) {
    return new WageCase(injuryDate, employmentStart, newEvidence, procedure, options);
  }

  public WageCase withProcedure(ProceduralFacts newProcedure) {
    return new WageCase(injuryDate, employmentStart, evidence, newProcedure, options);
  }

  public WageCase withOptions(WageOptions newOptions) {
    return new WageCase(injuryDate, employmentStart, evidence, procedure, newOptions);
  }
}
