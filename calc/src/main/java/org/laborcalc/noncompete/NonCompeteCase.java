package org.laborcalc.noncompete;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The facts of a claim for 竞业限制经济补偿. Immutable; the calculation's checks compare the fields with
 * each other and report every problem at its path in the case file.
 *
 * @param region where the contract was performed: the minimum wage of 解释（一） art. 36 ¶2 is that
 *     region's ("劳动合同履行地最低工资标准")
 * @param employmentEnd the last day of the employment; the restriction runs from the next day
 *     (劳动合同法 art. 23 ¶2 "在解除或者终止劳动合同后")
 * @param termMonths the restriction's term as agreed, in months (劳动合同法 art. 24 ¶2: at most two
 *     years; a longer term is applied for 24 months and warned)
 * @param agreedMonthly the monthly compensation agreed, or null when the agreement fixes none
 *     (解释（一） art. 36 then applies)
 * @param wages the wage of each month before the end, for the average of art. 36 ¶1 (required when
 *     no compensation was agreed)
 * @param claimedThrough the last day the claim covers (the day the worker stopped performing, or
 *     the day of the application); the term's end, a release, a rescission or a breach end it
 *     earlier
 * @param alreadyPaid the compensation the employer has paid for the period, deducted
 * @param release the employer's release during the term (解释（一） art. 39), or null
 * @param rescission the worker's rescission after three months unpaid (解释（一） art. 38), or null
 * @param breach the worker's breach of the restriction, or null
 */
public record NonCompeteCase(
    Region region,
    LocalDate employmentEnd,
    int termMonths,
    Money agreedMonthly,
    List<MonthWage> wages,
    LocalDate claimedThrough,
    Money alreadyPaid,
    Release release,
    Rescission rescission,
    Breach breach) {
  public NonCompeteCase {
    requireNonNull(region, "region");
    requireNonNull(employmentEnd, "employmentEnd");
    requireNonNull(claimedThrough, "claimedThrough");
    requireNonNull(alreadyPaid, "alreadyPaid");
    wages = List.copyOf(wages);
  }

  /**
   * One month's wage before the end of the contract.
   *
   * @param month the wage month
   * @param wage the wage of the month (what it includes — overtime, bonuses — is the tribunal's
   *     finding: the article says "平均工资" only)
   */
  public record MonthWage(YearMonth month, Money wage) {
    public MonthWage {
      requireNonNull(month, "month");
      requireNonNull(wage, "wage");
    }
  }

  /**
   * The employer's release of the restriction during its term (解释（一） art. 39 ¶1).
   *
   * @param on the day the release takes effect: compensation runs to the day before
   * @param extraClaimed whether the worker requests the three further months of art. 39 ¶2
   */
  public record Release(LocalDate on, boolean extraClaimed) {
    public Release {
      requireNonNull(on, "on");
    }
  }

  /**
   * The worker's rescission of the restriction (解释（一） art. 38: "因用人单位的原因导致三个月未支付经济补偿").
   *
   * @param on the day the rescission takes effect: compensation runs to the day before
   * @param monthsUnpaidByEmployer the months of compensation the tribunal finds unpaid for a reason
   *     of the employer's, at the rescission (art. 38 requires three)
   */
  public record Rescission(LocalDate on, int monthsUnpaidByEmployer) {
    public Rescission {
      requireNonNull(on, "on");
    }
  }

  /**
   * The worker's breach of the restriction.
   *
   * @param on the first day of the breach: the worker performed the restriction only to the day
   *     before (解释（一） arts. 36–37 "劳动者履行了竞业限制义务")
   * @param agreedPenalty the 违约金 the agreement fixes and the employer claims (劳动合同法 art. 23 ¶2
   *     "按照约定"), or null when none is claimed
   * @param agreedReturn the compensation paid that the agreement obliges the worker to return and
   *     the employer claims (解释（二） art. 15 "按照约定返还已经支付的经济补偿"), or null when none is claimed
   */
  public record Breach(LocalDate on, Money agreedPenalty, Money agreedReturn) {
    public Breach {
      requireNonNull(on, "on");
    }
  }
}
