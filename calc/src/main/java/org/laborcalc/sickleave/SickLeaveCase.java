package org.laborcalc.sickleave;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The facts of a 医疗期 and 病假工资 claim. Immutable; the calculation's checks compare the fields with
 * each other and report every problem at its path in the case file.
 *
 * @param region where the contract is performed: its minimum wage is the floor's
 * @param workStarted the day the worker first took up work anywhere (实际参加工作), for 实际工作年限
 * @param employmentStart the day the work for this employer began (用工之日), for 本单位工作年限
 * @param sickLeave the periods of sick leave (停止工作治病休息), each with its first and last day
 * @param sickPayRule the local rule or agreement the sick pay follows (479号 art. 5 "按照有关规定执行"), or
 *     null when no sick pay is claimed
 * @param sickPayMonths the months of sick pay claimed, each wholly on sick leave within the medical
 *     period
 */
public record SickLeaveCase(
    Region region,
    LocalDate workStarted,
    LocalDate employmentStart,
    List<SickPeriod> sickLeave,
    SickPayRule sickPayRule,
    List<SickPayMonth> sickPayMonths) {
  public SickLeaveCase {
    requireNonNull(region, "region");
    requireNonNull(workStarted, "workStarted");
    requireNonNull(employmentStart, "employmentStart");
    sickLeave = List.copyOf(sickLeave);
    sickPayMonths = List.copyOf(sickPayMonths);
  }

  /**
   * A period of sick leave.
   *
   * @param from the first day
   * @param to the last day (inclusive)
   */
  public record SickPeriod(LocalDate from, LocalDate to) {
    public SickPeriod {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * The local sick-pay rule as the tribunal finds it: a percentage of a monthly wage. No local rule
   * is bundled: which applies, and its percentage, is the case's to state.
   *
   * @param percent the percentage the rule gives (e.g. 60)
   * @param monthlyWage the wage it is a percentage of
   * @param source the rule relied on (document, article), shown with the line
   */
  public record SickPayRule(BigDecimal percent, Money monthlyWage, String source) {
    public SickPayRule {
      requireNonNull(percent, "percent");
      requireNonNull(monthlyWage, "monthlyWage");
      requireNonNull(source, "source");
    }
  }

  /**
   * A month of sick pay claimed.
   *
   * @param month the month, wholly on sick leave
   * @param paid what the employer paid for it
   */
  public record SickPayMonth(YearMonth month, Money paid) {
    public SickPayMonth {
      requireNonNull(month, "month");
      requireNonNull(paid, "paid");
    }
  }
}
