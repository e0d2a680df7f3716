package org.laborcalc.noncompete.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.noncompete.NonCompeteCase;
import org.laborcalc.noncompete.NonCompeteOptions;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.region.Region;

/**
 * The case file of kind {@code "non-compete"}: its {@code case} bound to the records below and
 * turned into a {@link NonCompeteCase} (the checks across fields are {@link CaseChecks}, shared
 * with the typed API), and its {@code options}; every problem at its path from the file's root.
 */
public final class NonCompeteCaseJson {
  private NonCompeteCaseJson() {}

  /** The case and its options, read. */
  public record Read(NonCompeteCase nonCompeteCase, NonCompeteOptions options) {}

  record CaseDto(
      String region,
      LocalDate employmentEnd,
      Integer termMonths,
      String agreedMonthly,
      List<WageDto> wages,
      LocalDate claimedThrough,
      String alreadyPaid,
      ReleaseDto release,
      RescissionDto rescission,
      BreachDto breach) {}

  record WageDto(YearMonth month, String wage) {}

  record ReleaseDto(LocalDate on, Boolean extraClaimed) {}

  record RescissionDto(LocalDate on, Integer monthsUnpaidByEmployer) {}

  record BreachDto(LocalDate on, String agreedPenalty, String agreedReturn) {}

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    NonCompeteOptions options =
        CaseFields.options(
            optionsNode,
            NonCompeteOptions.defaults(),
            NonCompeteOptions.defaults().asMap().keySet(),
            (o, name, v, path) ->
                switch (name) {
                  case "nonCompete.agreedAmount" ->
                      new NonCompeteOptions(
                          CaseFields.option(v, NonCompeteOptions.AgreedAmount.class, path),
                          o.partMonth());
                  default ->
                      new NonCompeteOptions(
                          o.agreedAmount(),
                          CaseFields.option(v, NonCompeteOptions.PartMonth.class, path));
                },
            out);
    CaseDto d = Fields.bind(caseNode, CaseDto.class, out);
    Region region = CaseFields.region(d.region(), "case.region", out);
    CaseFields.required(d.employmentEnd(), "case.employmentEnd", out);
    CaseFields.required(d.termMonths(), "case.termMonths", out);
    CaseFields.required(d.claimedThrough(), "case.claimedThrough", out);
    Money agreed =
        d.agreedMonthly() == null
            ? null
            : Fields.money(d.agreedMonthly(), "case.agreedMonthly", out);
    Money paid = Fields.money(d.alreadyPaid(), Money.ZERO, "case.alreadyPaid", out);
    List<NonCompeteCase.MonthWage> wages = new ArrayList<>();
    List<WageDto> rows = Fields.rows(d.wages(), "case.wages", out);
    for (int i = 0; i < rows.size(); i++) {
      WageDto w = rows.get(i);
      String p = "case.wages[" + i + "]";
      if (w == null) {
        out.add(Fields.required(p));
        continue;
      }
      YearMonth month =
          Fields.month(CaseFields.required(w.month(), p + ".month", out), p + ".month", out);
      Money wage = Fields.money(w.wage(), p + ".wage", out);
      if (month != null && wage != null) {
        wages.add(new NonCompeteCase.MonthWage(month, wage));
      }
    }
    NonCompeteCase.Release release = null;
    if (d.release() != null) {
      LocalDate on = CaseFields.required(d.release().on(), "case.release.on", out);
      release =
          on == null
              ? null
              : new NonCompeteCase.Release(on, Boolean.TRUE.equals(d.release().extraClaimed()));
    }
    NonCompeteCase.Rescission rescission = null;
    if (d.rescission() != null) {
      LocalDate on = CaseFields.required(d.rescission().on(), "case.rescission.on", out);
      Integer months =
          CaseFields.required(
              d.rescission().monthsUnpaidByEmployer(),
              "case.rescission.monthsUnpaidByEmployer",
              out);
      rescission = on == null || months == null ? null : new NonCompeteCase.Rescission(on, months);
    }
    NonCompeteCase.Breach breach = null;
    if (d.breach() != null) {
      BreachDto b = d.breach();
      LocalDate on = CaseFields.required(b.on(), "case.breach.on", out);
      Money penalty =
          b.agreedPenalty() == null
              ? null
              : Fields.money(b.agreedPenalty(), "case.breach.agreedPenalty", out);
      Money back =
          b.agreedReturn() == null
              ? null
              : Fields.money(b.agreedReturn(), "case.breach.agreedReturn", out);
      breach = on == null ? null : new NonCompeteCase.Breach(on, penalty, back);
    }
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(
        new NonCompeteCase(
            region,
            d.employmentEnd(),
            d.termMonths(),
            agreed,
            wages,
            d.claimedThrough(),
            paid,
            release,
            rescission,
            breach),
        options);
  }
}
