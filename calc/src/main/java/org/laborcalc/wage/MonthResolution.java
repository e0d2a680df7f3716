package org.laborcalc.wage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * Fixes one month's wage from the evidence covering it. Immutable and thread-safe.
 *
 * <ol>
 *   <li>Non-wage items are excluded (关于工资总额组成的规定第三条、第十一条); contribution-base records are set apart;
 *       a month's bank deposits from the employer add up, and so do those from other payers; each
 *       other item stands alone.
 *   <li>The most credible evidence ({@link Credibility}) fixes the month; a worker's own statement
 *       never does, unless the employer withheld records it was ordered to produce (证据规定第九十条、第九十五条;
 *       劳动争议调解仲裁法第六条、第三十九条第二款).
 *   <li>Equally credible evidence that disagrees: the {@link ConflictPolicy} (default: the higher
 *       amount); exact ties go to the fixed order of kinds, then to a canonical order, so the order
 *       of input never matters.
 * </ol>
 */
final class MonthResolution {

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

  /** A month's row, whether equally credible evidence disagreed, and its declared base if any. */
  record Finding(MonthRow row, boolean conflict, Optional<Money> declaredBase) {}

  /** The candidate a month's wage is fixed on, if any, and whether its equals disagreed. */
  private record Choice(Optional<Candidate> chosen, boolean conflict) {}

  private final List<EvidenceItem> items;
  private final ConflictPolicy policy;
  private final Comparator<Candidate> choice;
  private final MonthAmount amounts;
  private final WindowMonths months;

  /**
   * @param items the evidence in canonical order
   */
  MonthResolution(
      List<EvidenceItem> items, ConflictPolicy policy, MonthAmount amounts, WindowMonths months) {
    this.items = items;
    this.policy = policy;
    this.choice = choiceOrder(policy);
    this.amounts = amounts;
    this.months = months;
  }

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

  Finding resolve(YearMonth m) {
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
        Candidate nw = amounts.candidate(List.of(item), m);
        assessed.add(
            nw.as(
                Outcome.NON_WAGE,
                "标记为非工资性收入（" + item.nonWageReason() + "），不计入工资",
                "flagged as not wage (" + item.nonWageReason() + "): excluded",
                List.of(WageLaw.WAGE_TOTAL, WageLaw.NOT_WAGE)));
      } else if (item.kind() == EvidenceKind.BANK_STATEMENT) {
        (item.payerIsEmployer() ? employerDeposits : otherDeposits).add(item);
      } else if (item.kind() == EvidenceKind.SOCIAL_INSURANCE_BASE) {
        contributionBases.add(amounts.candidate(List.of(item), m));
      } else {
        wage.add(amounts.candidate(List.of(item), m));
      }
    }
    if (!employerDeposits.isEmpty()) {
      wage.add(amounts.candidate(employerDeposits, m));
    }
    if (!otherDeposits.isEmpty()) {
      wage.add(amounts.candidate(otherDeposits, m));
    }

    Optional<Money> declaredBase = Optional.empty();
    if (!contributionBases.isEmpty()) {
      declaredBase = Optional.of(first(contributionBases).recorded());
      for (Candidate b : contributionBases) {
        assessed.add(
            b.as(
                Outcome.CONTRIBUTION_BASE,
                b.assessment().reasonZh(),
                b.assessment().reasonEn(),
                List.of(months.window().rule())));
      }
    }

    Choice choice = choose(wage, assessed);
    assessed.sort(ASSESSED_ORDER);
    MonthRow row =
        new MonthRow(
            m,
            months.complete(m),
            months.daysWorked(m),
            m.lengthOfMonth(),
            choice.chosen().isPresent() ? MonthRow.Status.USED : MonthRow.Status.NO_USABLE_EVIDENCE,
            assessed);
    return new Finding(row, choice.conflict(), declaredBase);
  }

  /** Picks the month's wage among the candidates and records the fate of each in {@code out}. */
  private Choice choose(List<Candidate> wage, List<AssessedEvidence> out) {
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
      return new Choice(Optional.empty(), false);
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
      if (w != chosen) {
        out.add(notChosen(w, chosen, top));
      }
    }
    return new Choice(Optional.of(chosen), conflict);
  }

  private AssessedEvidence notChosen(Candidate w, Candidate chosen, Credibility top) {
    if (w.amount().equals(chosen.amount())) {
      return w.as(
          Outcome.CORROBORATES,
          w.assessment().reasonZh() + "；与采信的" + chosen.kind().labelZh() + "金额一致，予以印证",
          w.assessment().reasonEn() + "; agrees with the chosen " + chosen.kind().labelEn(),
          w.assessment().citations());
    }
    if (w.credibility() == top) {
      List<Citation> cites = new ArrayList<>(w.assessment().citations());
      cites.addAll(policyCitations(policy));
      return w.as(
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
          cites);
    }
    return w.as(
        Outcome.LESS_CREDIBLE,
        w.assessment().reasonZh() + "；证明力低于采信的" + chosen.kind().labelZh() + "，不予采信",
        w.assessment().reasonEn()
            + "; less credible than the chosen "
            + chosen.kind().labelEn()
            + ": not taken",
        w.assessment().citations());
  }

  /**
   * The first candidate in the order of the conflict policy; among equals, the earliest, as a
   * stable sort would put it.
   */
  Candidate first(List<Candidate> candidates) {
    Candidate first = candidates.get(0);
    for (int i = 1; i < candidates.size(); i++) {
      if (choice.compare(candidates.get(i), first) < 0) {
        first = candidates.get(i);
      }
    }
    return first;
  }
}
