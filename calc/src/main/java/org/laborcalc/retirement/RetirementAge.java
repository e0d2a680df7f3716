package org.laborcalc.retirement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;

/**
 * A worker's statutory retirement age in years and months and the day it is reached, with the
 * articles relied on and an explanation in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the worker's group under the 2024 decision
 * @param birthDate the worker's date of birth
 * @param years whole years of the statutory retirement age, e.g. 60 for "60岁1个月"
 * @param months the further months, 0 to 11, e.g. 1 for "60岁1个月"
 * @param retirementDate the day the worker reaches that age
 * @param citations the articles relied on, not empty
 * @param explanationZh how the age was found, in Chinese
 * @param explanationEn how the age was found, in English
 */
public record RetirementAge(
    RetirementCategory category,
    LocalDate birthDate,
    int years,
    int months,
    LocalDate retirementDate,
    List<Citation> citations,
    String explanationZh,
    String explanationEn) {

  public RetirementAge {
    requireNonNull(category, "category");
    requireNonNull(birthDate, "birthDate");
    requireNonNull(retirementDate, "retirementDate");
    requireNonNull(explanationZh, "explanationZh");
    requireNonNull(explanationEn, "explanationEn");
    citations = Citation.distinct(citations);
    if (months < 0 || months > 11) {
      throw new IllegalArgumentException("months (" + months + ") must be between 0 and 11");
    }
    int total = years * 12 + months;
    if (total < category.originalAgeYears() * 12 || total > category.targetAgeYears() * 12) {
      throw new IllegalArgumentException(
          "retirement age ("
              + years
              + "y"
              + months
              + "m) must be between "
              + category.originalAgeYears()
              + " and "
              + category.targetAgeYears()
              + " years for "
              + category);
    }
    if (!retirementDate.isAfter(birthDate)) {
      throw new IllegalArgumentException(
          "retirementDate (" + retirementDate + ") must be after birthDate (" + birthDate + ")");
    }
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("citations must not be empty");
    }
  }

  /** The age in months, e.g. 721 for 60 years 1 month. */
  public int totalMonths() {
    return years * 12 + months;
  }

  /** Months added to the original age by the reform: 0 for anyone it does not reach. */
  public int delayMonths() {
    return totalMonths() - category.originalAgeYears() * 12;
  }

  /** {@code 60岁1个月} or {@code 60周岁}. */
  public String ageZh() {
    return ageZh(years, months);
  }

  /** {@code 60 years 1 month} or {@code 60 years}. */
  public String ageEn() {
    return ageEn(years, months);
  }

  static String ageZh(int years, int months) {
    return months == 0 ? years + "周岁" : years + "岁" + months + "个月";
  }

  static String ageEn(int years, int months) {
    return years
        + " years"
        + (months == 0 ? "" : " " + months + (months == 1 ? " month" : " months"));
  }
}
