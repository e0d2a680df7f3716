package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.ExactMoney;
import org.laborcalc.money.Money;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * Fixes the worker's wage from conflicting evidence. Stateless and thread-safe.
 *
 * <h2>The rules, in the order they apply</h2>
 *
 * <ol>
 *   <li><b>Window</b>: the twelve complete calendar months before the month of the injury
 *       (《工伤保险条例》第六十四条第二款 "前12个月"), from the month the worker started when later. The injury month
 *       is never in it. Fewer months worked: the average is over the months actually worked
 *       (参照《劳动合同法实施条例》第二十七条; 广东省工伤保险条例第六十四条 says the same).
 *   <li><b>Per month</b>, the evidence covering it: non-wage items are excluded (关于工资总额组成的规定
 *       第三条、第十一条); contribution-base records are set apart; a month's bank deposits from the
 *       employer add up, and so do those from other payers; each other item stands alone.
 *   <li><b>Credibility</b> ({@link Credibility}): the most credible evidence fixes the month; a
 *       worker's own statement never does, unless the employer withheld records it was ordered to
 *       produce (证据规定第九十条、第九十五条; 劳动争议调解仲裁法第六条、第三十九条第二款).
 *   <li><b>Conflicts</b> between equally credible evidence: the {@link ConflictPolicy} (default:
 *       the higher amount); exact ties go to the fixed order of kinds, then to a canonical order,
 *       so the order of input never matters.
 *   <li><b>Net amounts</b>: used as recorded unless {@link GrossUpPolicy#DIVIDE_BY_NET_SHARE}.
 *   <li><b>Incomplete months</b> (a start after the 1st): the {@link PartialMonthPolicy}.
 *   <li><b>No usable month</b>: the contract's agreed wage if there is one (the one covering the
 *       latest month), else {@link InsufficientEvidenceException}.
 *   <li><b>Average</b> of the months used, half-up to the fen; <b>本人工资</b>: the average clamped to
 *       the bounds of art. 64 ¶2; <b>原工资福利待遇</b> (art. 33 ¶1): the average, unclamped; <b>daily
 *       wage</b>: the original wage ÷ the pay days per month (劳社部发〔2008〕3号).
 * </ol>
 */
public final class WageDeterminer {

  /**
   * Ties within one credibility go to this order of kinds (and {@link
   * ConflictPolicy#PREFERENCE_ORDER}).
   */
  static final List<EvidenceKind> KIND_PREFERENCE =
      List.of(
          EvidenceKind.TAX_RECORD,
          EvidenceKind.PAYROLL,
          EvidenceKind.BANK_STATEMENT,
          EvidenceKind.PAY_SLIP,
          EvidenceKind.EMPLOYER_ADMISSION,
          EvidenceKind.WORKER_STATEMENT,
          EvidenceKind.CONTRACT,
          EvidenceKind.WITNESS,
          EvidenceKind.SOCIAL_INSURANCE_BASE);

  private static final int AVERAGE_EXACT_SCALE = 10;

  private WageDeterminer() {}

  /** Every problem with the case's content, each located by its field path; empty when none. */
  public static List<Violation> validate(WageCase wageCase) {
    return List.copyOf(CaseValidator.violations(requireNonNull(wageCase, "wageCase")));
  }

  /**
   * The wage determination of a case.
   *
   * @throws InvalidInputException with every problem found, when the case is not valid
   * @throws InsufficientEvidenceException when no month has usable evidence and there is no
   *     contract wage
   */
  public static WageDetermination determine(WageCase wageCase, StatutoryFigures figures) {
    requireNonNull(wageCase, "wageCase");
    requireNonNull(figures, "figures");
    List<Violation> violations = CaseValidator.violations(wageCase);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new Run(wageCase, figures).determine();
  }

  /** A candidate for a month's wage: one item, or a month's deposits from one kind of payer. */
  private record Candidate(
      List<EvidenceItem> items,
      EvidenceKind kind,
      Money recorded,
      Money amount,
      String adjustmentZh,
      String adjustmentEn,
      Assessment assessment) {

    Credibility credibility() {
      return assessment.credibility();
    }

    AssessedEvidence as(Outcome outcome, String reasonZh, String reasonEn, List<Citation> cites) {
      return new AssessedEvidence(
          items,
          kind,
          recorded,
          amount,
          adjustmentZh,
          adjustmentEn,
          assessment.credibility(),
          outcome,
          reasonZh,
          reasonEn,
          cites);
    }
  }

  private static final Comparator<List<EvidenceItem>> ITEMS_CANONICAL =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = EvidenceItem.CANONICAL.compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private static final Comparator<Candidate> BY_KIND_PREFERENCE =
      Comparator.comparingInt(c -> KIND_PREFERENCE.indexOf(c.kind()));

