package org.laborcalc.injury.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A province's lump sum that an uninsured employer may pay a worker of grade 1 to 4 instead of the
 * monthly benefits (Zhejiang art. 34; Sichuan art. 33). Read from the STRUCTURED parameter {@code
 * injury.uninsuredLumpSum}. Immutable.
 *
 * @param base the annual average wage the multiples apply to
 * @param multiples multiples per grade "1".."4"
 * @param byAgreement true where the lump sum needs the worker's agreement
 */
public record UninsuredLumpSumRule(
    @JsonProperty(required = true) Base base,
    @JsonProperty(required = true) Map<String, BigDecimal> multiples,
    Boolean byAgreement) {

  /** The annual average wage the multiples apply to. */
  public enum Base {
    /** 全省上年度职工年平均工资. */
    PROVINCIAL_ANNUAL_AVERAGE_WAGE,
    /** 全省城镇全部单位就业人员年平均工资. */
    PROVINCIAL_URBAN_ALL_UNITS_ANNUAL_AVERAGE_WAGE
  }

  public UninsuredLumpSumRule {
    requireNonNull(base, "base");
    requireNonNull(multiples, "multiples");
    byAgreement = Boolean.TRUE.equals(byAgreement);
    if (!multiples.keySet().equals(Set.of("1", "2", "3", "4"))) {
      throw new IllegalArgumentException(
          "multiples (" + multiples.keySet() + ") must give exactly grades 1 to 4");
    }
    multiples.forEach(
        (k, v) -> {
          if (v == null || v.signum() <= 0) {
            throw new IllegalArgumentException("multiples." + k + " (" + v + ") must be positive");
          }
        });
    multiples = Map.copyOf(multiples);
  }
}
