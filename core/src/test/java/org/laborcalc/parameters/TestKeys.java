package org.laborcalc.parameters;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.laborcalc.money.Money;

/**
 * Parameter keys for tests only. The real keys live in the calc module; these have one of each
 * kind, so that the machinery is tested without any legal figure.
 */
final class TestKeys {
  private TestKeys() {}

  /** A NUMBER bounded by [1, 31], like 21.75 pay days per month. */
  static final ParameterKey<BigDecimal> PAY_DAYS =
      ParameterKey.number(
          "test.payDaysPerMonth",
          "测试用月计薪天数",
          "test pay days per month",
          BigDecimal.ONE,
          new BigDecimal("31"));

  /** A NUMBER of months bounded by [0, 24]: a negative count is out of bounds. */
  static final ParameterKey<BigDecimal> MAX_MONTHS =
      ParameterKey.number(
          "test.suspension.maxMonths",
          "测试用最长月数",
          "test maximum months",
          BigDecimal.ZERO,
          new BigDecimal("24"));

  /** A MONEY figure. */
  static final ParameterKey<Money> INCOME =
      ParameterKey.money("test.income.perCapita", "测试用人均收入", "test income per capita");

  /** A TABLE with keys "1" to "10", figures in [0, 100]. */
  static final ParameterKey<Table> MONTHS_BY_GRADE =
      ParameterKey.table(
          "test.subsidy.months",
          "测试用按等级月数",
          "test months by grade",
          IntStream.rangeClosed(1, 10).mapToObj(Integer::toString).toList(),
          BigDecimal.ZERO,
          new BigDecimal("100"));

  /** A STRUCTURED rule read into {@link LumpSumRule}. */
  static final ParameterKey<LumpSumRule> LUMP_SUM =
      ParameterKey.structured(
          "test.uninsuredLumpSum", "测试用一次性赔偿规则", "test lump-sum rule", LumpSumRule.class);

  /** A key no registry below knows about, for lookups that must miss. */
  static final ParameterKey<BigDecimal> UNREGISTERED =
      ParameterKey.number(
          "test.unregistered",
          "未登记的测试参数",
          "unregistered test parameter",
          BigDecimal.ZERO,
          BigDecimal.TEN);

  static final KeyRegistry REGISTRY =
      KeyRegistry.of(List.of(PAY_DAYS, MAX_MONTHS, INCOME, MONTHS_BY_GRADE, LUMP_SUM));

  /** What the lump sum is a multiple of. */
  enum Base {
    PROVINCIAL_ANNUAL_AVERAGE_WAGE,
    PROVINCIAL_URBAN_ALL_UNITS_ANNUAL_AVERAGE_WAGE
  }

  /**
   * A small structured rule whose compact constructor validates, as the calc module's rules do.
   *
   * @param base what the multiples multiply
   * @param multiples by grade, "1" to "4", each positive
   * @param byAgreement whether the sum is paid only by agreement
   */
  record LumpSumRule(Base base, Map<String, BigDecimal> multiples, boolean byAgreement) {
    LumpSumRule {
      if (base == null) {
        throw new IllegalArgumentException("base must be given");
      }
      if (multiples == null || multiples.isEmpty()) {
        throw new IllegalArgumentException("multiples must not be empty");
      }
      multiples.forEach(
          (grade, m) -> {
            if (!grade.matches("[1-4]")) {
              throw new IllegalArgumentException("grade (\"" + grade + "\") must be 1 to 4");
            }
            if (m == null || m.signum() <= 0) {
              throw new IllegalArgumentException(
                  "multiple for grade " + grade + " (" + m + ") must be positive");
            }
          });
      multiples = Map.copyOf(multiples);
    }
  }
}