  private static final Comparator<Candidate> TIE_BREAK =
      BY_KIND_PREFERENCE.thenComparing(Candidate::items, ITEMS_CANONICAL);

  /** The order of a month's assessed evidence: outcome, then weight, then a canonical order. */
  private static final Comparator<AssessedEvidence> ASSESSED_ORDER =
      Comparator.comparing(AssessedEvidence::outcome)
          .thenComparing(AssessedEvidence::credibility, Comparator.reverseOrder())
          .thenComparingInt(a -> KIND_PREFERENCE.indexOf(a.kind()))
          .thenComparing(AssessedEvidence::amount, Comparator.reverseOrder())
          .thenComparing(AssessedEvidence::items, ITEMS_CANONICAL);

  private static Comparator<Candidate> choiceOrder(ConflictPolicy policy) {
    Comparator<Candidate> byAmount = Comparator.comparing(Candidate::amount);
    return switch (policy) {
      case HIGHER_AMOUNT -> byAmount.reversed().thenComparing(TIE_BREAK);
      case LOWER_AMOUNT -> byAmount.thenComparing(TIE_BREAK);
      case PREFERENCE_ORDER ->
          BY_KIND_PREFERENCE
              .thenComparing(byAmount.reversed())
              .thenComparing(Candidate::items, ITEMS_CANONICAL);
    };
  }

  private static List<Citation> policyCitations(ConflictPolicy policy) {
    return switch (policy) {
      case HIGHER_AMOUNT -> List.of(WageLaw.EMPLOYER_HOLDS_EVIDENCE, WageLaw.WAGE_TOTAL);
      case LOWER_AMOUNT -> List.of(WageLaw.BURDEN);
      // A fixed order of kinds is the tribunal's own tie-break; no article prescribes one.
      case PREFERENCE_ORDER -> List.of();
    };
  }

  /** One determination: the case, sorted into a canonical order, and what is found on the way. */
  private static final class Run {
    private final WageCase c;
    private final StatutoryFigures figures;
    private final List<EvidenceItem> items;
    private final YearMonth injuryMonth;
    private final YearMonth startMonth;
    private final YearMonth first;
    private final YearMonth last;
    private final BigDecimal grossUpRate;
    private final Comparator<Candidate> choice;

    private final List<YearMonth> conflictMonths = new ArrayList<>();
    private final List<MonthBase> bases = new ArrayList<>();

    private record MonthBase(YearMonth month, Money base) {}

    Run(WageCase c, StatutoryFigures figures) {
      this.c = c;
      this.figures = figures;
      this.items = c.evidence().stream().sorted(EvidenceItem.CANONICAL).toList();
      this.injuryMonth = YearMonth.from(c.injuryDate());
      this.startMonth = YearMonth.from(c.employmentStart());
      YearMonth windowStart = injuryMonth.minusMonths(12);
      this.first = startMonth.isAfter(windowStart) ? startMonth : windowStart;
      this.last = injuryMonth.minusMonths(1);
      this.grossUpRate =
          c.options().grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE
              ? c.options().grossUpDeductionRate().value()
              : BigDecimal.ZERO;
      this.choice = choiceOrder(c.options().conflictPolicy());
    }

    WageDetermination determine() {
      List<MonthRow> rows = new ArrayList<>();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        rows.add(row(m));
      }
      rows = applyPartialMonthPolicy(rows);
      List<AssessedEvidence> outside = outsideWindow();

      List<Money> used = rows.stream().flatMap(r -> r.amountUsed().stream()).toList();
      WageDetermination.Basis basis;
      Optional<AssessedEvidence> fallback = Optional.empty();
      Money total = used.stream().reduce(Money.ZERO, Money::plus);
      ExactMoney averageExact;
      Money average;
      if (!used.isEmpty()) {
        basis = WageDetermination.Basis.MONTHLY_AVERAGE;
        BigDecimal n = BigDecimal.valueOf(used.size());
        averageExact = total.toExact().dividedBy(n, AVERAGE_EXACT_SCALE, RoundingMode.HALF_UP);
        // Rounding point "average": the exact quotient, rounded once, half-up to the fen.
        average = total.dividedBy(n, Money.DEFAULT_ROUNDING);
      } else {
        fallback = Optional.of(contractFallback(rows, outside));
        basis = WageDetermination.Basis.CONTRACT_FALLBACK;
        average = fallback.get().amount();
        averageExact = average.toExact();
      }

