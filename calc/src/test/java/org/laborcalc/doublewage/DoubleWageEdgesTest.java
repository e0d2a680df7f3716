package org.laborcalc.doublewage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.LineValue;

/**
 * Both sides of every edge of the period, by hand: the first month (signing on 满一个月 and on the day
 * after), the one-year limit, the findings of 解释（二） art. 7, the 2008 start, art. 82 ¶2 and a year
 * the calendar does not hold. Expected amounts are worked in each test's comment.
 */
class DoubleWageEdgesTest {
  private static final Parameters P = BundledPacks.parameters();
  private static final Money WAGE = Money.parse("6000.00");

  private static DoubleWageCase.Builder march2023() {
    return DoubleWageCase.builder()
        .in(Region.of("110000"))
        .employedFrom(LocalDate.of(2023, 3, 1))
        .wage(YearMonth.of(2023, 3), YearMonth.of(2024, 3), WAGE);
  }

  private static DoubleWageResult run(DoubleWageCase c) {
    return run(c, DoubleWageOptions.defaults());
  }

  private static DoubleWageResult run(DoubleWageCase c, DoubleWageOptions o) {
    return DoubleWageCalculation.INSTANCE.compute(new DoubleWageCalculation.Input(c, o), P);
  }

  private static String total(DoubleWageResult r) {
    return r.total().toString();
  }

