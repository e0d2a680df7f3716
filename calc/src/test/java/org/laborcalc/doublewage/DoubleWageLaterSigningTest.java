package org.laborcalc.doublewage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.LineValue;

/**
 * The shrunk sample of {@code DoubleWageProperties.aLaterSigningNeverOwesLess}: 用工 2009-01-02,
 * Beijing, 7,300.00 a month, signed 2009-12-31 against 2010-01-01, worked by hand.
 *
 * <p>Period (start day counted, literal dates of 实施条例 art. 7): 满一个月 is 2009-02-01, so the period
 * starts 2009-02-02 (art. 6 ¶2 "满一个月的次日"); 满一年 is 2010-01-01, so the limit is 2009-12-31
 * ("满一年的前一日"). Signed 2009-12-31 → the period ends 2009-12-30 ("补订书面劳动合同的前一日"); signed 2010-01-01
 * (元旦, a statutory holiday — a signing day, not a day of the period) → it ends 2009-12-31 on both
 * the signing and the one-year limit.
 *
 * <p>Calendar (org.laborcalc.calendar, 国办 notice for 2009): February 2009 has 20 weekdays plus the
 * 补班 Sunday 02-01 = 21 working days; the period's 02-02..02-28 holds 20 of them. December 2009 has
 * no holiday: 23 working days (Tue 1 .. Thu 31); 12-01..12-30 holds 22. March–November are whole.
 */
class DoubleWageLaterSigningTest {
  private static final Parameters P = BundledPacks.parameters();
  private static final Money WAGE = Money.parse("7300.00");

  private static DoubleWageResult run(LocalDate signed, DoubleWageOptions o) {
    DoubleWageCase c =
        DoubleWageCase.builder()
            .in(Region.of("110000"))
            .employedFrom(LocalDate.of(2009, 1, 2))
            .signedOn(signed)
            .wage(YearMonth.of(2009, 1), YearMonth.of(2011, 3), WAGE)
            .build();
    return DoubleWageCalculation.INSTANCE.compute(new DoubleWageCalculation.Input(c, o), P);
  }

  private static List<String> amounts(DoubleWageResult r) {
    return r.lines().stream()
        .map(l -> ((LineValue.OneTime) l.value()).amount().toString())
        .toList();
  }

  private static final DoubleWageOptions OVER_21_75 =
      DoubleWageOptions.defaults().withPartMonth(DoubleWageOptions.PartMonth.WORKDAYS_OVER_21_75);

  /**
   * Part months ÷ 21.75 (劳社部发〔2008〕3号 月计薪天数, option index 2 of the property):
   *
   * <ul>
   *   <li>February: 7,300.00 ÷ 21.75 × 20 = 146,000 ÷ 21.75 = 6,712.6436… → 6,712.64
   *   <li>March–November: 9 × 7,300.00 = 65,700.00
   *   <li>December, signed 12-31 (part, 22 working days): 7,300.00 ÷ 21.75 × 22 = 160,600 ÷ 21.75 =
   *       7,383.9080… → 7,383.91; signed 01-01 (whole month, 解释（二） art. 6 "按月计算"): 7,300.00
   * </ul>
   *
   * Totals: 6,712.64 + 65,700.00 + 7,383.91 = 79,796.55 against 6,712.64 + 65,700.00 + 7,300.00 =
   * 79,712.64 — the later signing owes 83.91 less. 解释（二） art. 6 prices a whole month at the month's
   * wage and a part month "按该月实际工作日"; read with 21.75 paid days a month, 22 working days are more
   * than a month's wage and nothing in the text caps them at it. The drop is the option's reading
   * of the text, not an error of the period or of the calendar.
   */
  @Test
  void overTwentyOnePointSevenFiveTheLaterSigningOwesLess() {
    DoubleWageResult early = run(LocalDate.of(2009, 12, 31), OVER_21_75);
    DoubleWageResult late = run(LocalDate.of(2010, 1, 1), OVER_21_75);
    assertThat(early.periodFrom()).isEqualTo(LocalDate.of(2009, 2, 2));
    assertThat(early.periodTo()).isEqualTo(LocalDate.of(2009, 12, 30));
    assertThat(late.periodTo()).isEqualTo(LocalDate.of(2009, 12, 31));
    assertThat(early.lines().get(0).workingDays()).isEqualTo(20);
    assertThat(early.lines().get(10).workingDays()).isEqualTo(22);
    assertThat(amounts(early).get(0)).isEqualTo("6712.64");
    assertThat(amounts(early).get(10)).isEqualTo("7383.91");
    assertThat(amounts(late).get(10)).isEqualTo("7300.00");
    assertThat(early.total()).isEqualTo(Money.parse("79796.55"));
    assertThat(late.total()).isEqualTo(Money.parse("79712.64"));
  }

  /**
   * Default part month (working days covered ÷ the month's working days):
   *
   * <ul>
   *   <li>February: 7,300.00 × 20 ÷ 21 = 6,952.3809… → 6,952.38
   *   <li>March–November: 65,700.00
   *   <li>December, signed 12-31: 7,300.00 × 22 ÷ 23 = 6,982.6086… → 6,982.61; signed 01-01:
   *       7,300.00
   * </ul>
   *
   * Totals 79,634.99 and 79,952.38: here the later signing owes more.
   */
  @Test
  void overTheMonthsWorkingDaysTheLaterSigningOwesMore() {
    DoubleWageResult early = run(LocalDate.of(2009, 12, 31), DoubleWageOptions.defaults());
    DoubleWageResult late = run(LocalDate.of(2010, 1, 1), DoubleWageOptions.defaults());
    assertThat(amounts(early).get(0)).isEqualTo("6952.38");
    assertThat(amounts(early).get(10)).isEqualTo("6982.61");
    assertThat(early.total()).isEqualTo(Money.parse("79634.99"));
    assertThat(late.total()).isEqualTo(Money.parse("79952.38"));
  }
}