      ClampBounds bounds = ClampBounds.of(figures);
      ClampResult clamp = bounds.apply(average);
      Optional<Money> base = Optional.empty();
      Optional<ClampResult> baseClamp = Optional.empty();
      if (!bases.isEmpty()) {
        Money sum = bases.stream().map(MonthBase::base).reduce(Money.ZERO, Money::plus);
        Money b = sum.dividedBy(BigDecimal.valueOf(bases.size()), Money.DEFAULT_ROUNDING);
        base = Optional.of(b);
        baseClamp = Optional.of(bounds.apply(b));
      }
      // Rounding point "daily wage": 劳社部发〔2008〕3号, 日工资 = 月工资收入 ÷ 月计薪天数.
      Money daily = average.dividedBy(figures.payDaysPerMonth().value(), Money.DEFAULT_ROUNDING);

      List<WageWarning> warnings = warnings(rows, outside, basis, average, base);
      List<Citation> citations = citations(rows, fallback);
      return new WageDetermination(
          c.injuryDate(),
          c.employmentStart(),
          first,
          last,
          basis,
          rows,
          outside,
          fallback,
          used.size(),
          total,
          averageExact,
          average,
          clamp,
          base,
          bases.size(),
          baseClamp,
          daily,
          figures,
          c.procedure(),
          c.options(),
          warnings,
          citations);
    }

    private boolean complete(YearMonth m) {
      return !(m.equals(startMonth) && c.employmentStart().getDayOfMonth() > 1);
    }

    private int daysWorked(YearMonth m) {
      return complete(m)
          ? m.lengthOfMonth()
          : m.lengthOfMonth() - c.employmentStart().getDayOfMonth() + 1;
    }

    private MonthRow row(YearMonth m) {
      // Loops rather than streams here and below: this runs for every month of every case.
      List<EvidenceItem> covering = new ArrayList<>();
      for (EvidenceItem i : items) {
        if (i.covers(m)) {
          covering.add(i);
        }
      }
      List<AssessedEvidence> assessed = new ArrayList<>();
      List<Candidate> wage = new ArrayList<>();
      List<Candidate> contributionBases = new ArrayList<>();

      List<EvidenceItem> employerDeposits = new ArrayList<>();
      List<EvidenceItem> otherDeposits = new ArrayList<>();
      for (EvidenceItem item : covering) {
        if (item.nonWage()) {
          Candidate nw = candidate(List.of(item), m);
          assessed.add(
              nw.as(
                  Outcome.NON_WAGE,
                  "标记为非工资性收入（" + item.nonWageReason() + "），不计入工资",
                  "flagged as not wage (" + item.nonWageReason() + "): excluded",
                  List.of(WageLaw.WAGE_TOTAL, WageLaw.NOT_WAGE)));
        } else if (item.kind() == EvidenceKind.BANK_STATEMENT) {
          (item.payerIsEmployer() ? employerDeposits : otherDeposits).add(item);
        } else if (item.kind() == EvidenceKind.SOCIAL_INSURANCE_BASE) {
          contributionBases.add(candidate(List.of(item), m));
        } else {
          wage.add(candidate(List.of(item), m));
        }
      }
      if (!employerDeposits.isEmpty()) {
        wage.add(candidate(employerDeposits, m));
      }
      if (!otherDeposits.isEmpty()) {
        wage.add(candidate(otherDeposits, m));
      }

      if (!contributionBases.isEmpty()) {
        Candidate declared = first(contributionBases);
        bases.add(new MonthBase(m, declared.recorded()));
        for (Candidate b : contributionBases) {
          assessed.add(
              b.as(
                  Outcome.CONTRIBUTION_BASE,
                  b.assessment().reasonZh(),
                  b.assessment().reasonEn(),
                  b.assessment().citations()));
        }
      }

      Optional<Candidate> chosen = choose(m, wage, assessed);
      assessed.sort(ASSESSED_ORDER);
      return new MonthRow(
          m,
          complete(m),
          daysWorked(m),
          m.lengthOfMonth(),
          chosen.isPresent() ? MonthRow.Status.USED : MonthRow.Status.NO_USABLE_EVIDENCE,
          assessed);
    }

