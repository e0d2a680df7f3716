package org.laborcalc.arrears;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.money.Money;

/**
 * The result of a wage-arrears claim: the lines (each month's arrears and minimum-wage shortfall in
 * month order, then art. 85's 加付赔偿金), the total and the options applied. Immutable. The time limit
 * is not applied: each month's line gives the day it fell due, and {@code employmentEnd} the day
 * 调解仲裁法 art. 27 ¶4 counts from.
 *
 * @param employmentEnd the last day of the employment, or null while it continues
 * @param lines the lines
 * @param arrearsTotal the sum of the month lines
 * @param total the sum of all lines
 * @param options the options applied
 */
public record WageArrearsResult(
    LocalDate employmentEnd,
    List<WageArrearsLine> lines,
    Money arrearsTotal,
    Money total,
    WageArrearsOptions options) {
  public WageArrearsResult {
    lines = List.copyOf(lines);
    requireNonNull(arrearsTotal, "arrearsTotal");
    requireNonNull(total, "total");
    requireNonNull(options, "options");
  }
}
