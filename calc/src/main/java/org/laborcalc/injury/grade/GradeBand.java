package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/**
 * The three bands of disability grades to which 《工伤保险条例》 (2010) attaches different benefits. The
 * months and percentages of each benefit are statutory parameters, not part of this type. Immutable
 * and thread-safe.
 */
public enum GradeBand {
  /**
   * Grades 1–4 (art. 35): the labour relation is kept and the worker leaves the post; one-time
   * disability subsidy and a monthly disability allowance from the fund until retirement.
   */
  ONE_TO_FOUR(
      DisabilityGrade.GRADE_1,
      DisabilityGrade.GRADE_4,
      35,
      "一级至四级",
      "grades 1 to 4",
      "职工因工致残被鉴定为一级至四级伤残的，保留劳动关系，退出工作岗位，享受以下待遇"),
  /**
   * Grades 5–6 (art. 36): one-time disability subsidy from the fund; a suitable post or a monthly
   * allowance from the employer; on the worker's request to end the relation, the one-time medical
   * subsidy (fund) and employment subsidy (employer) at provincial standards.
   */
  FIVE_TO_SIX(
      DisabilityGrade.GRADE_5,
      DisabilityGrade.GRADE_6,
      36,
      "五级、六级",
      "grades 5 and 6",
      "职工因工致残被鉴定为五级、六级伤残的，享受以下待遇"),
  /**
   * Grades 7–10 (art. 37): one-time disability subsidy from the fund; when the contract expires or
   * the worker ends it, the one-time medical subsidy (fund) and employment subsidy (employer) at
   * provincial standards.
   */
  SEVEN_TO_TEN(
      DisabilityGrade.GRADE_7,
      DisabilityGrade.GRADE_10,
      37,
      "七级至十级",
      "grades 7 to 10",
      "职工因工致残被鉴定为七级至十级伤残的，享受以下待遇");

  private final DisabilityGrade mostSevere;
  private final DisabilityGrade leastSevere;
  private final String nameZh;
  private final String nameEn;
  private final Citation citation;

  GradeBand(
      DisabilityGrade mostSevere,
      DisabilityGrade leastSevere,
      int article,
      String nameZh,
      String nameEn,
      String quote) {
    this.mostSevere = mostSevere;
    this.leastSevere = leastSevere;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.citation = Citation.of(Instruments.WORK_INJURY_REGULATION_2010, article).withQuote(quote);
  }

  /** The band {@code grade} falls in. */
  public static GradeBand of(DisabilityGrade grade) {
    requireNonNull(grade, "grade");
    for (GradeBand band : values()) {
      if (band.contains(grade)) {
        return band;
      }
    }
    throw new AssertionError("the bands cover grades 1 to 10; " + grade + " is not covered");
  }

  public boolean contains(DisabilityGrade grade) {
    requireNonNull(grade, "grade");
    return grade.number() >= mostSevere.number() && grade.number() <= leastSevere.number();
  }

  public DisabilityGrade mostSevere() {
    return mostSevere;
  }

  public DisabilityGrade leastSevere() {
    return leastSevere;
  }

  /** {@code 一级至四级}. */
  public String nameZh() {
    return nameZh;
  }

  /** {@code grades 1 to 4}. */
  public String nameEn() {
    return nameEn;
  }

  /** 《工伤保险条例》第三十五条 / 第三十六条 / 第三十七条, with the article's opening words. */
  public Citation citation() {
    return citation;
  }
}