    /** Picks the month's wage among the candidates and records the fate of each in {@code out}. */
    private Optional<Candidate> choose(
        YearMonth m, List<Candidate> wage, List<AssessedEvidence> out) {
      List<Candidate> usable = new ArrayList<>(wage.size());
      for (Candidate w : wage) {
        if (w.credibility().canStandAlone()) {
          usable.add(w);
        }
      }
      if (usable.isEmpty()) {
        for (Candidate w : wage) {
          out.add(
              w.as(
                  Outcome.INSUFFICIENT_ALONE,
                  w.assessment().reasonZh() + "；本月无其他证据印证，不能据此认定",
                  w.assessment().reasonEn() + "; nothing else for the month supports it",
                  w.assessment().citations()));
        }
        return Optional.empty();
      }
      Credibility top = usable.get(0).credibility();
      for (Candidate u : usable) {
        if (u.credibility().compareTo(top) > 0) {
          top = u.credibility();
        }
      }
      List<Candidate> best = new ArrayList<>(usable.size());
      for (Candidate u : usable) {
        if (u.credibility() == top) {
          best.add(u);
        }
      }
      Candidate chosen = first(best);
      boolean conflict = false;
      for (Candidate u : best) {
        conflict |= !u.amount().equals(chosen.amount());
      }
      ConflictPolicy policy = c.options().conflictPolicy();
      if (conflict) {
        conflictMonths.add(m);
      }
      // The assessment's own (immutable) list unless the policy adds to it: no copy per month.
      List<Citation> chosenCites = chosen.assessment().citations();
      String zh = chosen.assessment().reasonZh();
      String en = chosen.assessment().reasonEn();
      if (conflict) {
        chosenCites = new ArrayList<>(chosenCites);
        chosenCites.addAll(policyCitations(policy));
        zh += "；与其证明力相当的证据金额不一致，按“" + policy.labelZh() + "”的冲突处理规则认定";
        en +=
            "; equally credible evidence disagrees, settled by the conflict policy: "
                + policy.labelEn();
      }
      out.add(chosen.as(Outcome.CHOSEN, zh, en, chosenCites));
      for (Candidate w : wage) {
        if (w == chosen) {
          continue;
        }
        if (w.amount().equals(chosen.amount())) {
          out.add(
              w.as(
                  Outcome.CORROBORATES,
                  w.assessment().reasonZh() + "；与采信的" + chosen.kind().labelZh() + "金额一致，予以印证",
                  w.assessment().reasonEn() + "; agrees with the chosen " + chosen.kind().labelEn(),
                  w.assessment().citations()));
        } else if (w.credibility() == top) {
          List<Citation> cites = new ArrayList<>(w.assessment().citations());
          cites.addAll(policyCitations(policy));
          out.add(
              w.as(
                  Outcome.OUTWEIGHED_BY_POLICY,
                  w.assessment().reasonZh()
                      + "；与采信的"
                      + chosen.kind().labelZh()
                      + "证明力相当但金额不一致（"
                      + w.amount().toGroupedString()
                      + "元与"
                      + chosen.amount().toGroupedString()
                      + "元），按“"
                      + policy.labelZh()
                      + "”的冲突处理规则不予采信",
                  w.assessment().reasonEn()
                      + "; as credible as the chosen "
                      + chosen.kind().labelEn()
                      + " but disagreeing ("
                      + w.amount()
                      + " against "
                      + chosen.amount()
                      + "), not taken under the conflict policy: "
                      + policy.labelEn(),
                  cites));
        } else {
          out.add(
              w.as(
                  Outcome.LESS_CREDIBLE,
                  w.assessment().reasonZh() + "；证明力低于采信的" + chosen.kind().labelZh() + "，不予采信",
                  w.assessment().reasonEn()
                      + "; less credible than the chosen "
                      + chosen.kind().labelEn()
                      + ": not taken",
                  w.assessment().citations()));
        }
      }
      return Optional.of(chosen);
    }

    /**
     * The first candidate in the order of {@link #choice}; among equals, the earliest, as a stable
     * sort would put it.
     */
    private Candidate first(List<Candidate> candidates) {
      Candidate first = candidates.get(0);
      for (int i = 1; i < candidates.size(); i++) {
        if (choice.compare(candidates.get(i), first) < 0) {
          first = candidates.get(i);
        }
      }
      return first;
    }

