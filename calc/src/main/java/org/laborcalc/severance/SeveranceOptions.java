package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborcalc.result.Note;

/**
 * The tribunal's choices where the law leaves room (ARBITRATION.md §2.1–2.3, §2.13), each echoed in
 * the result with its value. Immutable; {@link #defaults()} gives the documented defaults.
 *
 * @param pre2008 how service before 2008-01-01 is paid when the wage is above the cap; default
 *     {@link Pre2008#OLD_RULES_UNCAPPED}
 * @param pre2008PartialYear how a part year before 2008 counts; default {@link
 *     Pre2008PartialYear#AS_FULL_YEAR}
 * @param averageRounding where the average is rounded; default {@link
 *     AverageRounding#ROUND_AVERAGE_THEN_MULTIPLY}
 * @param abnormalMonths months the case lists as abnormal (停工停产, sick pay); default {@link
 *     AbnormalMonths#INCLUDE_AS_PAYABLE}
 * @param noticePayBasis which wage is "上一个月的工资标准" (实施条例第二十条); default {@link
 *     NoticePayBasis#LAST_MONTH_STANDARD_WAGE}
 * @param backPayDecisionDay whether the day the unlawful decision took effect is paid; default
 *     {@link BackPayDecisionDay#INCLUDED}
 * @param window which twelve months are "解除或者终止前十二个月" (劳动合同法第四十七条第三款); default {@link
 *     Window#CALENDAR_MONTHS_BEFORE_TERMINATION_MONTH}
 * @param overtimeInAverage whether overtime pay counts in the average (实施条例第二十七条); default {@link
 *     OvertimeInAverage#INCLUDE}
 */
