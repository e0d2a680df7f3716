package org.laborcalc.injury.internal;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.GradeCombination;
import org.laborcalc.injury.rules.UnderDeclaredBaseRule;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.wage.ClampBounds;

/**
 * Computes one work-injury case: finds 本人工资 (art. 64) and the grade (晋级原则), runs every rule of the
 * {@link Rulebook}, gives each draft its payer through the one {@link Liability} pass, splits the
 * own-wage items of an under-declared base ({@link UnderDeclaredBase}), and puts the lines in a
 * canonical order with their totals. Stateless; every call has its own notices.
 */
public final class InjuryEngine {
  private InjuryEngine() {}

  /** The result of a case that has passed validation. */
  public static WorkInjuryResult run(
      WorkInjuryCase c, CalculationOptions options, Parameters parameters) {
    Notices notices = new Notices();
    Figures figures = new Figures(parameters, options.knownAsOf(), notices);
    Regime injuryRegime = Regime.on(c.injury().date());
    OwnWageRule.Finding wage = OwnWageRule.find(c, injuryRegime, figures, notices);
    CombinedGrade grade =
        c.appraisal() != null ? GradeCombination.combine(c.appraisal().itemGrades()) : null;
    Liability liability =
        new Liability(c.insurance(), c.injury().date(), grade, lateApplication(c, figures));
    CaseContext ctx =
        new CaseContext(
            c,
            options,
            wage.wage(),
            grade,
            wage.figures(),
            wage.wage().ownWage(),
            figures,
            notices,
            liability);
    boolean underDeclared = c.insurance().status() == InsuranceStatus.UNDER_DECLARED_BASE;
    Money declaredBase = underDeclared ? c.insurance().declaredMonthlyBase() : null;
    Money declaredOwnWage =
        underDeclared ? ClampBounds.of(wage.figures()).apply(declaredBase).result() : null;
    List<BenefitLine> lines = new ArrayList<>();
    for (BenefitRule rule : Rulebook.WORK_INJURY) {
      List<BenefitLine> whole = lines(rule.apply(ctx), liability, options.asOf());
      if (!underDeclared || !rule.onOwnWage() || whole.isEmpty()) {
        lines.addAll(whole);
        continue;
      }
      List<BenefitLine> onDeclared =
          lines(rule.apply(ctx.onOwnWage(declaredOwnWage)), liability, options.asOf());
      ResolvedParameter<UnderDeclaredBaseRule> split =
          figures.use(WorkInjuryKeys.UNDER_DECLARED_BASE, c.region(), c.injury().date());
      lines.addAll(
          UnderDeclaredBase.split(
              whole, onDeclared, declaredBase, declaredOwnWage, wage.wage().ownWage(), split));
    }
    // A canonical order, so that the order in which facts were given never changes the result
    // (List.sort is stable: within an item and payer, lines keep the order they were made in).
    lines.sort(Comparator.comparing(BenefitLine::item).thenComparing(BenefitLine::payer));
    return new WorkInjuryResult(
        lines, totals(lines, c), wage.wage(), grade, injuryRegime, options, notices.all());
  }

  private static List<BenefitLine> lines(List<Draft> drafts, Liability liability, LocalDate asOf) {
    List<BenefitLine> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Liability.Share share =
          d.deduction() ? new Liability.Share(Party.EMPLOYER, List.of()) : liability.of(d);
      out.add(Lines.of(d, share, asOf));
    }
    return out;
  }

  /**
   * Art. 17 ¶¶1, 4: the employer's time to apply for 工伤认定 (a statutory figure, looked up only when
   * the case says when it applied).
   */
  private static Liability.LateApplication lateApplication(WorkInjuryCase c, Figures figures) {
    Insurance insurance = c.insurance();
    if (insurance.recognitionFiledOn() == null) {
      return Liability.LateApplication.none();
    }
    LocalDate injury = c.injury().date();
    ResolvedParameter<BigDecimal> days =
        figures.use(WorkInjuryKeys.RECOGNITION_APPLICATION_DAYS, c.region(), injury);
    Regime regime = Regime.on(injury);
    return new Liability.LateApplication(
        injury.plusDays(days.value().longValueExact()),
        insurance.recognitionFiledOn(),
        regime.citeOrWhole(Provision.RECOGNITION_APPLICATION, 4),
        ParameterUse.of(days, plain(days.value())));
  }

  /**
   * The one-time sums by payer, and what is due each month: a monthly line the worker's death ended
   * is not counted, so the worker's own benefits and the dependants' pensions never add up for the
   * same months.
   */
  private static Totals totals(List<BenefitLine> lines, WorkInjuryCase c) {
    LocalDate died = c.death() == null ? null : c.death().date();
    Money employer = Money.ZERO;
    Money fund = Money.ZERO;
    Money monthlyEmployer = Money.ZERO;
    Money monthlyFund = Money.ZERO;
    for (BenefitLine l : lines) {
      if (l.isMonthly()) {
        if (died != null && l.until() != null && !l.until().isAfter(died)) {
          continue;
        }
        if (l.payer() == Party.EMPLOYER) {
          monthlyEmployer = monthlyEmployer.plus(l.monthlyAmount());
        } else {
          monthlyFund = monthlyFund.plus(l.monthlyAmount());
        }
      } else if (l.payer() == Party.EMPLOYER) {
        employer = employer.plus(l.amount());
      } else {
        fund = fund.plus(l.amount());
      }
    }
    return new Totals(employer, fund, employer.plus(fund), monthlyEmployer, monthlyFund);
  }
}