    /**
     * A candidate with its amount adjusted: net amounts grossed up when the options say so, and an
     * amount paid for an incomplete month scaled to a full month by calendar days. One division, so
     * one rounding: the named point "month amount", half-up to the fen.
     */
    private Candidate candidate(List<EvidenceItem> group, YearMonth m) {
      EvidenceItem head = group.get(0);
      Assessment assessment = Assessment.of(head, c.procedure());
      Money netSum = Money.ZERO;
      Money grossSum = Money.ZERO;
      for (EvidenceItem i : group) {
        if (i.netOfDeductions()) {
          netSum = netSum.plus(i.amount());
        } else {
          grossSum = grossSum.plus(i.amount());
        }
      }
      Money recorded = netSum.plus(grossSum);
      boolean net = netSum.isPositive();
      boolean grossUp =
          net
              && grossUpRate.signum() > 0
              && !head.nonWage()
              && head.kind() != EvidenceKind.SOCIAL_INSURANCE_BASE;
      boolean proRate = !complete(m) && head.kind().recordsPaymentForTheMonth() && !head.nonWage();
      if (!grossUp && !proRate) {
        return new Candidate(group, head.kind(), recorded, recorded, "", "", assessment);
      }
      BigDecimal share = BigDecimal.ONE.subtract(grossUpRate);
      BigDecimal numerator = netSum.amount().add(grossSum.amount().multiply(share));
      BigDecimal denominator = share;
      int dim = m.lengthOfMonth();
      int worked = daysWorked(m);
      if (proRate) {
        numerator = numerator.multiply(BigDecimal.valueOf(dim));
        denominator = denominator.multiply(BigDecimal.valueOf(worked));
      }
      Money amount = Money.of(numerator.divide(denominator, Money.SCALE, Money.DEFAULT_ROUNDING));
      String rate = grossUpRate.toPlainString();
      String grossExprZh = "";
      String grossExprEn = "";
      if (grossUp) {
        grossExprZh = netSum.toGroupedString() + " ÷ (1 − " + rate + ")";
        grossExprEn = grossExprZh;
        if (grossSum.isPositive()) {
          grossExprZh = "(" + grossExprZh + " + " + grossSum.toGroupedString() + ")";
          grossExprEn = grossExprZh;
        }
      } else {
        grossExprZh = recorded.toGroupedString();
        grossExprEn = grossExprZh;
      }
      String zh;
      String en;
      if (proRate) {
        String expr = grossExprZh + " × " + dim + " ÷ " + worked + " = " + amount.toGroupedString();
        zh =
            (grossUp ? "实发数按扣除比例" + rate + "还原为应发，并" : "")
                + "不足整月（工作"
                + worked
                + "天）按日历天数折算为整月："
                + expr;
        en =
            (grossUp ? "net grossed up at deduction rate " + rate + " and " : "")
                + "incomplete month ("
                + worked
                + " days worked) scaled to a full month by calendar days: "
                + expr;
      } else {
        String expr = grossExprZh + " = " + amount.toGroupedString();
        zh = "实发数按扣除比例" + rate + "还原为应发：" + expr;
        en = "net amount grossed up at deduction rate " + rate + ": " + expr;
      }
      return new Candidate(group, head.kind(), recorded, amount, zh, en, assessment);
    }

    /**
     * Incomplete months under {@link PartialMonthPolicy#EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS}: left
     * out when a complete month has a chosen wage.
     */
    private List<MonthRow> applyPartialMonthPolicy(List<MonthRow> rows) {
      if (c.options().partialMonthPolicy() == PartialMonthPolicy.PRO_RATE) {
        return rows;
      }
      boolean completeExists =
          rows.stream().anyMatch(r -> r.complete() && r.status() == MonthRow.Status.USED);
      if (!completeExists) {
        return rows;
      }
      return rows.stream()
          .map(
              r ->
                  !r.complete() && r.status() == MonthRow.Status.USED
                      ? new MonthRow(
                          r.month(),
                          r.complete(),
                          r.daysWorked(),
                          r.daysInMonth(),
                          MonthRow.Status.EXCLUDED_INCOMPLETE,
                          r.evidence())
                      : r)
          .toList();
    }

    private List<AssessedEvidence> outsideWindow() {
      List<AssessedEvidence> out = new ArrayList<>();
      for (EvidenceItem item : items) {
        if (item.through().isBefore(first) || item.month().isAfter(last)) {
          Assessment a = Assessment.of(item, c.procedure());
          String months =
              item.isPeriod() ? item.month() + "至" + item.through() : item.month().toString();
          String window = first.isAfter(last) ? "受伤当月入职，受伤前无完整月份" : first + "至" + last;
          out.add(
              new AssessedEvidence(
                  List.of(item),
                  item.kind(),
                  item.amount(),
                  item.amount(),
                  "",
                  "",
                  a.credibility(),
                  Outcome.OUTSIDE_WINDOW,
                  "所涉月份（" + months + "）不在计算期间（" + window + "）内，不予计算",
                  "its months ("
                      + (item.isPeriod() ? item.month() + " to " + item.through() : item.month())
                      + ") are outside the window ("
                      + (first.isAfter(last)
                          ? "none: started in the injury month"
                          : first + " to " + last)
                      + ")",
                  List.of(WageLaw.OWN_WAGE)));
        }
      }
      return out;
    }

    /**
     * No month has usable evidence: the contract's agreed monthly wage, the one covering the latest
     * month (ties by the conflict policy).
     */
    private AssessedEvidence contractFallback(List<MonthRow> rows, List<AssessedEvidence> outside) {
      List<EvidenceItem> contracts =
          items.stream().filter(i -> i.kind() == EvidenceKind.CONTRACT && !i.nonWage()).toList();
      if (contracts.isEmpty()) {
        throw insufficient(rows, outside);
      }
      YearMonth latest =
          contracts.stream()
              .map(EvidenceItem::through)
              .max(Comparator.naturalOrder())
              .orElseThrow();
      // A stated monthly rate: no pro-rating (see EvidenceKind#recordsPaymentForTheMonth).
      Candidate chosen =
          contracts.stream()
              .filter(i -> i.through().equals(latest))
              .map(i -> candidate(List.of(i), i.through()))
              .sorted(choice)
              .findFirst()
              .orElseThrow();
      return chosen.as(
          Outcome.CHOSEN,
          chosen.assessment().reasonZh() + "；受伤前12个月内没有可以认定工资的证据，以劳动合同约定的月工资作为月平均工资",
          chosen.assessment().reasonEn()
              + "; no month before the injury has usable evidence, so the agreed monthly wage"
              + " stands in for the average",
          List.of(WageLaw.CONTRACT_WAGE, WageLaw.OWN_WAGE));
    }

