package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;

/**
 * The statutory figures the wage determination needs, each with its source; the parameter system
 * supplies them for the case's region and date. Immutable and thread-safe.
 *
 * @param regionalAverageMonthlyWage the 统筹地区职工月平均工资 the clamp of 《工伤保险条例》第六十四条第二款 is taken against
 *     (in Guangdong the 全省 figure, or the city's where higher, 广东省工伤保险条例第六十四条), in yuan with at
 *     most two decimals
 * @param lowerBoundPercent the floor, in percent of that average (60 under art. 64)
 * @param upperBoundPercent the ceiling, in percent (300 under art. 64)
 * @param payDaysPerMonth the 月计薪天数 dividing a monthly wage into a daily one (21.75 from 2008-01-01
 *     under 劳社部发〔2008〕3号); the figure in force on the injury date
 */
public record StatutoryFigures(
    SourcedFigure regionalAverageMonthlyWage,
    SourcedFigure lowerBoundPercent,
    SourcedFigure upperBoundPercent,
    SourcedFigure payDaysPerMonth) {

  public StatutoryFigures {
    requireNonNull(regionalAverageMonthlyWage, "regionalAverageMonthlyWage");
    requireNonNull(lowerBoundPercent, "lowerBoundPercent");
    requireNonNull(upperBoundPercent, "upperBoundPercent");
    requireNonNull(payDaysPerMonth, "payDaysPerMonth");
    BigDecimal average = regionalAverageMonthlyWage.value();
    if (average.signum() <= 0 || average.stripTrailingZeros().scale() > Money.SCALE) {
      throw new IllegalArgumentException(
          "regionalAverageMonthlyWage ("
              + average.toPlainString()
              + ") must be a positive amount with at most 2 decimals");
    }
    if (average.compareTo(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT.amount()) > 0) {
      throw new IllegalArgumentException(
          "regionalAverageMonthlyWage (" + average.toPlainString() + ") is not a plausible wage");
    }
    BigDecimal lower = lowerBoundPercent.value();
    BigDecimal upper = upperBoundPercent.value();
    if (lower.signum() <= 0 || upper.compareTo(lower) <= 0 || upper.compareTo(PERCENT_CAP) > 0) {
      throw new IllegalArgumentException(
          "lowerBoundPercent and upperBoundPercent ("
              + lower.toPlainString()
              + ", "
              + upper.toPlainString()
              + ") must satisfy 0 < lower < upper <= 1000");
    }
    BigDecimal days = payDaysPerMonth.value();
    if (days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(31)) > 0) {
      throw new IllegalArgumentException(
          "payDaysPerMonth (" + days.toPlainString() + ") must be between 0 (excluded) and 31");
    }
  }

  private static final BigDecimal PERCENT_CAP = BigDecimal.valueOf(1000);

  /**
   * The figures with the 60 % and 300 % of 《工伤保险条例》第六十四条第二款 (read in the primary text) and the
   * given regional average and pay-days divisor.
   */
  public static StatutoryFigures withArticle64Percentages(
      SourcedFigure regionalAverageMonthlyWage, SourcedFigure payDaysPerMonth) {
    return new StatutoryFigures(
        regionalAverageMonthlyWage,
        new SourcedFigure(
            BigDecimal.valueOf(60),
            "本人工资下限：统筹地区职工平均工资的60%",
            List.of(WageLaw.CLAMP),
            Verification.PRIMARY),
        new SourcedFigure(
            BigDecimal.valueOf(300),
            "本人工资上限：统筹地区职工平均工资的300%",
            List.of(WageLaw.CLAMP),
            Verification.PRIMARY),
        payDaysPerMonth);
  }

  /** The regional average as money. */
  public Money regionalAverage() {
    return Money.of(regionalAverageMonthlyWage.value());
  }
}
