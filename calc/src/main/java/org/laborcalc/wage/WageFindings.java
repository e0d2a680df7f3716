package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.ExactMoney;
import org.laborcalc.money.Money;

/**
 * What the evidence shows about the wage over a {@link WageWindow}, month by month, before any
 * calculation applies its own base (a clamp, a cap, a floor) on top. Immutable and thread-safe.
 *
 * @param window the window the calling rule named
 * @param employmentStart the first day of work for this employer
 * @param firstMonth the first month of the window for this worker
 * @param lastMonth the last month (the month before the anchor month)
 * @param basis what the average rests on
 * @param months one row per month of the window, in calendar order
 * @param notConsidered evidence for months outside the window
 * @param contractFallback the contract wage used when no month had usable evidence
 * @param monthsAveraged how many months the average is taken over; 0 for a contract fallback
 * @param total the sum of the months used; zero for a contract fallback
 * @param averageExact the average before rounding, to ten decimals (half-up)
 * @param average the monthly average, half-up to the fen (rounding point "average"); the wage
 *     unchanged by any base, such as 原工资福利待遇
 * @param declaredContributionBase the average of the declared contribution bases of the window's
 *     months that have one, half-up to the fen; empty when none
 * @param declaredBaseMonths how many months that average is over
 * @param monthWarnings what the month table leaves for the tribunal to check, in a fixed order
 * @param windowWarnings evidence outside the window
 * @param figureWarnings figures of the options (the gross-up rate) not checked against a primary
 *     text
 * @param citations the articles the findings rest on, without repeats, in order of first use
 */
public record WageFindings(
    WageWindow window,
    LocalDate employmentStart,
    YearMonth firstMonth,
    YearMonth lastMonth,
    WageDetermination.Basis basis,
    List<MonthRow> months,
    List<AssessedEvidence> notConsidered,
    Optional<AssessedEvidence> contractFallback,
    int monthsAveraged,
    Money total,
    ExactMoney averageExact,
    Money average,
    Optional<Money> declaredContributionBase,
    int declaredBaseMonths,
    List<WageWarning> monthWarnings,
    List<WageWarning> windowWarnings,
    List<WageWarning> figureWarnings,
    List<Citation> citations) {

  public WageFindings {
    requireNonNull(window, "window");
    requireNonNull(employmentStart, "employmentStart");
    requireNonNull(firstMonth, "firstMonth");
    requireNonNull(lastMonth, "lastMonth");
    requireNonNull(basis, "basis");
    months = List.copyOf(months);
    notConsidered = List.copyOf(notConsidered);
    requireNonNull(contractFallback, "contractFallback");
    requireNonNull(total, "total");
    requireNonNull(averageExact, "averageExact");
    requireNonNull(average, "average");
    requireNonNull(declaredContributionBase, "declaredContributionBase");
    monthWarnings = List.copyOf(monthWarnings);
    windowWarnings = List.copyOf(windowWarnings);
    figureWarnings = List.copyOf(figureWarnings);
    citations = Citation.distinct(citations);
    if ((basis == WageDetermination.Basis.CONTRACT_FALLBACK) != contractFallback.isPresent()) {
      throw new IllegalArgumentException(
          "contractFallback must be present exactly when basis (" + basis + ") says so");
    }
  }

  /** Every warning: the month table's, then the window's, then the figures'. */
  public List<WageWarning> warnings() {
    List<WageWarning> all = new ArrayList<>(monthWarnings);
    all.addAll(windowWarnings);
    all.addAll(figureWarnings);
    return List.copyOf(all);
  }
}