  /** 用工 2023-03-01: 满一个月 is 2023-03-31; signing that day or the next leaves no period. */
  @Test
  void signingOnTheLastDayOfTheFirstMonthOrTheDayAfterOwesNothing() {
    for (LocalDate signed : new LocalDate[] {LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1)}) {
      DoubleWageResult r = run(march2023().signedOn(signed).build());
      assertThat(r.periodFrom()).as(signed.toString()).isNull();
      assertThat(r.lines())
          .extracting(DoubleWageLine::code)
          .containsExactly(DoubleWageLine.NOT_DUE);
      assertThat(r.lines().get(0).citations())
          .extracting(Citation::toChinese)
          .contains("《中华人民共和国劳动合同法》第十条第二款");
      assertThat(total(r)).isEqualTo("0.00");
    }
  }

  /**
   * Signed 2023-04-04: period 2023-04-01..04-03, one working day (Monday 04-03; 1–2 a weekend).
   * April 2023 has 20 working days (20 weekdays − 清明 04-05 + 补班 Sunday 04-23): 6,000.00 × 1 ÷ 20 =
   * 300.00.
   */
  @Test
  void signingTwoDaysLaterOwesThoseDaysWorkingDays() {
    DoubleWageResult r = run(march2023().signedOn(LocalDate.of(2023, 4, 4)).build());
    assertThat(r.periodFrom()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(r.periodTo()).isEqualTo(LocalDate.of(2023, 4, 3));
    assertThat(r.lines().get(0).workingDays()).isEqualTo(1);
    assertThat(total(r)).isEqualTo("300.00");
  }

  /** Signed on the last day of a month: the month is whole; the next day starts nothing. */
  @Test
  void aMonthEndingTheDayBeforeSigningIsWhole() {
    DoubleWageResult r = run(march2023().signedOn(LocalDate.of(2023, 5, 1)).build());
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).workingDays()).isNull();
    assertThat(total(r)).isEqualTo("6000.00");
  }

  /**
   * Signed the day 满一年 (2024-02-29): the period ends the day before either way, so the signing is
   * named; no deemed contract. Signed a day later: the one-year limit ends it and the contract is
   * deemed open-ended on 2024-02-29. Both: April 2023–January 2024 10 × 6,000.00 + February 1–28
   * (February 2024 has 18 working days: 21 weekdays − 春节 02-12..16 + 补班 Sunday 02-04 and Sunday
   * 02-18; 02-01..28 counts all but Thursday 29 → 17) 6,000.00 × 17 ÷ 18 = 5,666.67 → 65,666.67.
   */
  @Test
  void theOneYearLimitAndTheDeemedContractOnBothSidesOfTheYear() {
    DoubleWageResult onTheDay = run(march2023().signedOn(LocalDate.of(2024, 2, 29)).build());
    assertThat(onTheDay.periodEndReason()).isEqualTo(DoubleWageResult.PeriodEnd.SIGNED);
    assertThat(onTheDay.lines())
        .extracting(DoubleWageLine::code)
        .doesNotContain(DoubleWageLine.DEEMED_OPEN_ENDED);
    assertThat(total(onTheDay)).isEqualTo("65666.67");
    DoubleWageResult after = run(march2023().signedOn(LocalDate.of(2024, 3, 1)).build());
    assertThat(after.periodEndReason()).isEqualTo(DoubleWageResult.PeriodEnd.ONE_YEAR_LIMIT);
    DoubleWageLine deemed = after.lines().get(after.lines().size() - 1);
    assertThat(deemed.code()).isEqualTo(DoubleWageLine.DEEMED_OPEN_ENDED);
    assertThat(((LineValue.OnDate) deemed.value()).date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(total(after)).isEqualTo("65666.67");
    assertThat(after.lines().stream().filter(l -> l.month() != null)).hasSize(11);
  }

  /**
   * DW-1's facts with the worker's own fault found from 2023-04-10 (解释（二） art. 7 (二)): only
   * 2023-04-01..09 count, working days 3, 4, 6, 7 (05 清明) = 4 of 20: 6,000.00 × 4 ÷ 20 = 1,200.00.
   */
  @Test
  void theWorkersOwnFaultExcludesItsDaysAndIsCited() {
    DoubleWageCase c =
        march2023()
            .signedOn(LocalDate.of(2023, 9, 15))
            .finding(
                new DoubleWageCase.Finding(
                    DoubleWageCase.FindingKind.WORKER_FAULT,
                    LocalDate.of(2023, 4, 10),
                    LocalDate.of(2023, 12, 31),
                    "劳动者拒绝签订"))
            .build();
    DoubleWageResult r = run(c);
    assertThat(total(r)).isEqualTo("1200.00");
    assertThat(r.lines()).hasSize(1);
    assertThat(r.lines().get(0).citations())
        .extracting(Citation::toChinese)
        .contains("《最高人民法院关于审理劳动争议案件适用法律问题的解释（二）》第七条第一款第（二）项");
    assertThat(r.exclusions()).hasSize(1);
    assertThat(r.exclusions().get(0).to()).isEqualTo(LocalDate.of(2023, 9, 14));
  }

  /**
   * 用工 2005-05-01, signed 2008-03-15: the month runs from 2008-01-01 (art. 97 ¶2), period
   * 2008-02-01..03-14. February 2008 whole: 4,000.00; March 1–14: working days 3–7, 10–14 = 10 of
   * 21 (March 2008 has no holiday): 4,000.00 × 10 ÷ 21 = 1,904.76 → 5,904.76.
   */
  @Test
  void aRelationshipOfBefore2008CountsItsMonthFromTheLaw() {
    DoubleWageCase c =
        DoubleWageCase.builder()
            .in(Region.of("110000"))
            .employedFrom(LocalDate.of(2005, 5, 1))
            .signedOn(LocalDate.of(2008, 3, 15))
            .wage(YearMonth.of(2008, 1), YearMonth.of(2008, 3), Money.parse("4000.00"))
            .build();
    DoubleWageResult r = run(c);
    assertThat(r.periodFrom()).isEqualTo(LocalDate.of(2008, 2, 1));
    assertThat(total(r)).isEqualTo("5904.76");
    assertThat(r.lines().get(0).citations())
        .extracting(Citation::toChinese)
        .contains("《中华人民共和国劳动合同法》第九十七条第二款");
  }

  /**
   * Art. 82 ¶2: due 2024-01-01 after two fixed terms, the worker asked; employment ended
   * 2024-03-31: 3 × 6,000.00 = 18,000.00. Had the worker proposed a fixed term, none was due.
   */
  @Test
  void refusingADueOpenEndedContractOwesFromTheDueDay() {
    DoubleWageCase.OpenEndedDue due =
        new DoubleWageCase.OpenEndedDue(
            LocalDate.of(2024, 1, 1), DoubleWageCase.OpenEndedGround.TWO_FIXED_TERMS, true, false);
    DoubleWageCase.Builder b =
        DoubleWageCase.builder()
            .in(Region.of("110000"))
            .employedFrom(LocalDate.of(2018, 1, 1))
            .employedUntil(LocalDate.of(2024, 3, 31))
            .wage(YearMonth.of(2024, 1), YearMonth.of(2024, 3), WAGE);
    DoubleWageResult r = run(b.openEndedDue(due).build());
    assertThat(total(r)).isEqualTo("18000.00");
    assertThat(r.lines().get(0).citations())
        .extracting(Citation::toChinese)
        .containsExactly("《中华人民共和国劳动合同法》第八十二条第二款", "《中华人民共和国劳动合同法》第十四条第二款第（三）项");
    DoubleWageResult fixed =
        run(
            b.openEndedDue(new DoubleWageCase.OpenEndedDue(due.dueOn(), due.ground(), true, true))
                .build());
    assertThat(total(fixed)).isEqualTo("0.00");
    assertThat(fixed.lines().get(0).code()).isEqualTo(DoubleWageLine.NOT_DUE);
  }

  /**
   * A part month in a year without a State Council notice is located at the field that reaches it.
   */
  @Test
  void aPartMonthInAYearTheCalendarDoesNotHoldIsALocatedError() {
    DoubleWageCase c =
        DoubleWageCase.builder()
            .in(Region.of("110000"))
            .employedFrom(LocalDate.of(2031, 3, 1))
            .signedOn(LocalDate.of(2031, 9, 15))
            .wage(YearMonth.of(2031, 3), YearMonth.of(2031, 9), WAGE)
            .build();
    assertThatThrownBy(() -> run(c))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "case.signedOn", "CALENDAR_YEAR_MISSING")));
  }
}
