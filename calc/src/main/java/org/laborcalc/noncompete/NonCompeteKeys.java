package org.laborcalc.noncompete;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;

/**
 * The parameter keys of the non-compete compensation; bundled values in {@code
 * cn-national-non-compete.json}. The monthly minimum wage is the shared {@link
 * WorkInjuryKeys#MINIMUM_MONTHLY_WAGE}.
 */
public final class NonCompeteKeys {
  private NonCompeteKeys() {}

  /** 解释（一） art. 36 ¶1: 30% of the twelve-month average where nothing was agreed. */
  public static final ParameterKey<BigDecimal> RATE_PERCENT =
      ParameterKey.number(
          "nonCompete.ratePercent",
          "未约定时竞业限制经济补偿占平均工资的比例（%）",
          "compensation where none was agreed, percent of the average wage",
          BigDecimal.ONE,
          BigDecimal.valueOf(100));

  /** 劳动合同法 art. 24 ¶2: the term is at most two years. */
  public static final ParameterKey<BigDecimal> MAX_TERM_MONTHS =
      ParameterKey.number(
          "nonCompete.maxTermMonths",
          "竞业限制期限上限（月）",
          "longest term of a restriction, months",
          BigDecimal.ONE,
          BigDecimal.valueOf(120));

  /** 解释（一） art. 39 ¶2: three further months on the employer's release. */
  public static final ParameterKey<BigDecimal> RELEASE_EXTRA_MONTHS =
      ParameterKey.number(
          "nonCompete.releaseExtraMonths",
          "用人单位解除竞业限制协议时额外支付的经济补偿（月数）",
          "months of compensation added on the employer's release",
          BigDecimal.ONE,
          BigDecimal.valueOf(24));

  /** 解释（一） art. 38: the worker may rescind after three months unpaid for the employer's reason. */
  public static final ParameterKey<BigDecimal> RESCISSION_UNPAID_MONTHS =
      ParameterKey.number(
          "nonCompete.rescissionUnpaidMonths",
          "劳动者可请求解除竞业限制约定的未支付经济补偿月数",
          "months of compensation unpaid after which the worker may rescind",
          BigDecimal.ONE,
          BigDecimal.valueOf(24));

  /** Every key the calculation reads. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              RATE_PERCENT,
              MAX_TERM_MONTHS,
              RELEASE_EXTRA_MONTHS,
              RESCISSION_UNPAID_MONTHS,
              WorkInjuryKeys.MINIMUM_MONTHLY_WAGE));
}
