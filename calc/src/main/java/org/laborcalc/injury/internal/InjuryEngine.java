package org.laborcalc.injury.internal;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.MissingFigure;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.GradeCombination;
import org.laborcalc.injury.internal.benefits.AlreadyPaid;
import org.laborcalc.injury.rules.LateFilingRule;
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

  /**
   * The result of a case that has passed validation: every line that can be computed, and the
   * figures no pack supplies ({@link WorkInjuryResult#missing()}) with the items each keeps out.
   */
  public static WorkInjuryResult run(
      WorkInjuryCase c, CalculationOptions options, Parameters parameters) {
    Notices notices = new Notices();
    PastRetirementHire.note(c, notices);
    Figures figures = new Figures(parameters, options, notices);
    Regime injuryRegime = Regime.on(c.injury().date());
    // Each missing figure with the items that need it, in the order first needed (the strict call
    // reports the first, as the engine did when it stopped there).
    Map<Figures.Need, Set<BenefitItem>> missing = new LinkedHashMap<>();
    OwnWageRule.Finding wage = null;
    List<Figures.Need> wageNeeds = List.of();
    try {
      wage = OwnWageRule.find(c, injuryRegime, figures, notices);
    } catch (Figures.Missing m) {
      wageNeeds = m.needs();
      note(missing, wageNeeds, Set.of());
    }
    List<Figures.Provisional> wageProvisional = figures.drainProvisional();
    for (Figures.Provisional p : wageProvisional) {
      warnProvisional(notices, "本人工资", "own wage", p);
    }
    CombinedGrade grade =
        c.appraisal() != null ? GradeCombination.combine(c.appraisal().itemGrades()) : null;
    Liability liability = null;
    List<Figures.Need> liabilityNeeds = List.of();
    try {
      liability =
          new Liability(c.insurance(), c.injury().date(), grade, lateApplication(c, figures));
    } catch (Figures.Missing m) {
      liabilityNeeds = m.needs();
      note(missing, liabilityNeeds, Set.of());
    }
    CaseContext ctx =
        new CaseContext(
            c,
            options,
            wage == null ? null : wage.wage(),
            grade,
            wage == null ? null : wage.figures(),
            wage == null ? null : wage.wage().ownWage(),
            wage == null ? OwnWageRule.statedOriginalWage(c) : wage.wage().originalWage(),
            figures,
            notices,
            liability,
            wageNeeds,
            liabilityNeeds,
            wageProvisional);
    boolean underDeclared = c.insurance().status() == InsuranceStatus.UNDER_DECLARED_BASE;
    Money declaredBase = underDeclared ? c.insurance().declaredMonthlyBase() : null;
    Money declaredOwnWage =
        underDeclared && wage != null
            ? ClampBounds.of(wage.figures()).apply(declaredBase).result()
            : null;
    List<BenefitLine> lines = new ArrayList<>();
    for (Rulebook.Entry entry : Rulebook.WORK_INJURY) {
      figures.drainProvisional();
      try {
        List<BenefitLine> made =
            ruleLines(
                entry.rule(),
                ctx,
                liability,
                liabilityNeeds,
                declaredBase,
                declaredOwnWage,
                underDeclared,
                figures,
                options.asOf());
        if (entry.rule() instanceof AlreadyPaid) {
          made = AlreadyPaid.withBalances(made, lines, ctx);
        }
        lines.addAll(made);
        List<Figures.Provisional> provisional = figures.drainProvisional();
        for (BenefitLine l : made) {
          for (Figures.Provisional p : provisional) {
            warnProvisional(
                notices,
                l.nameZh() + (l.label() == null ? "" : "（" + l.label() + "）"),
                l.nameEn() + (l.label() == null ? "" : " (" + l.label() + ")"),
                p);
          }
        }
      } catch (Figures.Missing m) {
        // The rule's lines are left out, never computed on a guess; the result says what they need.
        // A rule stops at its first missing figure: one it would need after it (e.g. the average
        // wage a province's rule names) is listed once that one is supplied.
        note(missing, m.needs(), entry.items());
      }
    }
    // A canonical order, so that the order in which facts were given never changes the result
    // (List.sort is stable: within an item and payer, lines keep the order they were made in).
    lines.sort(Comparator.comparing(BenefitLine::item).thenComparing(BenefitLine::payer));
    List<MissingFigure> gaps = new ArrayList<>(missing.size());
    missing.forEach(
        (need, items) ->
            gaps.add(
                new MissingFigure(
                    need.key(),
                    need.region(),
                    need.year(),
                    need.year() == null ? need.date() : null,
                    List.copyOf(items))));
    figures.noteUserSupplied();
    SecondaryCitations.note(lines, notices);
    return new WorkInjuryResult(
        lines,
        totals(lines, c),
        wage == null ? null : wage.wage(),
        grade,
        injuryRegime,
        options,
        notices.all(),
        gaps);
  }

  /** The lines of one rule, split on an under-declared base for a rule on 本人工资. */
  private static List<BenefitLine> ruleLines(
      BenefitRule rule,
      CaseContext ctx,
      Liability liability,
      List<Figures.Need> liabilityNeeds,
      Money declaredBase,
      Money declaredOwnWage,
      boolean underDeclared,
      Figures figures,
      LocalDate asOf) {
    List<BenefitLine> whole = lines(rule.apply(ctx), liability, liabilityNeeds, asOf);
    if (!underDeclared || !rule.onOwnWage() || whole.isEmpty()) {
      return whole;
    }
    List<BenefitLine> onDeclared =
        lines(rule.apply(ctx.onOwnWage(declaredOwnWage)), liability, liabilityNeeds, asOf);
    WorkInjuryCase c = ctx.facts();
    ResolvedParameter<UnderDeclaredBaseRule> split =
        figures.use(WorkInjuryKeys.UNDER_DECLARED_BASE, c.region(), c.injury().date());
    return UnderDeclaredBase.split(
        whole, onDeclared, declaredBase, declaredOwnWage, ctx.wage().ownWage(), split);
  }

  /**
   * 人社部发〔2013〕34号 (secondary text, item number unconfirmed): “若上一年度相关数据尚未公布，可暂按前一年度的……核定和计发，
   * 待相关数据公布后再重新核定，……补发差额部分”. Once for each line (or 本人工资) the figure touches.
   */
  private static void warnProvisional(
      Notices notices, String whatZh, String whatEn, Figures.Provisional p) {
    int used = p.year() - 1;
    notices.warn(
        NoticeCode.PROVISIONAL,
        whatZh + "@" + p.key().name() + "@" + p.region().code(),
        whatZh
            + "：暂按"
            + used
            + "年度“"
            + p.key().descriptionZh()
            + "”（"
            + p.used().value()
            + "）计算，"
            + p.year()
            + "年度的数值尚未公布或未提供；待公布后应重新核定并补发差额（人社部发〔2013〕34号，据二手资料）",
        whatEn
            + ": PROVISIONAL, computed on the "
            + used
            + " \""
            + p.key().descriptionEn()
            + "\" ("
            + p.used().value()
            + ") because the "
            + p.year()
            + " figure is not published or not supplied; to be recomputed and the difference paid"
            + " once it is (人社部发〔2013〕34号, from secondary sources)");
  }

  private static void note(
      Map<Figures.Need, Set<BenefitItem>> missing,
      List<Figures.Need> needs,
      Set<BenefitItem> items) {
    for (Figures.Need n : needs) {
      missing.computeIfAbsent(n, k -> EnumSet.noneOf(BenefitItem.class)).addAll(items);
    }
  }

  private static List<BenefitLine> lines(
      List<Draft> drafts, Liability liability, List<Figures.Need> liabilityNeeds, LocalDate asOf) {
    if (liability == null && !drafts.isEmpty()) {
      throw new Figures.Missing(liabilityNeeds);
    }
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
    LocalDate deadline = injury.plusDays(days.value().longValueExact());
    LocalDate filed = insurance.recognitionFiledOn();
    ParameterUse limit = ParameterUse.of(days, plain(days.value()));
    // A province may put every cost before the late application on the employer (Guangdong art. 12
    // ¶3, Zhejiang art. 13 ¶2, Sichuan art. 15 ¶3): data, read here.
    Optional<ResolvedParameter<LateFilingRule>> provincial =
        figures.find(WorkInjuryKeys.LATE_FILING_COSTS, c.region(), injury);
    if (provincial.isEmpty()) {
      return new Liability.LateApplication(
          deadline.plusDays(1),
          filed,
          List.of(regime.citeOrWhole(Provision.RECOGNITION_APPLICATION, 4)),
          List.of(limit));
    }
    if (!filed.isAfter(deadline)) {
      return Liability.LateApplication.none(); // applied in time: the fund's, as everywhere
    }
    LateFilingRule rule = provincial.get().value();
    return new Liability.LateApplication(
        rule.employerBearsFrom() == LateFilingRule.From.INJURY_DATE ? injury : deadline.plusDays(1),
        rule.filingDayIncluded() ? filed : filed.minusDays(1),
        provincial.get().citations(),
        List.of(limit, ParameterUse.of(provincial.get(), rule.employerBearsFrom().name())));
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
        if (continuedBy(l, lines)) {
          continue; // split by payer: the month is counted once, on the part that runs on
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

  /** Whether another line of the same item and label takes over the day after {@code l} ends. */
  private static boolean continuedBy(BenefitLine l, List<BenefitLine> lines) {
    return l.until() != null
        && lines.stream()
            .anyMatch(
                o ->
                    o != l
                        && o.item() == l.item()
                        && o.isMonthly()
                        && java.util.Objects.equals(o.label(), l.label())
                        && l.until().plusDays(1).equals(o.startDate()));
  }
}
