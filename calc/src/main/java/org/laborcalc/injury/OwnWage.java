package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.WageDetermination;

/**
 * The 本人工资 used by the benefits: the average monthly wage clamped to 60–300% of the 统筹地区 average
 * (《工伤保险条例》 art. 64 ¶2; 2003 art. 61), and the 原工资福利待遇 paid during the 停工留薪期.
 *
 * @param averageWage the average monthly wage before the clamp
 * @param regionalAverage the 统筹地区 average monthly wage of the year before the injury
 * @param lowerBound floor percent × regional average
 * @param upperBound cap percent × regional average
 * @param ownWage the 本人工资 after the clamp
 * @param clamp whether and how the clamp applied
 * @param originalWage the 原工资福利待遇
 * @param formula the clamp with its figures
 * @param parameters the figures used
 * @param citations the articles
 * @param determination the month-by-month determination from evidence, or null when the case states
 *     the average monthly wage as found
 */
public record OwnWage(
    Money averageWage,
    Money regionalAverage,
    Money lowerBound,
    Money upperBound,
    Money ownWage,
    ClampResult.Direction clamp,
    Money originalWage,
    String formula,
    List<ParameterUse> parameters,
    List<Citation> citations,
    WageDetermination determination) {

  public OwnWage {
    requireNonNull(averageWage, "averageWage");
    requireNonNull(ownWage, "ownWage");
    requireNonNull(clamp, "clamp");
    requireNonNull(originalWage, "originalWage");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
  }
}
