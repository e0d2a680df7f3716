package org.laborcalc.overtime;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;

/**
 * The parameter keys of overtime and working-time law; bundled values in {@code
 * cn-national-worktime.json}.
 */
public final class OvertimeKeys {
  private OvertimeKeys() {}

  /** 劳动法 art. 44: 150 / 200 / 300 percent by the kind of day. */
  public static final ParameterKey<Table> PERCENT =
      ParameterKey.table(
          "overtime.percent",
          "加班工资比例（%，按工作日、休息日、法定休假日）",
          "overtime pay, percent of the hourly wage, by kind of day",
          List.of("WEEKDAY", "REST_DAY", "HOLIDAY"),
          BigDecimal.valueOf(100),
          BigDecimal.valueOf(1000));

  /** 国务院关于职工工作时间的规定 art. 3; 劳社部发〔2008〕3号 ("月计薪天数×8小时"): 8 hours a day. */
  public static final ParameterKey<BigDecimal> HOURS_PER_DAY =
      ParameterKey.number(
          "worktime.hoursPerDay",
          "每日工作小时数",
          "working hours per day",
          BigDecimal.ONE,
          BigDecimal.valueOf(24));

  /**
   * 劳社部发〔2008〕3号 section 一: standard working days a month / quarter / year (20.83 / 62.5 / 250),
   * for comprehensive hours; from 2025 (13 holidays) no text read gives them [U].
   */
  public static final ParameterKey<Table> STANDARD_WORKING_DAYS =
      ParameterKey.table(
          "worktime.standardWorkingDays",
          "制度工作日（月、季、年）",
          "standard working days per month, quarter and year",
          List.of("MONTH", "QUARTER", "YEAR"),
          BigDecimal.ONE,
          BigDecimal.valueOf(366));

  /** Every key the calculation reads or declares, with the general pay-days key it shares. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              PERCENT, HOURS_PER_DAY, STANDARD_WORKING_DAYS, WorkInjuryKeys.PAY_DAYS_PER_MONTH));
}
