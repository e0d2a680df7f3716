package org.laborcalc.illegal;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;
import org.laborcalc.wage.EvidenceItem;

/** The parameter keys of 人社部令第9号, and the general figures it reads. */
public final class IllegalEmploymentKeys {
  /** Twelve of the largest plausible monthly wage. */
  private static final Money MAX_ANNUAL = EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT.times(12);

  /** Art. 5 ¶1: multiples of the 赔偿基数 for grades 1–10 (16, 14, 12, 10, 8, 6, 4, 3, 2, 1). */
  public static final ParameterKey<Table> DISABILITY_MULTIPLES =
      ParameterKey.table(
          "illegalEmployer.disabilityMultiples",
          "非法用工单位伤残一次性赔偿金倍数",
          "multiples of the base of the one-time compensation for disability, by grade",
          List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
          BigDecimal.ZERO,
          BigDecimal.valueOf(100));

  /** Art. 6: the one-time compensation on death, 20 × the national disposable income. */
  public static final ParameterKey<BigDecimal> DEATH_INCOME_MULTIPLE =
      ParameterKey.number(
          "illegalEmployer.death.incomeMultiple",
          "非法用工单位死亡一次性赔偿金倍数",
          "multiple of the national disposable income of the one-time compensation on death",
          BigDecimal.ZERO,
          BigDecimal.valueOf(100));

  /** Art. 6: 丧葬补助等其他赔偿金, 10 × the national disposable income. */
  public static final ParameterKey<BigDecimal> FUNERAL_MULTIPLE =
      ParameterKey.number(
          "illegalEmployer.death.funeralMultiple",
          "非法用工单位丧葬补助等其他赔偿金倍数",
          "multiple of the national disposable income of the funeral and other compensation",
          BigDecimal.ZERO,
          BigDecimal.valueOf(100));

  /**
   * Art. 5 ¶2: the 赔偿基数, “单位所在工伤保险统筹地区上年度职工年平均工资” — the published annual figure, never a monthly
   * one multiplied by 12.
   */
  public static final ParameterKey<Money> REGIONAL_AVERAGE_ANNUAL_WAGE =
      ParameterKey.money(
          "wage.regionalAverageAnnual",
          "统筹地区职工年平均工资",
          "average annual wage of the pooling region",
          MAX_ANNUAL);

  /** Every key this calculation reads: its own and the general figures it shares. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              DISABILITY_MULTIPLES,
              DEATH_INCOME_MULTIPLE,
              FUNERAL_MULTIPLE,
              REGIONAL_AVERAGE_ANNUAL_WAGE,
              WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
              WorkInjuryKeys.NATIONAL_URBAN_DISPOSABLE_INCOME));

  private IllegalEmploymentKeys() {}
}
