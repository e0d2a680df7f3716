package org.laborcalc.overtime;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.calendar.CalendarDay;
import org.laborcalc.money.Money;

/**
 * The result of an overtime claim: each day as the calendar gives it, the lines by kind of day (and
 * the amount already paid, deducted), the total. Immutable.
 *
 * @param days each day claimed with its kind and hours counted
 * @param lines the lines, in the order 150%, 200%, 300%, already paid
 * @param total the sum of the lines
 */
public record OvertimeResult(List<DayCounted> days, List<OvertimeLine> lines, Money total) {
  public OvertimeResult {
    days = List.copyOf(days);
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
  }

  /**
   * A day of the claim.
   *
   * @param day the day as the calendar gives it
   * @param hours the overtime hours claimed
   * @param paidHours the hours priced (a rest day's hours less the time off in lieu given)
   */
  public record DayCounted(CalendarDay day, BigDecimal hours, BigDecimal paidHours) {}
}
