package org.laborcalc.illegal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.injury.Notice;
import org.laborcalc.money.Money;

/**
 * What an illegal employer owes: every line, their total, the options applied and the notices for
 * the tribunal. Immutable.
 *
 * @param lines the lines in the order of the articles
 * @param total the sum of the lines
 * @param options the options applied
 * @param notices what the tribunal should check (a secondary-source figure, an appraisal passed
 *     over because the worker died)
 */
public record IllegalEmploymentResult(
    List<IllegalEmploymentLine> lines,
    Money total,
    IllegalEmploymentOptions options,
    List<Notice> notices) {
  public IllegalEmploymentResult {
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
    requireNonNull(options, "options");
    notices = List.copyOf(notices);
    Money sum = Money.ZERO;
    for (IllegalEmploymentLine l : lines) {
      sum = sum.plus(l.amount());
    }
    if (!sum.equals(total)) {
      throw new IllegalArgumentException("total (" + total + ") must be the sum of the lines");
    }
  }
}
