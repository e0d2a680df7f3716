package org.laborcalc.doublewage;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices the texts leave open (ARBITRATION.md §2.4), named, defaulted and echoed in the
 * result. Immutable.
 *
 * @param dayCounting whether 用工之日 itself counts towards "满一个月" and "满一年"
 * @param partMonth how a wage month the period covers only in part is paid (解释（二） art. 6)
 * @param cap where the one-year limit of 实施条例 art. 7 ends the period
 * @param wage which monthly wage the second wage is
 * @param art82Para2Cap whether the art. 82 ¶2 period is capped
 */
public record DoubleWageOptions(
    DayCounting dayCounting,
    PartMonth partMonth,
    Cap cap,
    WageBasis wage,
    Art82Para2Cap art82Para2Cap) {
  public DoubleWageOptions {
    requireNonNull(dayCounting, "dayCounting");
    requireNonNull(partMonth, "partMonth");
    requireNonNull(cap, "cap");
    requireNonNull(wage, "wage");
    requireNonNull(art82Para2Cap, "art82Para2Cap");
  }

  /** Every option at its default. */
  public static DoubleWageOptions defaults() {
    return new DoubleWageOptions(
        DayCounting.START_DAY_COUNTED,
        PartMonth.WORKDAYS_OVER_MONTH_WORKDAYS,
        Cap.LITERAL_DATES,
        WageBasis.NORMAL_WAGE_OF_THE_MONTH,
        Art82Para2Cap.NONE);
  }

  /** The options by their case-file names, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("doubleWage.dayCounting", dayCounting.name());
    m.put("doubleWage.partMonth", partMonth.name());
    m.put("doubleWage.cap", cap.name());
    m.put("doubleWage.wage", wage.name());
    m.put("doubleWage.art82_2Cap", art82Para2Cap.name());
    return m;
  }

  public DoubleWageOptions withDayCounting(DayCounting v) {
    return new DoubleWageOptions(v, partMonth, cap, wage, art82Para2Cap);
  }

  public DoubleWageOptions withPartMonth(PartMonth v) {
    return new DoubleWageOptions(dayCounting, v, cap, wage, art82Para2Cap);
  }

  public DoubleWageOptions withCap(Cap v) {
    return new DoubleWageOptions(dayCounting, partMonth, v, wage, art82Para2Cap);
  }

  public DoubleWageOptions withWage(WageBasis v) {
    return new DoubleWageOptions(dayCounting, partMonth, cap, v, art82Para2Cap);
  }

  public DoubleWageOptions withArt82Para2Cap(Art82Para2Cap v) {
    return new DoubleWageOptions(dayCounting, partMonth, cap, wage, v);
  }

  /** "满一个月", "满一年" counted from 用工之日: the texts do not say whether that day counts [U]. */
  public enum DayCounting {
    /**
     * Default, common practice: 用工之日 is the first day counted; 用工 2023-03-01 is 满一个月 on 2023-03-31,
     * the period starts 2023-04-01.
     */
    START_DAY_COUNTED,
    /**
     * The first day is not counted (民法典 art. 201, not held in texts/ [S]): it starts 2023-04-02.
     */
    CIVIL_CODE_201
  }

  /** 解释（二） art. 6: "不满一个月的，按该月实际工作日计算" gives no divisor [U]. */
  public enum PartMonth {
    /**
     * Default: the month's wage × working days covered ÷ the month's working days, the only reading
     * under which a part month covering every working day is a full month.
     */
    WORKDAYS_OVER_MONTH_WORKDAYS,
    /** The month's wage ÷ 21.75 (wage.payDaysPerMonth) × working days covered. */
    WORKDAYS_OVER_21_75,
    /** The month's wage × calendar days covered ÷ the month's days: awards before 解释（二）. */
    CALENDAR_DAYS_OVER_MONTH_DAYS
  }

  /** 实施条例 art. 7 ends at "满一年的前一日", eleven months less a day; practice says 11 months [U]. */
  public enum Cap {
    /** Default: the literal dates of art. 7. */
    LITERAL_DATES,
    /** Eleven full months from the day after 满一个月. */
    ELEVEN_FULL_MONTHS
  }

  /** Which wage is doubled: the texts say "二倍的工资" only [U]. */
  public enum WageBasis {
    /** Default: the wage payable for normal working time in that month. */
    NORMAL_WAGE_OF_THE_MONTH,
    /** The month's wage payable, overtime pay included. */
    WAGE_PAYABLE_INCLUDING_OVERTIME,
    /** The monthly wage of the agreement, every month alike. */
    AGREED_WAGE
  }

  /** Art. 82 ¶2 has no cap in its text [P]; some practice caps it like ¶1 [U]. */
  public enum Art82Para2Cap {
    /** Default: no cap, from the due day to the end. */
    NONE,
    /** At most eleven months from the due day. */
    ELEVEN_MONTHS
  }
}
