package org.laborcalc.injury.wagebase;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/** The articles of work-injury law the wage base of a work-injury calculation rests on. */
public final class OwnWageLaw {
  private OwnWageLaw() {}

  /** 《工伤保险条例》第六十四条第二款: 本人工资 is the average over the twelve months before the injury. */
  public static final Citation OWN_WAGE =
      Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2)
          .withQuote("本人工资，是指工伤职工因工作遭受事故伤害或者患职业病前12个月平均月缴费工资");

  /** 《工伤保险条例》第六十四条第二款: the 60 % floor and the 300 % ceiling of 本人工资. */
  public static final Citation CLAMP =
      Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2)
          .withQuote(
              "本人工资高于统筹地区职工平均工资300%的，按照统筹地区职工平均工资的300%计算；"
                  + "本人工资低于统筹地区职工平均工资60%的，按照统筹地区职工平均工资的60%计算");

  /** 《工伤保险条例》第三十三条第一款: 原工资福利待遇 during the 停工留薪期, unchanged, hence not clamped. */
  public static final Citation ORIGINAL_WAGE =
      Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 33, 1)
          .withQuote("在停工留薪期内，原工资福利待遇不变，由所在单位按月支付");

  /** 劳社部发〔2008〕3号: the daily wage is the monthly wage divided by the pay days per month. */
  public static final Citation DAILY_WAGE =
      Citation.of(Instruments.get("yue-pingjun-gongzuo-shijian-2008")).withQuote("日工资：月工资收入÷月计薪天数");
}
