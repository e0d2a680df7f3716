package org.laborcalc.severance;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;

/**
 * The parameter keys of termination money. The bundled values (pack {@code
 * org/laborcalc/severance/packs/cn-national-severance.json}) quote their articles; the regional
 * figures are the general keys of {@link WorkInjuryKeys}, shared, never bundled: the 直辖市's or
 * 设区的市's average monthly wage of the year before the termination, and the monthly minimum wage in
 * force on the termination date, both of the 劳动合同履行地 (实施条例第十四条).
 */
public final class SeveranceKeys {
  private SeveranceKeys() {}

  /** 劳动合同法第四十七条第二款: a wage above this many times the local average is capped at it. */
  public static final ParameterKey<BigDecimal> CAP_MULTIPLE =
      ParameterKey.number(
          "severance.capMultiple",
          "经济补偿月工资封顶倍数（本地区上年度职工月平均工资的倍数）",
          "severance wage cap, multiple of the local average monthly wage",
          BigDecimal.ONE,
          BigDecimal.TEN);

  /** 劳动合同法第四十七条第二款: the years paid to a worker above the cap, at most. */
  public static final ParameterKey<BigDecimal> CAP_YEARS =
      ParameterKey.number(
          "severance.capYears",
          "月工资高于封顶标准时支付经济补偿的年限上限",
          "years paid at most when the wage is above the cap",
          BigDecimal.ONE,
          BigDecimal.valueOf(50));

  /**
   * 劳部发〔1994〕481号 arts. 5 and 7 (secondary): the months paid at most for service before 2008 on an
   * agreed dissolution or for incompetence.
   */
  public static final ParameterKey<BigDecimal> PRE_2008_CAP_MONTHS =
      ParameterKey.number(
          "severance.pre2008.capMonths",
          "2008年前协商解除、不能胜任解除的经济补偿月数上限",
          "months paid at most before 2008 for an agreed dissolution or incompetence",
          BigDecimal.ONE,
          BigDecimal.valueOf(50));

  /**
   * Whether a suspension of the labour contract (劳动合同中止) is left out of the service, where a
   * region's law says so (山东省劳动合同条例第二十六条第二款).
   */
  public static final ParameterKey<SuspensionRule> SUSPENSION =
      ParameterKey.structured(
          "severance.suspension",
          "劳动合同中止期间是否计算为工作年限",
          "whether a suspension of the contract counts as service",
          SuspensionRule.class);

  /** 本地区上年度职工月平均工资 (the general key, region = the 直辖市 or 设区的市, range = year Y). */
  public static final ParameterKey<Money> LOCAL_AVERAGE_MONTHLY_WAGE =
      WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE;

  /** 当地最低工资标准 (the general key). */
  public static final ParameterKey<Money> MINIMUM_MONTHLY_WAGE =
      WorkInjuryKeys.MINIMUM_MONTHLY_WAGE;

  /** Every key a severance case may use. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              CAP_MULTIPLE,
              CAP_YEARS,
              PRE_2008_CAP_MONTHS,
              SUSPENSION,
              LOCAL_AVERAGE_MONTHLY_WAGE,
              MINIMUM_MONTHLY_WAGE));
}
