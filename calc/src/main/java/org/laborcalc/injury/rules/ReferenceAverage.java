package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which average monthly wage of the year before a provincial rule takes where the national text
 * says 统筹地区上年度职工月平均工资: the province's own choice, read as data from a STRUCTURED parameter (e.g.
 * {@code wage.ownWage.referenceAverage}) so that the national rule never asks which province it is
 * in. Immutable.
 *
 * <p>Guangdong art. 64 ¶2 is the known case: “用人单位所在地地级以上市职工月平均工资高于全省职工月平均工资的，
 * 计算相关工伤保险待遇使用的全省职工月平均工资按照该地级以上市职工月平均工资执行” — the 全省 average, or the city's where the city's is
 * higher.
 *
 * @param of the average the rule names
 * @param cityWhereHigher the article that replaces the provincial average by that of the employer's
 *     city (地级以上市) where the city's is higher, or null where the text has no such rule; the city's
 *     figure is then the {@code wage.regionalAverageMonthly} of the case's prefecture
 */
public record ReferenceAverage(@JsonProperty(required = true) Of of, ArticleRef cityWhereHigher) {

  /** The averages a rule may name. */
  public enum Of {
    /** 统筹地区上年度职工月平均工资, the national text's (the case's region). */
    POOLING_AREA,
    /** 全省上年度职工月平均工资. */
    PROVINCE
  }

  public ReferenceAverage {
    if (of == null) {
      throw new IllegalArgumentException("of must be given (POOLING_AREA or PROVINCE)");
    }
    if (cityWhereHigher != null && of != Of.PROVINCE) {
      throw new IllegalArgumentException("cityWhereHigher replaces a PROVINCE average, not " + of);
    }
  }
}
