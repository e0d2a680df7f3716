package org.laborcalc.noncompete.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.noncompete.NonCompeteCase;
import org.laborcalc.noncompete.NonCompeteLine;
import org.laborcalc.noncompete.NonCompeteOptions;
import org.laborcalc.noncompete.NonCompeteResult;
import org.laborcalc.noncompete.NonCompeteResult.Average;
import org.laborcalc.noncompete.NonCompeteResult.Notice;
import org.laborcalc.noncompete.NonCompeteResult.PeriodEnd;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;
import org.laborcalc.result.Step;

/**
 * Runs a non-compete case: the checks, the period performed, the months of the term grouped by
 * monthly amount, art. 39's three further months, the deduction of what was paid, the worker's
 * lines on a breach, the totals. Every problem is a located violation, every missing minimum wage
 * one at {@code parameters} (key, region, date), all thrown at once. Stateless and thread-safe.
 */
public final class NonCompeteEngine {
  private NonCompeteEngine() {}

  /**
   * The result.
   *
   * @throws InvalidInputException listing every problem, each at its path
   */
  public static NonCompeteResult compute(
      NonCompeteCase c, NonCompeteOptions o, Parameters parameters) {
    List<Violation> vs = CaseChecks.check(c, o);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    List<Notice> notices = new ArrayList<>();
    LocalDate start = c.employmentEnd().plusDays(1);
    int term = c.termMonths();
    if (term > Period.MAX_MONTHS) {
      notices.add(
          new Notice(
              "TERM_OVER_TWO_YEARS",
              "约定的竞业限制期限 " + term + " 个月超过二年，仅按二十四个月计算（劳动合同法第二十四条第二款）",
              "the agreed term of "
                  + term
                  + " months exceeds two years: 24 months are applied"
                  + " (劳动合同法 art. 24 ¶2)",
              List.of(NonCompeteLaw.TWO_YEARS)));
      term = Period.MAX_MONTHS;
    }
    LocalDate end = Period.termEnd(start, term);
    PeriodEnd why = PeriodEnd.TERM_ENDED;
    if (c.release() != null && c.release().on().minusDays(1).isBefore(end)) {
      end = c.release().on().minusDays(1);
      why = PeriodEnd.RELEASED;
    }
    if (c.rescission() != null && c.rescission().on().minusDays(1).isBefore(end)) {
      end = c.rescission().on().minusDays(1);
      why = PeriodEnd.RESCINDED;
    }
    if (c.breach() != null && c.breach().on().minusDays(1).isBefore(end)) {
      end = c.breach().on().minusDays(1);
      why = PeriodEnd.BREACHED;
    }
    if (c.claimedThrough().isBefore(end)) {
      end = c.claimedThrough();
      why = PeriodEnd.CLAIMED_THROUGH;
    }
    Average average = null;
    if (CaseChecks.needsArt36(c, o)) {
      average = MonthlyAmount.average(c.wages());
      if (c.wages().size() < CaseChecks.AVERAGE_MONTHS) {
        notices.add(
            new Notice(
                "FEWER_THAN_TWELVE_MONTHS",
                "平均工资按所列 "
                    + c.wages().size()
                    + " 个月计算：解释（一）第三十六条未规定工作不满十二个月的情形，参照劳动合同法实施条例第二十七条（类推，有争议）",
                "the average is over the "
                    + c.wages().size()
                    + " months given: 解释（一） art. 36 does not say what applies to fewer than twelve"
                    + " months; 实施条例 art. 27 is applied by analogy (disputed)",
                List.of(NonCompeteLaw.FEWER_MONTHS)));
      }
    }
    List<NonCompeteLine> lines = new ArrayList<>();
    Set<Violation> missing = new LinkedHashSet<>();
    boolean performed = !end.isBefore(start);
    // Runs of whole months at one amount, then the part month.
    int i = 0;
    int runFrom = -1;
    MonthlyAmount.Monthly run = null;
    while (performed && !Period.monthStart(start, i).isAfter(end)) {
      LocalDate from = Period.monthStart(start, i);
      MonthlyAmount.Monthly m;
      try {
        m = monthly(c, o, average, parameters, from);
      } catch (MissingParameterException e) {
        missing.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
        i++;
        continue;
      }
      LocalDate to = Period.monthStart(start, i + 1).minusDays(1);
      boolean whole = !to.isAfter(end);
      if (run != null && (!whole || !same(run, m))) {
        lines.add(wholeMonths(start, runFrom, i - 1, run));
        run = null;
      }
      if (whole) {
        if (run == null) {
          run = m;
          runFrom = i;
        }
      } else if (o.partMonth() == NonCompeteOptions.PartMonth.CALENDAR_DAYS) {
        lines.add(partMonth(start, i, end, m));
      }
      i++;
    }
    if (run != null) {
      lines.add(wholeMonths(start, runFrom, i - 1, run));
    }
    if (c.release() != null && c.release().extraClaimed()) {
      try {
        MonthlyAmount.Monthly m =
            monthly(
                c,
                o,
                average,
                parameters,
                Period.monthStart(start, Period.monthOf(start, c.release().on())));
        lines.add(releaseExtra(m));
      } catch (MissingParameterException e) {
        missing.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(List.copyOf(missing));
    }
    if (c.alreadyPaid().isPositive()) {
      lines.add(
          new NonCompeteLine(
              NonCompeteLine.PAID,
              null,
              new LineValue.OneTime(c.alreadyPaid().negated()),
              List.of(Share.whole(Party.EMPLOYER, List.of(NonCompeteLaw.MONTHLY))),
              Formula.given(c.alreadyPaid().negated()),
              List.of(),
              List.of(NonCompeteLaw.MONTHLY),
              null,
              null));
    }
    Money employer = Money.ZERO;
    for (NonCompeteLine l : lines) {
      employer = employer.plus(l.amount());
    }
    Money worker = Money.ZERO;
    if (c.breach() != null) {
      NonCompeteCase.Breach b = c.breach();
      if (b.agreedPenalty() != null) {
        lines.add(
            workerLine(
                NonCompeteLine.LIQUIDATED_DAMAGES, b.agreedPenalty(), NonCompeteLaw.PENALTY));
        worker = worker.plus(b.agreedPenalty());
      }
      if (b.agreedReturn() != null) {
        lines.add(
            workerLine(
                NonCompeteLine.RETURN_OF_COMPENSATION, b.agreedReturn(), NonCompeteLaw.RETURN));
        worker = worker.plus(b.agreedReturn());
      }
      notices.add(
          new Notice(
              "DUTY_CONTINUES",
              "劳动者支付违约金后，用人单位要求劳动者按照约定继续履行竞业限制义务的，应予支持（解释（一）第四十条）；本清单的补偿计至违约前一日",
              "paying the 违约金 does not end the restriction if the employer asks for it to be performed"
                  + " (解释（一） art. 40); compensation here runs to the day before the breach",
              List.of(NonCompeteLaw.CONTINUES)));
    }
    return new NonCompeteResult(
        average, start, performed ? end : null, why, lines, employer, worker, notices, o);
  }

  private static MonthlyAmount.Monthly monthly(
      NonCompeteCase c,
      NonCompeteOptions o,
      Average average,
      Parameters parameters,
      LocalDate monthStart) {
    ResolvedParameter<Money> min = null;
    if (CaseChecks.needsArt36(c, o)) {
      min = parameters.get(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, c.region(), monthStart);
    }
    return MonthlyAmount.of(c, o, average, min);
  }

  private static boolean same(MonthlyAmount.Monthly a, MonthlyAmount.Monthly b) {
    return a.formula().equals(b.formula()) && a.parameters().equals(b.parameters());
  }

  private static NonCompeteLine wholeMonths(
      LocalDate start, int first, int last, MonthlyAmount.Monthly m) {
    int n = last - first + 1;
    Formula f =
        m.formula()
            .then(
                Step.compute(Expr.times(Expr.money(m.amount()), Expr.number(n)))
                    .labelled(new Note(n + "个月：", n + " months: ")));
    return new NonCompeteLine(
        NonCompeteLine.COMPENSATION,
        first == last ? String.valueOf(first + 1) : (first + 1) + "–" + (last + 1),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(NonCompeteLaw.MONTHLY))),
        f,
        m.parameters(),
        m.citations(),
        Period.monthStart(start, first),
        Period.monthStart(start, last + 1).minusDays(1));
  }

  private static NonCompeteLine partMonth(
      LocalDate start, int i, LocalDate end, MonthlyAmount.Monthly m) {
    LocalDate from = Period.monthStart(start, i);
    long days = ChronoUnit.DAYS.between(from, end) + 1;
    int length = Period.monthLength(start, i);
    Formula f =
        m.formula()
            .then(
                Step.compute(
                        Expr.times(Expr.money(m.amount()), Expr.number(days))
                            .dividedBy(Expr.number(length)))
                    .labelled(
                        new Note(
                            "不满一个月，按日历天数 " + days + "/" + length + "：",
                            "part month, " + days + " of " + length + " calendar days: ")));
    return new NonCompeteLine(
        NonCompeteLine.COMPENSATION,
        String.valueOf(i + 1),
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(NonCompeteLaw.MONTHLY))),
        f,
        m.parameters(),
        m.citations(),
        from,
        end);
  }

  private static NonCompeteLine releaseExtra(MonthlyAmount.Monthly m) {
    Formula f =
        m.formula()
            .then(
                Step.compute(Expr.times(Expr.money(m.amount()), Expr.number(3)))
                    .labelled(new Note("额外三个月：", "three further months: ")));
    List<Citation> cites = new ArrayList<>(m.citations());
    cites.add(0, NonCompeteLaw.RELEASE_EXTRA);
    cites.add(1, NonCompeteLaw.RELEASE);
    return new NonCompeteLine(
        NonCompeteLine.RELEASE_EXTRA,
        null,
        new LineValue.OneTime(f.result()),
        List.of(Share.whole(Party.EMPLOYER, List.of(NonCompeteLaw.RELEASE_EXTRA))),
        f,
        m.parameters(),
        cites,
        null,
        null);
  }

  private static NonCompeteLine workerLine(String code, Money amount, Citation cite) {
    return new NonCompeteLine(
        code,
        null,
        new LineValue.OneTime(amount),
        List.of(Share.whole(Party.WORKER, List.of(cite))),
        Formula.given(amount),
        List.of(),
        List.of(cite),
        null,
        null);
  }
}
