package org.laborcalc.sickleave;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;

/**
 * The parameter keys of 医疗期 and 病假工资; bundled values in {@code cn-national-sick-leave.json}. The
 * monthly minimum wage is the shared {@link WorkInjuryKeys#MINIMUM_MONTHLY_WAGE}.
 */
public final class SickLeaveKeys {
  private SickLeaveKeys() {}

  /**
   * The tiers of 劳部发〔1994〕479号 art. 3, as table keys: 实际工作年限 under or from ten years, then 本单位工作年限.
   */
  public static final List<String> TIERS =
      List.of(
          "ACTUAL_UNDER_10_SERVICE_UNDER_5",
          "ACTUAL_UNDER_10_SERVICE_FROM_5",
          "ACTUAL_FROM_10_SERVICE_UNDER_5",
          "ACTUAL_FROM_10_SERVICE_FROM_5",
          "ACTUAL_FROM_10_SERVICE_FROM_10",
          "ACTUAL_FROM_10_SERVICE_FROM_15",
          "ACTUAL_FROM_10_SERVICE_FROM_20");

  /** 479号 art. 3: 3 to 24 months by tier. */
  public static final ParameterKey<Table> MEDICAL_PERIOD_MONTHS =
      ParameterKey.table(
          "sickLeave.medicalPeriodMonths",
          "医疗期（月，按实际工作年限和本单位工作年限）",
          "medical period in months, by total and current service",
          TIERS,
          BigDecimal.ONE,
          BigDecimal.valueOf(120));

  /** The medical periods of art. 4, as table keys (months). */
  public static final List<String> PERIODS = List.of("3", "6", "9", "12", "18", "24");

  /** 479号 art. 4: the months within which the sick leave of each period is counted. */
  public static final ParameterKey<Table> COUNTING_WINDOW_MONTHS =
      ParameterKey.table(
          "sickLeave.countingWindowMonths",
          "医疗期累计病休时间的计算期间（月）",
          "months within which a medical period's sick leave is counted",
          PERIODS,
          BigDecimal.ONE,
          BigDecimal.valueOf(240));

  /** 劳部发〔1995〕309号 art. 59 [S]: sick pay not below 80% of the minimum wage. */
  public static final ParameterKey<BigDecimal> MINIMUM_WAGE_FLOOR_PERCENT =
      ParameterKey.number(
          "sickLeave.minimumWageFloorPercent",
          "病假工资不得低于最低工资标准的比例（%）",
          "sick pay floor, percent of the minimum wage",
          BigDecimal.ONE,
          BigDecimal.valueOf(100));

  /** Every key the calculation reads. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              MEDICAL_PERIOD_MONTHS,
              COUNTING_WINDOW_MONTHS,
              MINIMUM_WAGE_FLOOR_PERCENT,
              WorkInjuryKeys.MINIMUM_MONTHLY_WAGE));
}