    private InsufficientEvidenceException insufficient(
        List<MonthRow> rows, List<AssessedEvidence> outside) {
      String what =
          "以下任一证据即可：用人单位支付工资的银行工资卡流水；劳动者签字的工资表；个人所得税纳税记录；工资条；"
              + "用人单位对工资数额的自认；证人证言；劳动合同约定的工资；或者仲裁庭责令用人单位限期提供工资支付记录而其未提供时，"
              + "劳动者对工资数额的陈述（《劳动争议调解仲裁法》第六条、第三十九条第二款，《最高人民法院关于民事诉讼证据的若干规定》第九十五条）";
      String whatEn =
          "any of these would suffice: wage-card deposits from the employer; a payroll signed by the"
              + " worker; income-tax records; pay slips; the employer's admission of the wage; a"
              + " witness; the contract's agreed wage; or the worker's statement of the wage once"
              + " the tribunal has ordered the employer to produce its wage records and it has not"
              + " (Labour Dispute Mediation and Arbitration Law arts. 6 and 39 ¶2; SPC Evidence"
              + " Provisions art. 95)";
      long statements =
          rows.stream()
              .flatMap(r -> r.evidence().stream())
              .filter(a -> a.outcome() == Outcome.INSUFFICIENT_ALONE)
              .count();
      long nonWage =
          rows.stream()
              .flatMap(r -> r.evidence().stream())
              .filter(a -> a.outcome() == Outcome.NON_WAGE)
              .count();
      String foundZh =
          "现有证据中：仅有劳动者陈述而无其他证据的月份条目"
              + statements
              + "项，非工资性收入"
              + nonWage
              + "项，计算期间以外的证据"
              + outside.size()
              + "项。";
      String foundEn =
          "Found: "
              + statements
              + " worker's statements with nothing to support them, "
              + nonWage
              + " non-wage items, "
              + outside.size()
              + " items outside the window.";
      if (first.isAfter(last)) {
        return new InsufficientEvidenceException(
            first,
            last,
            "劳动者在受伤当月（" + injuryMonth + "）入职，受伤前没有完整的工作月份，且没有劳动合同约定的工资。请提供劳动合同约定的月工资。" + foundZh,
            "the worker started in the month of the injury ("
                + injuryMonth
                + "): there is no complete month before it and no contract wage. Provide the"
                + " contract's agreed monthly wage. "
                + foundEn);
      }
      return new InsufficientEvidenceException(
          first,
          last,
          "受伤前12个月（" + first + "至" + last + "）内没有可以认定工资的证据，也没有劳动合同约定的工资。" + what + "。" + foundZh,
          "no month from "
              + first
              + " to "
              + last
              + " has evidence a wage can be fixed on, and there is no contract wage; "
              + whatEn
              + ". "
              + foundEn);
    }

