package org.laborcalc.injury.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A province's lump sum that an uninsured employer may pay a worker of grade 1 to 4 instead of the
 * monthly benefits (Zhejiang art. 34; Sichuan art. 33 ¶2): the multiple of the worker's grade times
 * the province's annual average wage of the year before the injury. Read from the STRUCTURED
 * parameter {@code injury.uninsuredLumpSum}. Immutable.
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

  /**
   * A province's one-time payment of an uninsured employer's dependants' pensions (Zhejiang art.
   * 35; Sichuan art. 36 ¶2). Read from the STRUCTURED parameter {@code
   * injury.uninsuredLumpSum.dependantPensions}. Immutable.
   *
   * @param standard whether the text fixes the amount
   * @param minorsUntilAge a dependant under this age is paid up to it (Zhejiang: 18)
   * @param years the years paid to any other dependant (Zhejiang: 20)
   * @param reducedAfterAge each year of age above this one takes one year off (Zhejiang: 60)
   * @param minimumYears never fewer years than this (Zhejiang: 5, “七十五周岁以上的按照五年计算”)
   * @param byAgreement true where the lump sum needs the dependants' agreement with the employer
   */
  public record DependantPensions(
      @JsonProperty(required = true) Standard standard,
      Integer minorsUntilAge,
      Integer years,
      Integer reducedAfterAge,
      Integer minimumYears,
      Boolean byAgreement) {

    /** Whether the text fixes the amount. */
    public enum Standard {
      /**
       * The first monthly pension (初次核定的供养亲属抚恤金) times a period set by the dependant's age
       * (Zhejiang art. 35 ¶2).
       */
      PERIODS,
      /**
       * The text leaves the standard to another instrument not held (Sichuan art. 36 ¶2:
       * “具体标准由省人民政府规定”): the amount is an input of the case.
       */
      DELEGATED
    }

    public DependantPensions {
      requireNonNull(standard, "standard");
      byAgreement = Boolean.TRUE.equals(byAgreement);
      boolean periods = standard == Standard.PERIODS;
      for (Integer n : new Integer[] {minorsUntilAge, years, reducedAfterAge, minimumYears}) {
        if (periods && (n == null || n <= 0)) {
          throw new IllegalArgumentException(
              "minorsUntilAge, years, reducedAfterAge and minimumYears must be positive for"
                  + " PERIODS");
        }
        if (!periods && n != null) {
          throw new IllegalArgumentException("a DELEGATED standard has no periods");
        }
      }
      if (periods && minimumYears > years) {
        throw new IllegalArgumentException(
            "minimumYears (" + minimumYears + ") must not exceed years (" + years + ")");
      }
    }

    /** The years paid to a dependant of {@code age} completed years who is not a minor. */
    public int yearsAt(int age) {
      return Math.max(minimumYears, years - Math.max(0, age - reducedAfterAge));
    }
  }
}
