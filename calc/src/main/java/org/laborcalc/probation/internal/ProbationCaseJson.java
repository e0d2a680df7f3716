package org.laborcalc.probation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.probation.ProbationCase;
import org.laborcalc.probation.ProbationOptions;
import org.laborcalc.region.Region;

/**
 * The case file of kind {@code "probation-damages"}: its {@code case} bound to the record below and
 * turned into a {@link ProbationCase} (the checks across fields are {@link CaseChecks}, shared with
 * the typed API), and its {@code options}; every problem at its path from the file's root.
 */
public final class ProbationCaseJson {
  private ProbationCaseJson() {}

  /** The case and its options, read. */
  public record Read(ProbationCase probationCase, ProbationOptions options) {}

  record CaseDto(
      String region,
      ProbationCase.ContractKind contract,
      LocalDate contractStart,
      LocalDate contractEnd,
      Boolean onlyProbation,
      Boolean earlierProbation,
      LocalDate probationFrom,
      LocalDate probationTo,
      LocalDate performedThrough,
      String monthlyWage) {}

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    ProbationOptions options =
        CaseFields.options(
            optionsNode,
            ProbationOptions.defaults(),
            ProbationOptions.defaults().asMap().keySet(),
            (o, name, v, path) ->
                new ProbationOptions(CaseFields.option(v, ProbationOptions.PartMonth.class, path)),
            out);
    CaseDto d = Fields.bind(caseNode, CaseDto.class, out);
    Region region = CaseFields.region(d.region(), "case.region", out);
    CaseFields.required(d.contract(), "case.contract", out);
    CaseFields.required(d.contractStart(), "case.contractStart", out);
    CaseFields.required(d.probationFrom(), "case.probationFrom", out);
    CaseFields.required(d.probationTo(), "case.probationTo", out);
    CaseFields.required(d.performedThrough(), "case.performedThrough", out);
    Money wage = Fields.money(d.monthlyWage(), "case.monthlyWage", out);
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(
        new ProbationCase(
            region,
            d.contract(),
            d.contractStart(),
            d.contractEnd(),
            Boolean.TRUE.equals(d.onlyProbation()),
            Boolean.TRUE.equals(d.earlierProbation()),
            d.probationFrom(),
            d.probationTo(),
            d.performedThrough(),
            wage),
        options);
  }
}