    private List<WageWarning> warnings(
        List<MonthRow> rows,
        List<AssessedEvidence> outside,
        WageDetermination.Basis basis,
        Money average,
        Optional<Money> base) {
      List<WageWarning> w = new ArrayList<>();
      int windowMonths = rows.size();
      if (windowMonths > 0 && windowMonths < 12) {
        w.add(
            new WageWarning(
                "FEWER_THAN_TWELVE_MONTHS",
                "受伤前工作不满12个月，按实际工作的"
                    + windowMonths
                    + "个月（"
                    + Explanation.month(first)
                    + "至"
                    + Explanation.month(last)
                    + "）计算月平均工资（参照"
                    + WageLaw.FEWER_MONTHS.toChinese()
                    + "）",
                "fewer than twelve months worked before the injury: the average is over the "
                    + windowMonths
                    + " months worked ("
                    + first
                    + " to "
                    + last
                    + "), as under the Labour Contract Law Implementing Regulation art. 27"));
      }
      List<YearMonth> noEvidence =
          monthsWith(rows, r -> r.status() == MonthRow.Status.NO_USABLE_EVIDENCE);
      if (!noEvidence.isEmpty()) {
        w.add(
            new WageWarning(
                "MONTHS_WITHOUT_USABLE_EVIDENCE",
                "以下月份没有可以认定工资的证据，未计入平均：" + join(noEvidence, "、"),
                "no usable evidence, left out of the average: " + join(noEvidence, ", ")));
      }
      List<YearMonth> excluded =
          monthsWith(rows, r -> r.status() == MonthRow.Status.EXCLUDED_INCOMPLETE);
      if (!excluded.isEmpty()) {
        w.add(
            new WageWarning(
                "INCOMPLETE_MONTH_EXCLUDED",
                "以下月份不足整月，已有完整月份可以计算，按选定规则不计入平均：" + join(excluded, "、"),
                "incomplete months left out because complete months have evidence: "
                    + join(excluded, ", ")));
      }
      List<YearMonth> proRated =
          monthsWith(
              rows,
              r ->
                  r.status() == MonthRow.Status.USED
                      && !r.complete()
                      && r.chosen().orElseThrow().kind().recordsPaymentForTheMonth());
      if (!proRated.isEmpty()) {
        boolean byPolicy = c.options().partialMonthPolicy() == PartialMonthPolicy.PRO_RATE;
        w.add(
            new WageWarning(
                "INCOMPLETE_MONTH_PRO_RATED",
                "以下月份不足整月，"
                    + (byPolicy ? "按选定规则" : "因没有完整月份可以计算，")
                    + "按日历天数折算为整月后计入平均："
                    + join(proRated, "、"),
                "incomplete months scaled to a full month by calendar days"
                    + (byPolicy ? " (policy PRO_RATE)" : " because no complete month has evidence")
                    + ": "
                    + join(proRated, ", ")));
      }
      if (!conflictMonths.isEmpty()) {
        ConflictPolicy p = c.options().conflictPolicy();
        w.add(
            new WageWarning(
                "CONFLICT_SETTLED_BY_POLICY",
                "以下月份证明力相当的证据金额不一致，按“" + p.labelZh() + "”规则认定，请仲裁庭确认：" + join(conflictMonths, "、"),
                "equally credible evidence disagreed, settled by the policy "
                    + p
                    + " (for the tribunal to confirm): "
                    + join(conflictMonths, ", ")));
      }
      List<YearMonth> inferred =
          monthsWith(
              rows,
              r ->
                  r.status() == MonthRow.Status.USED
                      && r.chosen().orElseThrow().kind() == EvidenceKind.WORKER_STATEMENT);
      if (!inferred.isEmpty()) {
        w.add(
            new WageWarning(
                "ADVERSE_INFERENCE_APPLIED",
                "用人单位经责令未提供工资支付记录，以下月份按劳动者主张的数额认定：" + join(inferred, "、"),
                "the employer did not produce the wage records it was ordered to; the worker's"
                    + " account was accepted for: "
                    + join(inferred, ", ")));
      }
      List<YearMonth> weak =
          monthsWith(
              rows,
              r ->
                  r.status() == MonthRow.Status.USED
                      && r.chosen().orElseThrow().credibility().compareTo(Credibility.DOCUMENTARY)
                          < 0);
      if (!weak.isEmpty()) {
        w.add(
            new WageWarning(
                "WEAK_BASIS",
                "以下月份仅有证明力较弱的证据（合同约定、证人证言或无签字的工资表），请仲裁庭审查：" + join(weak, "、"),
                "fixed only on weaker evidence (contract, witness or unsigned payroll), for the"
                    + " tribunal to review: "
                    + join(weak, ", ")));
      }
      List<YearMonth> otherPayer =
          monthsWith(
              rows,
              r ->
                  r.status() == MonthRow.Status.USED
                      && r.chosen().orElseThrow().kind() == EvidenceKind.BANK_STATEMENT
                      && !r.chosen().orElseThrow().items().get(0).payerIsEmployer());
      if (!otherPayer.isEmpty()) {
        w.add(
            new WageWarning(
                "PAYER_NOT_EMPLOYER",
                "以下月份依据付款人不是用人单位的银行流水认定，须有其他证据证明系本单位工资：" + join(otherPayer, "、"),
                "fixed on deposits from a payer other than the employer, which need other proof"
                    + " that they are this employer's wage: "
                    + join(otherPayer, ", ")));
      }
      boolean netUsed =
          rows.stream()
              .filter(r -> r.status() == MonthRow.Status.USED)
              .map(r -> r.chosen().orElseThrow())
              .anyMatch(a -> a.items().stream().anyMatch(EvidenceItem::netOfDeductions));
      if (netUsed && c.options().grossUp() == GrossUpPolicy.AS_RECORDED) {
        w.add(
            new WageWarning(
                "NET_AMOUNTS_AS_RECORDED",
                "银行流水等所载为扣除个人应缴社会保险费、个人所得税等之后的实发数，本计算按记载金额使用，未还原为应发工资；" + "如有代扣代缴，应发工资高于所认定的数额",
                "bank deposits are net of the worker's contributions and tax withheld; they are used"
                    + " as recorded, not grossed up, so where anything was withheld the gross wage is"
                    + " higher than found"));
      }
      if (c.options().grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE && netUsed) {
        SourcedFigure r = c.options().grossUpDeductionRate();
        w.add(
            new WageWarning(
                "GROSSED_UP",
                "实发数按扣除比例" + r.value().toPlainString() + "（" + r.description() + "）还原为应发工资",
                "net amounts grossed up at deduction rate "
                    + r.value().toPlainString()
                    + " ("
                    + r.description()
                    + ")"));
      }
      if (basis == WageDetermination.Basis.CONTRACT_FALLBACK) {
        w.add(
            new WageWarning(
                "CONTRACT_FALLBACK",
                "受伤前没有可以认定实际工资的月份，以劳动合同约定的工资作为月平均工资",
                "no month before the injury has usable evidence of pay: the contract's agreed wage"
                    + " stands in for the average"));
      }
      if (base.isPresent() && !base.get().equals(average)) {
        w.add(
            new WageWarning(
                "CONTRIBUTION_BASE_DIFFERS",
                "申报的社会保险缴费基数月平均"
                    + base.get().toGroupedString()
                    + "元，与认定的月平均工资"
                    + average.toGroupedString()
                    + "元不一致；《工伤保险条例》第六十四条第二款以缴费工资定义本人工资，差额由谁承担须依待遇规则另行确定",
                "the declared contribution base averages "
                    + base.get()
                    + ", not the "
                    + average
                    + " found; art. 64 ¶2 defines 本人工资 by the contribution wage, and who bears the"
                    + " difference is for the benefit rules"));
      }
      if (!outside.isEmpty()) {
        w.add(
            new WageWarning(
                "EVIDENCE_OUTSIDE_WINDOW",
                outside.size() + "项证据所涉月份不在计算期间内，未予计算",
                outside.size() + " items are for months outside the window and were not used"));
      }
      List<SourcedFigure> used =
          new ArrayList<>(
              List.of(
                  figures.regionalAverageMonthlyWage(),
                  figures.lowerBoundPercent(),
                  figures.upperBoundPercent(),
                  figures.payDaysPerMonth()));
      if (c.options().grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE) {
        used.add(c.options().grossUpDeductionRate());
      }
      for (SourcedFigure f : used) {
        if (f.verification() != Verification.PRIMARY) {
          boolean secondary = f.verification() == Verification.SECONDARY;
          w.add(
              new WageWarning(
                  "FIGURE_NOT_PRIMARY",
                  "“"
                      + f.description()
                      + "”（"
                      + f.value().toPlainString()
                      + "）"
                      + (secondary ? "来自二手资料" : "由使用者提供")
                      + "，未经与原始文本核对",
                  "\""
                      + f.description()
                      + "\" ("
                      + f.value().toPlainString()
                      + ") is "
                      + (secondary ? "from secondary sources" : "supplied by the user")
                      + ", not checked against a primary text"));
        }
      }
      return w;
    }

