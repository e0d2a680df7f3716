package org.laborcalc.retirement;

import java.time.YearMonth;

/**
 * The three groups of workers whose statutory retirement age the 2024 decision raises, each with
 * its original age, its target age and its pace (决定第一项; 办法第一条). Which group a woman belongs to
 * (原法定退休年龄五十周岁 or 五十五周岁) is a fact of the case that the caller supplies.
 *
 * <p>Immutable and thread-safe.
 */
public enum RetirementCategory {
  /** 男职工: from 60 to 63, one month for every four months of birth. */
  MALE("男职工", "male worker", 60, 63, 4),
  /** 原法定退休年龄为五十五周岁的女职工: from 55 to 58, one month for every four months of birth. */
  FEMALE_CADRE_55(
      "原法定退休年龄为五十五周岁的女职工",
      "female worker whose original statutory retirement age was 55",
      55,
      58,
      4),
  /** 原法定退休年龄为五十周岁的女职工: from 50 to 55, one month for every two months of birth. */
  FEMALE_WORKER_50(
      "原法定退休年龄为五十周岁的女职工",
      "female worker whose original statutory retirement age was 50",
      50,
      55,
      2);

  /** 办法第一条: "从2025年1月1日起". */
  private static final YearMonth FIRST_REFORM_MONTH = YearMonth.of(2025, 1);

  private final String nameZh;
  private final String nameEn;
  private final int originalAgeYears;
  private final int targetAgeYears;
  private final int birthMonthsPerDelayMonth;

  RetirementCategory(
      String nameZh,
      String nameEn,
      int originalAgeYears,
      int targetAgeYears,
      int birthMonthsPerDelayMonth) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.originalAgeYears = originalAgeYears;
    this.targetAgeYears = targetAgeYears;
    this.birthMonthsPerDelayMonth = birthMonthsPerDelayMonth;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** The age before the reform, 60 / 55 / 50 (决定第一项: "从原六十周岁…从原五十周岁、五十五周岁"). */
  public int originalAgeYears() {
    return originalAgeYears;
  }

  /** The age the reform ends at, 63 / 58 / 55 (决定第一项; 办法第一条). */
  public int targetAgeYears() {
    return targetAgeYears;
  }

  /** 4 for men and 55-women ("每四个月延迟一个月"), 2 for 50-women ("每二个月延迟一个月") (办法第一条). */
  public int birthMonthsPerDelayMonth() {
    return birthMonthsPerDelayMonth;
  }

  /** The largest delay in months: 36 / 36 / 60. */
  public int maxDelayMonths() {
    return (targetAgeYears - originalAgeYears) * 12;
  }

  /**
   * The first birth month the reform reaches: the one whose original retirement month is January
   * 2025, i.e. 1965-01 for men, 1970-01 for 55-women, 1975-01 for 50-women. Anyone born earlier
   * reached the original age before 2025-01-01, when the reform took effect (决定第五项; 办法第一条).
   */
  public YearMonth firstAffectedBirthMonth() {
    return FIRST_REFORM_MONTH.minusYears(originalAgeYears);
  }
}
