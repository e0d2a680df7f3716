package org.laborcalc.employment;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthsAndDays;

/**
 * One part of the service with an employer that one body of rules governs: the service before
 * 2008-01-01, whose 经济补偿 follows "当时有关规定" (《劳动合同法》第九十七条第三款), or the service from then, under art.
 * 47. Immutable.
 *
 * @param range the days of the segment, half-open
 * @param era which rules govern it
 * @param length its length in whole calendar months and days ({@link MonthsAndDays#between})
 */
public record ServiceSegment(DateRange range, Era era, MonthsAndDays length) {

  /** Which rules govern a segment of service. */
  public enum Era {
    /** Before 2008-01-01: the rules then in force (劳动合同法第九十七条第三款). */
    BEFORE_2008("2008年1月1日前", "before 2008-01-01"),
    /** From 2008-01-01, when the 劳动合同法 took effect (art. 98). */
    FROM_2008("2008年1月1日起", "from 2008-01-01");

    private final String labelZh;
    private final String labelEn;

    Era(String labelZh, String labelEn) {
      this.labelZh = labelZh;
      this.labelEn = labelEn;
    }

    public String labelZh() {
      return labelZh;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * The months remaining beyond whole years from which a part year counts as a year: "六个月以上不满一年的，
   * 按一年计算" (劳动合同法第四十七条第一款), 以上 including six.
   */
  public static final int PART_YEAR_COUNTS_FROM_MONTHS = 6;

  public ServiceSegment {
    requireNonNull(range, "range");
    requireNonNull(era, "era");
    requireNonNull(length, "length");
  }

  /** Whole years of the segment. */
  public int years() {
    return length.months() / 12;
  }

  /** Whole months beyond the whole years. */
  public int monthsBeyondYears() {
    return length.months() % 12;
  }

  /** Days beyond the whole months. */
  public int days() {
    return length.days();
  }

  /** True when the segment is longer than its whole years. */
  public boolean hasPartYear() {
    return monthsBeyondYears() > 0 || days() > 0;
  }

  /**
   * The months of wage art. 47 ¶1 gives for this length: one a full year; a remainder of six months
   * or more counts one more; any shorter remainder half a month ("不满六个月的，向劳动者支付半个月工资").
   */
  public BigDecimal statutoryMonths() {
    BigDecimal whole = BigDecimal.valueOf(years());
    if (monthsBeyondYears() >= PART_YEAR_COUNTS_FROM_MONTHS) {
      return whole.add(BigDecimal.ONE);
    }
    return hasPartYear() ? whole.add(HALF) : whole;
  }

  /** {@code 2年11个月28天}. */
  public String lengthZh() {
    return years() + "年" + monthsBeyondYears() + "个月" + days() + "天";
  }

  /** {@code 2 years 11 months 28 days}. */
  public String lengthEn() {
    return years() + " years " + monthsBeyondYears() + " months " + days() + " days";
  }
}
