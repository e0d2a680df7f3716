package org.laborcalc.limitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.laborcalc.limitation.InterruptionKind.CLAIM_AGAINST_OTHER_PARTY;
import static org.laborcalc.limitation.InterruptionKind.OTHER_PARTY_AGREED_TO_PERFORM;
import static org.laborcalc.limitation.InterruptionKind.REQUEST_FOR_RELIEF;
import static org.laborcalc.limitation.SuspensionCause.FORCE_MAJEURE;
import static org.laborcalc.limitation.SuspensionCause.OTHER_JUSTIFIED_REASON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;

/**
 * The worked examples TL-1..TL-5 of ARBITRATION.md §2.8, computed by hand from 劳动争议调解仲裁法 art. 27.
 * By default the deadline is the anniversary (the texts held state no rest-day rule); the option
 * {@link LastDayRule#NEXT_WORKING_DAY} moves a last day on a rest day to the next working day, as
 * the digest's TL-1 and TL-3 do.
 */
class LimitationTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static List<String> cited(LimitationResult r) {
    return r.citations().stream().map(Citation::toString).toList();
  }

  @Test
  void tl1_aDismissalRunsOneYearToTheSameDayOfTheNextYear() {
    LimitationResult r =
        Limitation.of(d("2024-03-15")).withLastDayRule(LastDayRule.NEXT_WORKING_DAY).result();
    assertThat(r.accrual()).contains(d("2024-03-15"));
    // 2025-03-15 is a Saturday → Monday 2025-03-17.
    assertThat(r.deadline()).contains(d("2025-03-17"));
    assertThat(r.status()).isEmpty();
    assertThat(cited(r)).containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶1", "劳动人事争议仲裁办案规则 art. 19 ¶2");
    LimitationResult plain = Limitation.of(d("2024-03-15")).result();
    assertThat(plain.deadline()).contains(d("2025-03-15"));
    assertThat(cited(plain)).containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶1");
  }

  @Test
  void tl2_aComplaintToLabourInspectionRestartsAFullYear() {
    LimitationResult r =
        Limitation.of(d("2024-03-15")).interruptedOn(d("2024-12-02"), REQUEST_FOR_RELIEF).result();
    assertThat(r.accrual()).contains(d("2024-03-15"));
    assertThat(r.deadline()).contains(d("2025-12-02"));
    assertThat(cited(r))
        .containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶1", "中华人民共和国劳动争议调解仲裁法 art. 27 ¶2");
  }

  @Test
  void tl3_aSuspensionTakesItsNinetyTwoDaysOutOfThePeriod() {
    // 2024-06-01..08-31 = 30 + 31 + 31 = 92 days; 2024-03-15 + 92 days = 2024-06-15 (16 days to
    // 03-31, 30 to 04-30, 31 to 05-31, 15 in June); one year on: 2025-06-15, a Sunday → 2025-06-16.
    LimitationResult r =
        Limitation.of(d("2024-03-15"))
            .suspended(d("2024-06-01"), d("2024-08-31"), FORCE_MAJEURE)
            .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
            .result();
    assertThat(r.deadline()).contains(d("2025-06-16"));
    assertThat(cited(r))
        .containsExactly(
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶1",
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶3",
            "劳动人事争议仲裁办案规则 art. 19 ¶2");
  }

  @Test
  void tl4_arrearsRunFromTheEndOfTheEmployment() {
    LimitationResult r =
        Limitation.ofArrearsEndedOn(d("2024-03-15"))
            .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
            .assess(d("2024-10-08"));
    assertThat(r.accrual()).contains(d("2024-03-15"));
    assertThat(r.deadline()).contains(d("2025-03-17"));
    assertThat(r.status()).contains(LimitationStatus.WITHIN);
    assertThat(cited(r)).containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶4", "劳动人事争议仲裁办案规则 art. 19 ¶2");
  }

  @Test
  void tl4_arrearsClaimedDuringTheEmploymentHaveNoLimit() {
    LimitationResult r = Limitation.ofArrearsWhileEmployed().assess(d("2030-01-01"));
    assertThat(r.status()).contains(LimitationStatus.NO_LIMIT_WHILE_EMPLOYED);
    assertThat(r.accrual()).isEmpty();
    assertThat(r.deadline()).isEmpty();
    assertThat(cited(r)).containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶4");
  }

  @ParameterizedTest(name = "TL-5: second wage due {0}, deadline {1}, filed 2023-09-20: {2}")
  @CsvSource({
    // PER_MONTH: July 2022's second wage is due with the July wage on 2022-08-10
    "2022-08-10, 2023-08-10, EXPIRED_IF_RAISED",
    // August 2022's: the 10th was a Saturday, paid 2022-09-09 (工资支付暂行规定 art. 7); 2023-09-09
    // is a Saturday → 2023-09-11, still before the filing
    "2022-09-09, 2023-09-11, EXPIRED_IF_RAISED",
    "2022-10-10, 2023-10-10, WITHIN",
    // FROM_END_OF_VIOLATION: the day after the last double-wage day
    "2023-05-31, 2024-05-31, WITHIN",
  })
  void tl5_doubleWageMonths(LocalDate due, LocalDate deadline, LimitationStatus status) {
    LimitationResult r =
        Limitation.of(due).withLastDayRule(LastDayRule.NEXT_WORKING_DAY).assess(d("2023-09-20"));
    assertThat(r.deadline()).contains(deadline);
    assertThat(r.filed()).contains(d("2023-09-20"));
    assertThat(r.status()).contains(status);
  }

  @Test
  void filedOnTheDeadlineIsWithinAndTheDayAfterIsExpiredIfRaised() {
    Limitation l = Limitation.of(d("2024-03-15")).withLastDayRule(LastDayRule.NEXT_WORKING_DAY);
    assertThat(l.assess(d("2025-03-17")).status()).contains(LimitationStatus.WITHIN);
    LimitationResult late = l.assess(d("2025-03-18"));
    assertThat(late.status()).contains(LimitationStatus.EXPIRED_IF_RAISED);
    assertThat(cited(late))
        .containsExactly(
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶1",
            "劳动人事争议仲裁办案规则 art. 19 ¶2",
            "最高人民法院关于审理劳动争议案件适用法律问题的解释（二） art. 20 ¶1");
  }

  @Test
  void anInterruptionOnTheLastDayStillRestartsButOneAfterItDoesNotReviveTheLimit() {
    // the last day is Monday 2025-03-17; restarted then, one year on is 2026-03-17 (a Tuesday)
    Limitation l = Limitation.of(d("2024-03-15")).withLastDayRule(LastDayRule.NEXT_WORKING_DAY);
    assertThat(l.interruptedOn(d("2025-03-17"), CLAIM_AGAINST_OTHER_PARTY).result().deadline())
        .contains(d("2026-03-17"));
    LimitationResult late =
        l.interruptedOn(d("2025-03-18"), OTHER_PARTY_AGREED_TO_PERFORM).result();
    assertThat(late.deadline()).contains(d("2025-03-17"));
    assertThat(cited(late))
        .containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶1", "劳动人事争议仲裁办案规则 art. 19 ¶2");
  }

  @Test
  void theLatestInterruptionGovernsWhateverOrderTheyAreGiven() {
    LimitationResult r =
        Limitation.of(d("2024-03-15"))
            .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
            .interruptedOn(d("2025-02-01"), CLAIM_AGAINST_OTHER_PARTY)
            .interruptedOn(d("2024-06-01"), REQUEST_FOR_RELIEF)
            .result();
    // 2026-02-01 is a Sunday → 2026-02-02
    assertThat(r.deadline()).contains(d("2026-02-02"));
  }

  @Test
  void aSuspensionAfterAnInterruptionMovesTheRestartedYear() {
    // restart 2024-12-02; suspended 2025-01-10..01-19 = 10 days → start 2024-12-12 → 2025-12-12
    LimitationResult r =
        Limitation.of(d("2024-03-15"))
            .interruptedOn(d("2024-12-02"), REQUEST_FOR_RELIEF)
            .suspended(d("2025-01-10"), d("2025-01-19"), OTHER_JUSTIFIED_REASON)
            .result();
    assertThat(r.deadline()).contains(d("2025-12-12"));
    assertThat(cited(r))
        .containsExactly(
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶1",
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶2",
            "中华人民共和国劳动争议调解仲裁法 art. 27 ¶3");
  }

  @Test
  void aSuspensionBeginningAfterTheLimitRanOutChangesNothing() {
    LimitationResult r =
        Limitation.of(d("2024-03-15"))
            .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
            .suspended(d("2025-03-18"), d("2025-05-01"), FORCE_MAJEURE)
            .result();
    assertThat(r.deadline()).contains(d("2025-03-17"));
    assertThat(cited(r)).containsExactly("中华人民共和国劳动争议调解仲裁法 art. 27 ¶1", "劳动人事争议仲裁办案规则 art. 19 ¶2");
  }

  private static Violation violation(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.messageZh()).isNotBlank();
    assertThat(v.messageEn()).isNotBlank();
    return v;
  }

  @Test
  void anInterruptionBeforeTheKnownDateIsRefusedWhereItIs() {
    Violation v =
        violation(
            () ->
                Limitation.of(d("2024-03-15"))
                    .interruptedOn(d("2024-06-01"), REQUEST_FOR_RELIEF)
                    .interruptedOn(d("2024-03-14"), REQUEST_FOR_RELIEF));
    assertThat(v.path()).isEqualTo("interruptions[1].date");
    assertThat(v.code()).isEqualTo("BEFORE_ACCRUAL");
    assertThat(v.messageEn())
        .isEqualTo("event date (2024-03-14) must not be before the accrual date (2024-03-15)");
    assertThat(v.messageZh()).isEqualTo("事由发生日（2024-03-14）不得早于时效起算日（2024-03-15）");
  }

  @Test
  void aFilingBeforeTheKnownDateIsRefused() {
    Violation v = violation(() -> Limitation.of(d("2024-03-15")).assess(d("2024-03-01")));
    assertThat(v.path()).isEqualTo("filed");
    assertThat(v.code()).isEqualTo("BEFORE_ACCRUAL");
    assertThat(v.messageEn())
        .isEqualTo("filing date (2024-03-01) must not be before the accrual date (2024-03-15)");
    assertThat(v.messageZh()).isEqualTo("申请仲裁日（2024-03-01）不得早于时效起算日（2024-03-15）");
  }

  @Test
  void aFilingBeforeAListedEventIsRefused() {
    Violation v =
        violation(
            () ->
                Limitation.of(d("2024-03-15"))
                    .interruptedOn(d("2024-12-02"), REQUEST_FOR_RELIEF)
                    .assess(d("2024-11-30")));
    assertThat(v.path()).isEqualTo("filed");
    assertThat(v.code()).isEqualTo("BEFORE_EVENT");
  }

  @Test
  void aSuspensionEndingBeforeItStartsOrOverlappingAnotherIsRefused() {
    Limitation l = Limitation.of(d("2024-03-15"));
    Violation backwards =
        violation(() -> l.suspended(d("2024-06-01"), d("2024-05-31"), FORCE_MAJEURE));
    assertThat(backwards.path()).isEqualTo("suspensions[0].to");
    assertThat(backwards.code()).isEqualTo("BEFORE_START");
    Violation overlap =
        violation(
            () ->
                l.suspended(d("2024-06-01"), d("2024-06-30"), FORCE_MAJEURE)
                    .suspended(d("2024-06-30"), d("2024-07-10"), OTHER_JUSTIFIED_REASON));
    assertThat(overlap.path()).isEqualTo("suspensions[1].from");
    assertThat(overlap.code()).isEqualTo("OVERLAP");
  }

  @Test
  void anAccrualBeforeTheLawTookEffectIsNotGuessed() {
    Violation v = violation(() -> Limitation.of(d("2008-04-30")));
    assertThat(v.path()).isEqualTo("known");
    assertThat(v.code()).isEqualTo("NOT_MODELLED");
    // 2009-05-01..03 were the Labour Day holiday (Fri-Sun) → Monday 2009-05-04
    assertThat(Limitation.of(d("2008-05-01")).result().deadline()).contains(d("2009-05-01"));
    assertThat(
            Limitation.of(d("2008-05-01"))
                .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
                .result()
                .deadline())
        .contains(d("2009-05-04"));
  }

  @Test
  void aLastDayInAYearTheCalendarDoesNotHoldIsRefusedAtTheAccrual() {
    Violation v =
        violation(
            () ->
                Limitation.of(d("2040-03-15"))
                    .withLastDayRule(LastDayRule.NEXT_WORKING_DAY)
                    .result());
    assertThat(v.path()).isEqualTo("known");
    assertThat(Limitation.of(d("2040-03-15")).result().deadline()).contains(d("2041-03-15"));
  }

  @Test
  void arrearsWhileEmployedCannotBeInterrupted() {
    Violation v =
        violation(
            () ->
                Limitation.ofArrearsWhileEmployed()
                    .interruptedOn(d("2024-01-01"), REQUEST_FOR_RELIEF));
    assertThat(v.code()).isEqualTo("NO_LIMIT_RUNS");
  }
}
