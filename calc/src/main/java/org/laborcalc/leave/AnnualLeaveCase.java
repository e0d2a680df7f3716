package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * The facts of a claim for unused annual leave. Immutable; the calculation's validation checks
 * every field against the others and reports each problem with its path.
 *
 * @param region where the contract is performed (实施条例 art. 14), for the figures
 * @param employmentStart the first day with this employer (用工之日)
 * @param employmentEnd the last day with this employer, or null while employed
 * @param cumulativeWork 累计工作时间 with every employer (实施办法 art. 4) on a given day; it grows day by
 *     day while the worker is with this employer
 * @param monthlyWage 月工资: the average over the 12 months before payment, overtime pay removed (实施办法
 *     art. 11 ¶2), as found
 * @param years the years claimed
 */
public record AnnualLeaveCase(
    Region region,
    LocalDate employmentStart,
    LocalDate employmentEnd,
    CumulativeWork cumulativeWork,
    Money monthlyWage,
    List<LeaveYear> years) {
  public AnnualLeaveCase {
    requireNonNull(region, "region");
    requireNonNull(employmentStart, "employmentStart");
    requireNonNull(cumulativeWork, "cumulativeWork");
    requireNonNull(monthlyWage, "monthlyWage");
    years = List.copyOf(years);
  }

  /**
   * 累计工作时间 on {@code asOf}: years, months and days with every employer, 视同工作期间 included.
   *
   * @param asOf the day the figure is as of, within the employment with this employer
   */
  public record CumulativeWork(LocalDate asOf, int years, int months, int days) {
    public CumulativeWork {
      requireNonNull(asOf, "asOf");
    }

    /** The day cumulative working time reaches {@code n} years. */
    public LocalDate reaches(int n) {
      return asOf.minusYears(years).minusMonths(months).minusDays(days).plusYears(n);
    }
  }

  /**
   * One calendar year claimed (实施办法 art. 18: "年度" is the calendar year).
   *
   * @param year the year
   * @param daysTaken leave days the worker took that year (halves allowed)
   * @param sickLeave the periods of sick leave that year, closed ranges
   * @param paidPersonalLeaveDays 事假 days that year for which the employer did not deduct pay
   * @param winterSummerVacationDays 寒暑假 days the worker enjoyed by law that year
   * @param writtenRefusal the worker refused the leave arranged, for own reasons, in writing (实施办法
   *     art. 10 ¶2)
   */
  public record LeaveYear(
      int year,
      BigDecimal daysTaken,
      List<DateRange> sickLeave,
      int paidPersonalLeaveDays,
      int winterSummerVacationDays,
      boolean writtenRefusal) {
    public LeaveYear {
      requireNonNull(daysTaken, "daysTaken");
      sickLeave = List.copyOf(sickLeave);
    }
  }
}
