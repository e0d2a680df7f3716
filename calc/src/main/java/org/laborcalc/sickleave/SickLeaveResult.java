package org.laborcalc.sickleave;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.ParameterUse;

/**
 * The result of a 医疗期 and 病假工资 claim: each counting cycle (from a first sick day, with its medical
 * period, window, the sick days counted in it and the day the period was used up), the sick-pay
 * lines, their total and the options applied. Immutable.
 *
 * @param cycles the counting cycles, in order
 * @param lines the sick-pay lines, months in order
 * @param total the sum of the lines
 * @param options the options applied
 */
public record SickLeaveResult(
    List<Cycle> cycles, List<SickLeaveLine> lines, Money total, SickLeaveOptions options) {
  public SickLeaveResult {
    cycles = List.copyOf(cycles);
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
    requireNonNull(options, "options");
  }

  /**
   * One counting cycle of 479号 art. 4.
   *
   * @param firstSickDay the first sick day of the cycle (236号: "医疗期计算应从病休第一天开始，累计计算" [S])
   * @param actualService 实际工作年限 on that day
   * @param currentService 本单位工作年限 on that day
   * @param tier the tier of art. 3 (a key of {@link SickLeaveKeys#TIERS})
   * @param months the medical period in months (art. 3)
   * @param windowMonths the months within which it is counted (art. 4)
   * @param windowEnd the last day of the window: the same day {@code windowMonths} later (236号's
   *     example "3月5日至9月5日" [S])
   * @param periodDays the medical period in days: the calendar days from the first sick day to the
   *     same day {@code months} later, that day excluded (a month is a calendar month, never 30
   *     days [U])
   * @param sickDays the days of sick leave in the window, rest days and holidays included (236号
   *     [S])
   * @param usedUpOn the day the sick days counted reach {@code periodDays} (the last day of the
   *     medical period), or null when they do not within the window
   * @param parameters the figures used
   * @param citations the articles applied
   */
  public record Cycle(
      LocalDate firstSickDay,
      Period actualService,
      Period currentService,
      String tier,
      int months,
      int windowMonths,
      LocalDate windowEnd,
      long periodDays,
      long sickDays,
      LocalDate usedUpOn,
      List<ParameterUse> parameters,
      List<Citation> citations) {
    public Cycle {
      requireNonNull(firstSickDay, "firstSickDay");
      requireNonNull(tier, "tier");
      requireNonNull(windowEnd, "windowEnd");
      parameters = List.copyOf(parameters);
      citations = List.copyOf(citations);
    }
  }
}
