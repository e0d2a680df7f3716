package org.laborcalc.leave;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;

/**
 * The parameter keys of annual-leave law; bundled values in {@code cn-national-annual-leave.json}.
 */
public final class AnnualLeaveKeys {
  private AnnualLeaveKeys() {}

  /** The bands of cumulative working time of 条例 art. 3 and art. 4 (三)–(五), as table keys. */
  public static final List<String> BANDS = List.of("FROM_1_YEAR", "FROM_10_YEARS", "FROM_20_YEARS");

  /** 条例 art. 3: 5 / 10 / 15 days by cumulative working time. */
  public static final ParameterKey<Table> DAYS_BY_BAND =
      ParameterKey.table(
          "annualLeave.daysByBand",
          "年休假天数（按累计工作年限）",
          "annual leave days by cumulative working time",
          BANDS,
          BigDecimal.ZERO,
          BigDecimal.valueOf(366));

  /**
   * 条例 art. 4 (三)–(五): sick leave of 2 / 3 / 4 months or more in the year bars that year's leave.
   */
  public static final ParameterKey<Table> SICK_LEAVE_MONTHS_BY_BAND =
      ParameterKey.table(
          "annualLeave.sickLeaveMonthsByBand",
          "不享受当年年休假的病假累计月数（按累计工作年限）",
          "months of sick leave that bar the year's leave, by cumulative working time",
          BANDS,
          BigDecimal.ONE,
          BigDecimal.valueOf(12));

  /** 条例 art. 4 (二): 事假 of 20 days or more, paid in full, bars that year's leave. */
  public static final ParameterKey<BigDecimal> PAID_PERSONAL_LEAVE_DAYS =
      ParameterKey.number(
          "annualLeave.paidPersonalLeaveDays",
          "不享受当年年休假的不扣工资事假累计天数",
          "days of personal leave paid in full that bar the year's leave",
          BigDecimal.ONE,
          BigDecimal.valueOf(366));

  /** 实施办法 arts. 5 and 12: the pro-rating denominator, 365 also in leap years. */
  public static final ParameterKey<BigDecimal> PRORATION_DAYS =
      ParameterKey.number(
          "annualLeave.prorationDays",
          "年休假折算分母（天）",
          "days of the year annual leave is pro-rated over",
          BigDecimal.valueOf(365),
          BigDecimal.valueOf(366));

  /** 实施办法 art. 10: 300% of the daily wage per day not taken. */
  public static final ParameterKey<BigDecimal> PAY_PERCENT =
      ParameterKey.number(
          "annualLeave.payPercent",
          "未休年休假工资报酬比例（%）",
          "pay for a day of unused leave, percent of the daily wage",
          BigDecimal.valueOf(100),
          BigDecimal.valueOf(1000));

  /** 实施办法 art. 10: of which 100% is the wage of the normal working day already paid. */
  public static final ParameterKey<BigDecimal> ALREADY_PAID_PERCENT =
      ParameterKey.number(
          "annualLeave.alreadyPaidPercent",
          "已支付的正常工作期间工资比例（%）",
          "part of that pay already paid as the wage of the day worked, percent",
          BigDecimal.ZERO,
          BigDecimal.valueOf(1000));

  /** Every key the calculation reads, with the general pay-days-per-month key it shares. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              DAYS_BY_BAND,
              SICK_LEAVE_MONTHS_BY_BAND,
              PAID_PERSONAL_LEAVE_DAYS,
              PRORATION_DAYS,
              PAY_PERCENT,
              ALREADY_PAID_PERCENT,
              WorkInjuryKeys.PAY_DAYS_PER_MONTH));
}
