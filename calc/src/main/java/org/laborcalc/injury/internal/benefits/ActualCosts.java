package org.laborcalc.injury.internal.benefits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Party;

/**
 * The costs paid as incurred, by receipt: medical treatment and follow-up (art. 30), travel and
 * lodging for treatment outside the region (art. 30 ¶4), rehabilitation (art. 30 ¶6), assistive
 * devices (art. 32), care during the suspension (art. 33 ¶3, the employer's), appraisal and
 * re-examination fees (art. 12). One line per item and payer; receipts in canonical order.
 */
public final class ActualCosts implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    LocalDate injury = ctx.facts().injury().date();
    List<Expense> sorted = new ArrayList<>(ctx.facts().expenses());
    sorted.sort(
        Comparator.comparing((Expense e) -> e.date() != null ? e.date() : injury)
            .thenComparing(Expense::total)
            .thenComparing(e -> e.description() == null ? "" : e.description()));
    // Receipts of one item are summed per payer: the liability rules can split an item by date.
    Map<BenefitItem, Map<Party, List<Expense>>> grouped = new EnumMap<>(BenefitItem.class);
    for (Expense e : sorted) {
      LocalDate when = e.date() != null ? e.date() : injury;
      Party payer =
          ctx.liability().of(e.item(), insuredPayer(e.item(), ctx.regime(when)), when).payer();
      grouped
          .computeIfAbsent(e.item(), i -> new TreeMap<>())
          .computeIfAbsent(payer, p -> new ArrayList<>())
          .add(e);
    }
    List<Draft> drafts = new ArrayList<>();
    // Plain loops: the lambdas and collectors cost more than the few receipts of a case.
    for (Map.Entry<BenefitItem, Map<Party, List<Expense>>> byItem : grouped.entrySet()) {
      BenefitItem item = byItem.getKey();
      for (List<Expense> expenses : byItem.getValue().values()) {
        // One receipt is its own amount; several are added up.
        Formula formula;
        if (expenses.size() == 1 && !expenses.get(0).isPerDay()) {
          formula = Formula.given(expenses.get(0).amount());
        } else if (expenses.size() == 1) {
          formula = Formula.of(perDay(expenses.get(0)));
        } else {
          List<Expr> receipts = new ArrayList<>(expenses.size());
          for (Expense e : expenses) {
            receipts.add(e.isPerDay() ? perDay(e) : Expr.money(e.amount()));
          }
          formula = Formula.of(Expr.sum(receipts));
        }
        Money sum = formula.result();
        LocalDate when = expenses.get(0).date() != null ? expenses.get(0).date() : injury;
        StringBuilder what = new StringBuilder();
        for (Expense e : expenses) {
          String d = e.description();
          // a description that only repeats the item's name adds nothing (issue 20)
          if (d != null && !d.isBlank() && !d.strip().equals(item.nameZh())) {
            if (what.length() > 0) {
              what.append("；");
            }
            what.append(d);
          }
        }
        Regime regime = ctx.regime(when);
        drafts.add(
            Draft.oneTime(
                item,
                sum,
                insuredPayer(item, regime),
                when,
                formula,
                item.nameZh() + basis(expenses) + (what.length() == 0 ? "" : "（" + what + "）"),
                List.of(),
                citations(item, regime),
                null));
      }
    }
    return drafts;
  }

  /** Days × the daily rate of a cost given by the day. */
  private static Expr perDay(Expense e) {
    return Expr.times(Expr.number(e.days()), Expr.money(e.dailyRate()));
  }

  /** How the amount was established: receipts, days at a daily rate, or both. */
  private static String basis(List<Expense> expenses) {
    boolean perDay = false;
    boolean receipt = false;
    for (Expense e : expenses) {
      perDay |= e.isPerDay();
      receipt |= !e.isPerDay();
    }
    if (perDay && receipt) {
      return "，按票据所载实际发生额及天数乘日标准";
    }
    if (perDay) {
      return "，按天数乘日标准";
    }
    return "，按票据所载实际发生额";
  }

  /** Who pays a cost for an insured worker under {@code regime}. */
  private static Party insuredPayer(BenefitItem item, Regime regime) {
    return switch (item) {
      case SUSPENSION_PERIOD_CARE -> Party.EMPLOYER;
      case TRAVEL_AND_LODGING -> regime == Regime.REGULATION_2010 ? Party.FUND : Party.EMPLOYER;
      default -> Party.FUND;
    };
  }

  private static List<Citation> citations(BenefitItem item, Regime regime) {
    return switch (item) {
      case SUSPENSION_PERIOD_CARE -> List.of(regime.cite(Provision.SUSPENSION, 3));
      case MEDICAL_EXPENSES, FOLLOW_UP_TREATMENT ->
          List.of(regime.cite(Provision.MEDICAL_TREATMENT, 1));
      case TRAVEL_AND_LODGING -> List.of(regime.cite(Provision.MEDICAL_TREATMENT, 4));
      // The paragraph on rehabilitation is ¶6 of the 2010 text; the 2003 text is cited by article.
      case REHABILITATION ->
          List.of(
              regime.cite(Provision.MEDICAL_TREATMENT, regime == Regime.REGULATION_2010 ? 6 : 0));
      case ASSISTIVE_DEVICES -> List.of(regime.cite(Provision.ASSISTIVE_DEVICES));
      // The 2003 text's article on the fund's uses is not in the legal folder: the Regulation is
      // cited as a whole rather than an article guessed.
      case APPRAISAL_FEE, RE_EXAMINATION_FEE -> List.of(regime.citeOrWhole(Provision.FUND_USES, 1));
      default -> throw new IllegalArgumentException("item (" + item + ") is not an actual cost");
    };
  }
}
