package org.laborcalc.injury;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.wage.EvidenceItem;

/**
 * What the cross-field checks of a case share: the list of violations they add to, the plausible
 * ranges of dates and amounts, and the checks of one value against them.
 */
abstract class CheckList {
  static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * The largest monthly wage, original wage or contribution base taken as plausible: the bound the
   * evidence of pay has. A wage of 10^12 was clamped to 300% of the average and computed as if
   * nothing were wrong; a typo of that size must come back to the user instead.
   */
  static final Money MAX_MONTHLY = EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT;

  /**
   * The largest expense or payment, and the largest sum of all expenses or of all payments, taken
   * as plausible (one billion yuan). No bill of a work injury comes near it, and the bound keeps
   * every sum the engine makes far below {@link Money#MAX_ABS}: an expense of 10^12 used to
   * overflow the totals and escape as an IllegalArgumentException.
   */
  static final Money MAX_AMOUNT = Money.ofYuan(1_000_000_000);

  private final List<Violation> out;

  CheckList(List<Violation> out) {
    this.out = out;
  }

  List<Violation> violations() {
    return out;
  }

  final void date(String path, LocalDate d) {
    if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
      add(
          path,
          "OUT_OF_RANGE",
          "日期（" + d + "）须在1949-10-01至2100-12-31之间",
          "date (" + d + ") must be between 1949-10-01 and 2100-12-31");
    }
  }

  final void positive(String path, Money m) {
    if (m != null && !m.isPositive()) {
      add(path, "OUT_OF_RANGE", "金额（" + m + "）须大于零", "amount (" + m + ") must be positive");
    }
  }

  /** A monthly wage or base: positive and not beyond {@link #MAX_MONTHLY}. */
  final void monthly(String path, Money m) {
    positive(path, m);
    if (m != null && m.isGreaterThan(MAX_MONTHLY)) {
      add(
          path,
          "OUT_OF_RANGE",
          "月金额（" + m + "元）超过" + MAX_MONTHLY + "元，不可能是月工资，请检查金额或单位",
          "monthly amount ("
              + m
              + ") must not exceed "
              + MAX_MONTHLY
              + " yuan: check the figure and"
              + " its unit");
    }
  }

  /** An expense or payment: positive and not beyond {@link #MAX_AMOUNT}. */
  final void amount(String path, Money m) {
    positive(path, m);
    if (m != null && m.isGreaterThan(MAX_AMOUNT)) {
      add(
          path,
          "OUT_OF_RANGE",
          "金额（" + m + "元）超过" + MAX_AMOUNT + "元，请检查金额或单位",
          "amount ("
              + m
              + ") must not exceed "
              + MAX_AMOUNT
              + " yuan: check the figure and its"
              + " unit");
    }
  }

  /** All the amounts of a list together: not beyond {@link #MAX_AMOUNT}. */
  final void sum(String path, List<Money> amounts) {
    // Summed as BigDecimal: Money refuses a sum beyond 10^12, which is what is being checked.
    BigDecimal total = BigDecimal.ZERO;
    for (Money m : amounts) {
      if (m != null) {
        total = total.add(m.amount());
      }
    }
    if (total.compareTo(MAX_AMOUNT.amount()) > 0) {
      add(
          path,
          "OUT_OF_RANGE",
          "各项金额合计（" + total.toPlainString() + "元）超过" + MAX_AMOUNT + "元，请检查金额或单位",
          "the amounts add up to "
              + total.toPlainString()
              + ", more than "
              + MAX_AMOUNT
              + " yuan: check the figures and their unit");
    }
  }

  final void add(String path, String code, String zh, String en) {
    out.add(Violation.of(path, code, zh, en));
  }
}