    private List<Citation> citations(List<MonthRow> rows, Optional<AssessedEvidence> fallback) {
      Set<Citation> cites = new LinkedHashSet<>();
      cites.add(WageLaw.OWN_WAGE);
      cites.add(WageLaw.CLAMP);
      cites.add(WageLaw.ORIGINAL_WAGE);
      cites.add(WageLaw.DAILY_WAGE);
      if (!rows.isEmpty() && rows.size() < 12) {
        cites.add(WageLaw.FEWER_MONTHS);
      }
      for (MonthRow r : rows) {
        for (AssessedEvidence a : r.evidence()) {
          cites.addAll(a.citations());
        }
      }
      fallback.ifPresent(f -> cites.addAll(f.citations()));
      cites.addAll(figures.regionalAverageMonthlyWage().citations());
      cites.addAll(figures.lowerBoundPercent().citations());
      cites.addAll(figures.upperBoundPercent().citations());
      cites.addAll(figures.payDaysPerMonth().citations());
      cites.add(WageLaw.REASONS_STATED);
      return List.copyOf(cites);
    }

    private static List<YearMonth> monthsWith(
        List<MonthRow> rows, java.util.function.Predicate<MonthRow> test) {
      List<YearMonth> out = new ArrayList<>();
      for (MonthRow r : rows) {
        if (test.test(r)) {
          out.add(r.month());
        }
      }
      return out;
    }

    private static String join(List<YearMonth> months, String sep) {
      return months.stream()
          .map(m -> sep.equals("、") ? Explanation.month(m) : m.toString())
          .collect(Collectors.joining(sep));
    }
  }
}
