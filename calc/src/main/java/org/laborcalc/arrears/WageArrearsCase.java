package org.laborcalc.arrears;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The facts of a claim for unpaid wages. Immutable; the calculation's checks compare the fields
 * with each other and report every problem at its path in the case file.
 *
 * @param region where the contract is performed: the minimum wage is that region's (劳动合同法 art. 85
 *     "当地最低工资标准")
 * @param employmentEnd the last day of the employment, or null while it continues
 * @param payDay the day of the month after the wage month on which wages are paid (工资支付暂行规定 art.
 *     7), or null when not known
 * @param minimumWageClaimed whether the claim includes the difference up to the local minimum wage
 *     (劳动合同法 art. 85; 最低工资规定 art. 12): the minimum wage is then a required figure
 * @param months the wage months claimed, in order and each once
 * @param order the 劳动行政部门's order to pay within a period, for art. 85's 加付赔偿金, or null when that is
 *     not claimed
 */
public record WageArrearsCase(
    Region region,
    LocalDate employmentEnd,
    Integer payDay,
    boolean minimumWageClaimed,
    List<MonthPay> months,
    Order order) {
  public WageArrearsCase {
    requireNonNull(region, "region");
    months = List.copyOf(months);
  }

  /**
   * One wage month.
   *
   * @param month the wage month
   * @param payable the wage payable for the month under the contract and the state's rules
   * @param paid what the employer paid for it
   * @param overtimePay the overtime pay inside {@code payable} (最低工资规定 art. 12 (一)), zero when none
   * @param specialAllowances the 中班、夜班、高温、低温、井下、有毒有害 allowances inside {@code payable} (art. 12
   *     (二)), zero when none
   * @param statutoryWelfare the statutory welfare benefits inside {@code payable} (art. 12 (三)),
   *     zero when none
   * @param normalWork whether the worker provided normal work that month (art. 12 ¶1, art. 3 ¶2:
   *     paid statutory leave counts): only such a month is compared with the minimum wage
   */
  public record MonthPay(
      YearMonth month,
      Money payable,
      Money paid,
      Money overtimePay,
      Money specialAllowances,
      Money statutoryWelfare,
      boolean normalWork) {
    public MonthPay {
      requireNonNull(month, "month");
      requireNonNull(payable, "payable");
      requireNonNull(paid, "paid");
      requireNonNull(overtimePay, "overtimePay");
      requireNonNull(specialAllowances, "specialAllowances");
      requireNonNull(statutoryWelfare, "statutoryWelfare");
    }

    /** A month of normal work with nothing to exclude. */
    public static MonthPay of(YearMonth month, Money payable, Money paid) {
      return new MonthPay(month, payable, paid, Money.ZERO, Money.ZERO, Money.ZERO, true);
    }

    /** What 最低工资规定 art. 12 removes before the comparison: items (一) to (三). */
    public Money excluded() {
      return overtimePay.plus(specialAllowances).plus(statutoryWelfare);
    }
  }

  /**
   * The 劳动行政部门's order (劳动合同法 art. 85 "由劳动行政部门责令限期支付"), and what was paid by its deadline. A field
   * left null is a fact the case does not state: the 加付赔偿金 is then not due and the result says
   * which fact is missing.
   *
   * @param orderedOn the day of the order
   * @param deadline the last day the order allowed for payment
   * @param amountOrdered the amount the order required to be paid
   * @param paidByDeadline what was paid of it by the deadline
   * @param ratePercent the rate the tribunal chooses, 50 to 100 (per cent)
   */
  public record Order(
      LocalDate orderedOn,
      LocalDate deadline,
      Money amountOrdered,
      Money paidByDeadline,
      BigDecimal ratePercent) {}
}
