package org.laborcalc.probation;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;

/** The parameter keys of 劳动合同法 art. 19; bundled values in {@code cn-national-probation.json}. */
public final class ProbationKeys {
  private ProbationKeys() {}

  /** The bands of art. 19 ¶1 by the contract's term, as table keys. */
  public static final List<String> BANDS =
      List.of("FROM_3_MONTHS", "FROM_1_YEAR", "FROM_3_YEARS_OR_OPEN_ENDED");

  /** Art. 19 ¶1: at most 1 / 2 / 6 months of probation. */
  public static final ParameterKey<Table> MAX_MONTHS =
      ParameterKey.table(
          "probation.maxMonths",
          "试用期上限（月，按劳动合同期限）",
          "longest probation in months, by the contract's term",
          BANDS,
          BigDecimal.ZERO,
          BigDecimal.valueOf(24));

  /** Art. 19 ¶3: no probation in a contract of a term under this many months. */
  public static final ParameterKey<BigDecimal> MIN_TERM_MONTHS =
      ParameterKey.number(
          "probation.minTermMonths",
          "可以约定试用期的最短劳动合同期限（月）",
          "shortest term in months of a contract that may have a probation",
          BigDecimal.ONE,
          BigDecimal.valueOf(24));

  /** Every key the calculation reads. */
  public static final KeyRegistry REGISTRY = KeyRegistry.of(List.of(MAX_MONTHS, MIN_TERM_MONTHS));
}
