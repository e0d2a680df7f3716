package org.laborcalc.probation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.probation.ProbationCase;
import org.laborcalc.probation.ProbationCase.ContractKind;
import org.laborcalc.probation.ProbationKeys;
import org.laborcalc.probation.ProbationLine;
import org.laborcalc.probation.ProbationOptions;
import org.laborcalc.probation.ProbationResult;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * Runs an art. 83 case: the checks, the probation art. 19 allows (a fixed term measured from its
 * first to the day after its last, in calendar months: "三个月以上不满一年" and the like, 以上 including the
 * number), the excess performed, its whole months × 试用期满月工资 and the last part month. Each month of
 * the excess runs from the excess's first day to the day before the same day a month on. Stateless
 * and thread-safe.
 */
public final class ProbationEngine {
  private ProbationEngine() {}

  /** The lawful probation: months, the articles, the figures. */
  private record Allowed(int months, List<Citation> because, List<ParameterUse> parameters) {}

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path
   */
  public static ProbationResult compute(ProbationCase c, ProbationOptions o, Parameters p) {
    List<Violation> vs = CaseChecks.check(c);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    if (c.onlyProbation()) {
      // Art. 19 ¶4: no probation stands, so none was "已经履行": art. 83 has nothing to pay.
      return new ProbationResult(
          0,
          null,
          List.of(ProbationLaw.WITHIN_TERM),
          List.of(),
          null,
          null,
          List.of(),
          Money.ZERO,
          o);
    }
    Allowed a;
    try {
      a = allowed(c, p);
    } catch (MissingParameterException e) {
      throw InvalidInputException.of("parameters", e.code(), e.messageZh(), e.messageEn());
    }
    LocalDate lawfulEnd = c.probationFrom().plusMonths(a.months()).minusDays(1);
    LocalDate excessFrom = lawfulEnd.plusDays(1);
    LocalDate excessTo =
        c.performedThrough().isBefore(c.probationTo()) ? c.performedThrough() : c.probationTo();
    List<ProbationLine> lines = new ArrayList<>();
    if (excessTo.isBefore(excessFrom)) {
      return new ProbationResult(
          a.months(),
          a.months() == 0 ? null : lawfulEnd,
          a.because(),
          a.parameters(),
          null,
          null,
          lines,
          Money.ZERO,
          o);
    }
    int whole = 0;
    while (!excessFrom.plusMonths(whole + 1).minusDays(1).isAfter(excessTo)) {
      whole++;
    }
    List<Citation> cites = new ArrayList<>(List.of(ProbationLaw.DAMAGES));
    cites.addAll(a.because());
    Share employer = Share.whole(Party.EMPLOYER, List.of(ProbationLaw.DAMAGES));
    if (whole > 0) {
      Formula f = Formula.of(Expr.times(Expr.money(c.monthlyWage()), Expr.number(whole)));
      lines.add(
          new ProbationLine(
              ProbationLine.PROBATION_DAMAGES,
              whole == 1 ? "1" : "1–" + whole,
              new LineValue.OneTime(f.result()),
              List.of(employer),
              f,
              a.parameters(),
              cites,
              excessFrom,
              excessFrom.plusMonths(whole).minusDays(1)));
    }
    LocalDate partFrom = excessFrom.plusMonths(whole);
    if (!partFrom.isAfter(excessTo) && o.partMonth() == ProbationOptions.PartMonth.CALENDAR_DAYS) {
      long days = ChronoUnit.DAYS.between(partFrom, excessTo) + 1;
      long length = ChronoUnit.DAYS.between(partFrom, excessFrom.plusMonths(whole + 1));
      Formula f =
          Formula.of(
              Expr.times(Expr.money(c.monthlyWage()), Expr.number(days))
                  .dividedBy(Expr.number(length)));
      lines.add(
          new ProbationLine(
              ProbationLine.PROBATION_DAMAGES,
              (whole + 1) + "（" + days + "/" + length + "）",
              new LineValue.OneTime(f.result()),
              List.of(employer),
              f,
              a.parameters(),
              cites,
              partFrom,
              excessTo));
    }
    Money total = Money.ZERO;
    for (ProbationLine l : lines) {
      total = total.plus(l.amount());
    }
    return new ProbationResult(
        a.months(),
        a.months() == 0 ? null : lawfulEnd,
        a.because(),
        a.parameters(),
        excessFrom,
        excessTo,
        lines,
        total,
        o);
  }

  private static Allowed allowed(ProbationCase c, Parameters p) {
    switch (c.contract()) {
      case TASK:
        return new Allowed(0, List.of(ProbationLaw.NONE), List.of());
      case PART_TIME:
        return new Allowed(0, List.of(ProbationLaw.PART_TIME), List.of());
      default:
        break;
    }
    if (c.earlierProbation()) {
      return new Allowed(0, List.of(ProbationLaw.ONCE), List.of());
    }
    ResolvedParameter<Table> max = p.get(ProbationKeys.MAX_MONTHS, c.region(), c.contractStart());
    String band;
    List<ParameterUse> used = new ArrayList<>();
    if (c.contract() == ContractKind.OPEN_ENDED) {
      band = "FROM_3_YEARS_OR_OPEN_ENDED";
    } else {
      ResolvedParameter<BigDecimal> min =
          p.get(ProbationKeys.MIN_TERM_MONTHS, c.region(), c.contractStart());
      Period term = Period.between(c.contractStart(), c.contractEnd().plusDays(1));
      long months = term.toTotalMonths();
      used.add(ParameterUse.of(min, min.value().toPlainString()));
      if (months < min.value().longValueExact()) {
        return new Allowed(0, List.of(ProbationLaw.NONE), used);
      }
      band =
          months < 12
              ? "FROM_3_MONTHS"
              : months < 36 ? "FROM_1_YEAR" : "FROM_3_YEARS_OR_OPEN_ENDED";
    }
    int m = max.value().get(band).intValueExact();
    used.add(ParameterUse.of(max, band + "=" + m));
    return new Allowed(m, List.of(ProbationLaw.LIMITS), used);
  }
}
