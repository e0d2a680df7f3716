package org.laborcalc.doublewage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.LineValue;

/** The laws of the double wage, over starts 2009–2024 and signings up to two years later. */
class DoubleWageProperties {
  private static final Parameters P = BundledPacks.parameters();

  private static DoubleWageCase unsigned(int startDay, Money wage) {
    LocalDate start = LocalDate.of(2009, 1, 1).plusDays(startDay);
    return DoubleWageCase.builder()
        .in(Region.of("110000"))
        .employedFrom(start)
        .wage(YearMonth.from(start), YearMonth.from(start).plusMonths(26), wage)
        .build();
  }

  private static DoubleWageCase signed(DoubleWageCase c, int after) {
    return new DoubleWageCase(
        c.region(),
        c.ground(),
        c.employmentStart(),
        null,
        c.employmentStart().plusDays(after),
        null,
        null,
        null,
        c.wages(),
        null,
        null,
        List.of());
  }

  private static DoubleWageResult run(DoubleWageCase c, DoubleWageOptions o) {
    return DoubleWageCalculation.INSTANCE.compute(new DoubleWageCalculation.Input(c, o), P);
  }

  private static DoubleWageOptions options(int i) {
    DoubleWageOptions o = DoubleWageOptions.defaults();
    return o.withDayCounting(DoubleWageOptions.DayCounting.values()[i % 2])
        .withPartMonth(DoubleWageOptions.PartMonth.values()[(i / 2) % 3])
        .withCap(DoubleWageOptions.Cap.values()[(i / 6) % 2]);
  }

  @Property(tries = 300)
  void thePeriodIsNeverLongerThanElevenMonthsAndTotalsAreTheSumOfTheLines(
      @ForAll @IntRange(min = 0, max = 5800) int startDay,
      @ForAll @IntRange(min = 0, max = 730) int signedAfter,
      @ForAll @IntRange(min = 0, max = 11) int option) {
    DoubleWageCase c = signed(unsigned(startDay, Money.parse("5000.00")), signedAfter);
    DoubleWageResult r = run(c, options(option));
    if (r.periodFrom() != null) {
      // The period's bound as the cap option defines it: the day before 满一年 under the literal
      // dates of 实施条例 art. 7, eleven full months from the period's start under
      // ELEVEN_FULL_MONTHS. (Eleven months from the start is not the literal bound: a start on
      // 29–31
      // January makes the period begin on 28 February, and the day before 满一年 then falls on the
      // eleventh month's 28th.)
      LocalDate bound =
          r.options().cap() == DoubleWageOptions.Cap.LITERAL_DATES
              ? c.employmentStart().plusYears(1)
              : r.periodFrom().plusMonths(11);
      assertThat(r.periodTo()).isBefore(bound);
    }
    Money sum = Money.ZERO;
    long months = 0;
    for (DoubleWageLine l : r.lines()) {
      if (l.value() instanceof LineValue.OneTime one) {
        sum = sum.plus(one.amount());
        assertThat(l.formula().evaluate()).isEqualTo(one.amount());
        months += l.month() == null ? 0 : 1;
      }
    }
    assertThat(months).isLessThanOrEqualTo(12);
    assertThat(r.total()).isEqualTo(sum);
  }

  /**
   * A later signing never owes less — except what a part month priced ÷ 21.75 held above a whole
   * month. 解释（二） art. 6 prices a whole month at the month's wage ("按月计算") and a part month
   * "按该月实际工作日"; under {@code WORKDAYS_OVER_21_75} a part month of 22 or more working days is more
   * than the month's wage, and a later signing that completes that month loses the excess
   * (DoubleWageLaterSigningTest: 79,796.55 against 79,712.64). Under the other part-month readings
   * the excess is always zero and the law is plain monotonicity.
   */
  @Property(tries = 200)
  void aLaterSigningNeverOwesLess(
      @ForAll @IntRange(min = 0, max = 5800) int startDay,
      @ForAll @IntRange(min = 0, max = 400) int signedAfter,
      @ForAll @IntRange(min = 1, max = 40) int later,
      @ForAll @IntRange(min = 0, max = 11) int option) {
    Money wage = Money.parse("7300.00");
    DoubleWageCase c = unsigned(startDay, wage);
    DoubleWageOptions o = options(option);
    DoubleWageResult early = run(signed(c, signedAfter), o);
    Money late = run(signed(c, signedAfter + later), o).total();
    Money excess = Money.ZERO;
    if (o.partMonth() == DoubleWageOptions.PartMonth.WORKDAYS_OVER_21_75) {
      for (DoubleWageLine l : early.lines()) {
        if (l.code().equals(DoubleWageLine.SECOND_WAGE)) {
          excess = ((LineValue.OneTime) l.value()).amount().minus(wage).max(Money.ZERO);
        }
      }
    }
    assertThat(late.compareTo(early.total().minus(excess))).isGreaterThanOrEqualTo(0);
  }

  /** A part month that covers every working day of its month is the month's wage. */
  @Property(tries = 200)
  void aPartMonthCoveringEveryWorkingDayIsAWholeMonth(
      @ForAll @IntRange(min = 0, max = 180) int month) {
    YearMonth m = YearMonth.of(2010, 1).plusMonths(month);
    LocalDate lastWorkday = m.atEndOfMonth();
    while (org.laborcalc.calendar.HolidayCalendar.national().day(lastWorkday).isWorkday()
        == false) {
      lastWorkday = lastWorkday.minusDays(1);
    }
    DoubleWageCase c =
        DoubleWageCase.builder()
            .in(Region.of("110000"))
            .employedFrom(m.minusMonths(1).atDay(1))
            .signedOn(lastWorkday.plusDays(1))
            .wage(m.minusMonths(1), m, Money.parse("6543.21"))
            .build();
    assertThat(run(c, DoubleWageOptions.defaults()).total()).isEqualTo(Money.parse("6543.21"));
  }

  /** Validation is empty exactly when the computation succeeds, for valid and broken cases. */
  @Property(tries = 200)
  void validateIsEmptyExactlyWhenComputeSucceeds(
      @ForAll @IntRange(min = -400, max = 5800) int startDay,
      @ForAll @IntRange(min = -400, max = 900) int signedAfter,
      @ForAll @IntRange(min = 0, max = 30) int wageMonths,
      @ForAll @IntRange(min = 0, max = 11) int option) {
    LocalDate start = LocalDate.of(2009, 1, 1).plusDays(startDay);
    DoubleWageCase c =
        new DoubleWageCase(
            Region.of("110000"),
            DoubleWageCase.Ground.NO_WRITTEN_CONTRACT,
            start,
            null,
            signedAfter % 7 == 0 ? null : start.plusDays(signedAfter),
            null,
            null,
            null,
            DoubleWageCase.builder()
                .in(Region.of("110000"))
                .employedFrom(start)
                .wage(
                    YearMonth.from(start),
                    YearMonth.from(start).plusMonths(wageMonths),
                    Money.parse("3000.00"))
                .build()
                .wages(),
            null,
            null,
            List.of());
    DoubleWageCalculation.Input in = new DoubleWageCalculation.Input(c, options(option));
    List<Violation> vs = DoubleWageCalculation.INSTANCE.validate(in, P);
    boolean computed;
    try {
      DoubleWageCalculation.INSTANCE.compute(in, P);
      computed = true;
    } catch (InvalidInputException e) {
      computed = false;
      assertThat(e.violations()).isEqualTo(vs);
    }
    assertThat(vs.isEmpty()).isEqualTo(computed);
  }
}