public record SeveranceOptions(
    Pre2008 pre2008,
    Pre2008PartialYear pre2008PartialYear,
    AverageRounding averageRounding,
    AbnormalMonths abnormalMonths,
    NoticePayBasis noticePayBasis,
    BackPayDecisionDay backPayDecisionDay,
    Window window,
    OvertimeInAverage overtimeInAverage) {

  /** Pre-2008 service of a worker whose wage is above the art. 47 ¶2 cap [U]. */
  public enum Pre2008 {
    /** The old rules at the uncapped average: art. 47 ¶2 governs only the years it counts. */
    OLD_RULES_UNCAPPED,
    /** The old rules' months at the capped base. */
    OLD_RULES_WITH_3X_BASE,
    /** The capped base, and the 12-year cap counted over both segments. */
    TWELVE_YEAR_CAP_ACROSS_SEGMENTS
  }

  /** A part year of service before 2008 [U]. */
  public enum Pre2008PartialYear {
    /** 481号 art. 5: "工作时间不满一年的按一年的标准发给" — any part year is a year. */
    AS_FULL_YEAR,
    /** The 2008 rule: six months or more a year, less half a month. */
    SIX_MONTH_RULE
  }

  /** Where the average of the 12 months is rounded to the fen. */
  public enum AverageRounding {
    /** The average to the fen first (rounding point "average"), then multiplied. */
    ROUND_AVERAGE_THEN_MULTIPLY,
    /** The total ÷ months × months of compensation, rounded once at the end. */
    ROUND_AT_END
  }

  /** Months the case lists as abnormal: sick pay, 停工停产 living allowance [U]. */
  public enum AbnormalMonths {
    /** Counted at what was payable: the 2008 text (实施条例第二十七条) does not exclude them. */
    INCLUDE_AS_PAYABLE,
    /** Left out of the average, as 481号 art. 11's "正常生产情况" read. */
    EXCLUDE
  }

  /** "上一个月的工资标准" when the last month was not a normal one [U]. */
  public enum NoticePayBasis {
    /** The worker's agreed or normal monthly wage standard (an input). */
    LAST_MONTH_STANDARD_WAGE,
    /** What the month table fixes as payable for the month before the termination. */
    LAST_MONTH_PAYABLE
  }

  /** The day the unlawful decision took effect, for back pay [U]. */
  public enum BackPayDecisionDay {
    /** Paid: the period runs from that day. */
    INCLUDED,
    /** Not paid: the period runs from the next day ("决定作出后"). */
    EXCLUDED
  }

  /**
   * The twelve months of "劳动合同解除或者终止前十二个月" (劳动合同法第四十七条第三款) when the termination is not on a month's
   * last day [U: ARBITRATION.md §2.1].
   */
  public enum Window {
    /** The twelve complete calendar months before the month of the termination. */
    CALENDAR_MONTHS_BEFORE_TERMINATION_MONTH,
    /**
     * The termination month and the eleven before it, the termination month worked up to and
     * including the termination day: an incomplete month, under the wage options' partial-month
     * policy, unless the termination is on its last day.
     */
    MONTHS_ENDING_ON_TERMINATION_DATE
  }

  /**
   * Whether 加班工资 counts in the average [U]: 实施条例第二十七条 counts "计时工资或者计件工资以及奖金、津贴和补贴等货币性收入",
   * 关于工资总额组成的规定第四条 counts 加班加点工资 as wage; practice divides.
   */
  public enum OvertimeInAverage {
    /** Counted: it is 应得 money income. */
    INCLUDE,
    /** Left out: each month's overtime pay (a required input then) is taken off that month. */
    EXCLUDE
  }

  public SeveranceOptions {
    requireNonNull(pre2008, "pre2008");
    requireNonNull(pre2008PartialYear, "pre2008PartialYear");
    requireNonNull(averageRounding, "averageRounding");
    requireNonNull(abnormalMonths, "abnormalMonths");
    requireNonNull(noticePayBasis, "noticePayBasis");
    requireNonNull(backPayDecisionDay, "backPayDecisionDay");
    requireNonNull(window, "window");
    requireNonNull(overtimeInAverage, "overtimeInAverage");
  }

  /** The documented defaults. */
  public static SeveranceOptions defaults() {
    return new SeveranceOptions(
        Pre2008.OLD_RULES_UNCAPPED,
        Pre2008PartialYear.AS_FULL_YEAR,
        AverageRounding.ROUND_AVERAGE_THEN_MULTIPLY,
        AbnormalMonths.INCLUDE_AS_PAYABLE,
        NoticePayBasis.LAST_MONTH_STANDARD_WAGE,
        BackPayDecisionDay.INCLUDED,
        Window.CALENDAR_MONTHS_BEFORE_TERMINATION_MONTH,
        OvertimeInAverage.INCLUDE);
  }

  public SeveranceOptions withPre2008(Pre2008 v) {
    return new SeveranceOptions(
        v,
        pre2008PartialYear,
        averageRounding,
        abnormalMonths,
        noticePayBasis,
        backPayDecisionDay,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withPre2008PartialYear(Pre2008PartialYear v) {
    return new SeveranceOptions(
        pre2008,
        v,
        averageRounding,
        abnormalMonths,
        noticePayBasis,
        backPayDecisionDay,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withAverageRounding(AverageRounding v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        v,
        abnormalMonths,
        noticePayBasis,
        backPayDecisionDay,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withAbnormalMonths(AbnormalMonths v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        averageRounding,
        v,
        noticePayBasis,
        backPayDecisionDay,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withNoticePayBasis(NoticePayBasis v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        averageRounding,
        abnormalMonths,
        v,
        backPayDecisionDay,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withBackPayDecisionDay(BackPayDecisionDay v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        averageRounding,
        abnormalMonths,
        noticePayBasis,
        v,
        window,
        overtimeInAverage);
  }

  public SeveranceOptions withWindow(Window v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        averageRounding,
        abnormalMonths,
        noticePayBasis,
        backPayDecisionDay,
        v,
        overtimeInAverage);
  }

  public SeveranceOptions withOvertimeInAverage(OvertimeInAverage v) {
    return new SeveranceOptions(
        pre2008,
        pre2008PartialYear,
        averageRounding,
        abnormalMonths,
        noticePayBasis,
        backPayDecisionDay,
        window,
        v);
  }

  /** Every option by its name in the case file, with its value, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("severance.pre2008", pre2008.name());
    m.put("severance.pre2008PartialYear", pre2008PartialYear.name());
    m.put("severance.averageRounding", averageRounding.name());
    m.put("severance.abnormalMonths", abnormalMonths.name());
    m.put("noticePay.basis", noticePayBasis.name());
    m.put("backPay.decisionDay", backPayDecisionDay.name());
    m.put("severance.window", window.name());
    m.put("severance.overtimeInAverage", overtimeInAverage.name());
    return m;
  }

  /** What each option name means, for the sheet. */
  static Note describe(String name) {
    return switch (name) {
      case "severance.pre2008" ->
          new Note("2008年前工作年限（月工资超过封顶标准时）", "pre-2008 service above the cap");
      case "severance.pre2008PartialYear" -> new Note("2008年前不满一年的部分", "a part year before 2008");
      case "severance.averageRounding" -> new Note("月平均工资的舍入点", "rounding point of the average");
      case "severance.abnormalMonths" -> new Note("非正常工作月份", "abnormal months");
      case "noticePay.basis" -> new Note("代通知金的工资标准", "wage for pay in lieu of notice");
      case "backPay.decisionDay" ->
          new Note("违法解除决定生效当日是否计发工资", "whether the decision day is paid");
      case "severance.window" -> new Note("解除或者终止前十二个月的起止", "which twelve months");
      case "severance.overtimeInAverage" ->
          new Note("加班工资是否计入月平均工资", "whether overtime pay counts in the average");
      default ->
          throw new IllegalArgumentException("option (" + name + ") is not one of severance's");
    };
  }
}
