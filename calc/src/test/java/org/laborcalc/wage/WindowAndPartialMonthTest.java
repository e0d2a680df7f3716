package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.START;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The window is the twelve complete months before the injury month (《工伤保险条例》第六十四条第二款); fewer months
 * worked: the months actually worked; an incomplete first month by the named policy; no usable
 * month: the contract wage, else insufficient evidence.
 */
class WindowAndPartialMonthTest {

  private static List<EvidenceItem> deposits(YearMonth from, YearMonth to, String amount) {
    List<EvidenceItem> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(EvidenceItem.bankDeposit(m, yuan(amount)));
    }
    return out;
  }

  @Test
  void twoYearsWorkedOnlyTheTwelveMonthsBeforeTheInjuryMonthCount() {
    List<EvidenceItem> evidence = new ArrayList<>(deposits(ym(2018, 6), ym(2018, 11), "5000"));
    evidence.addAll(deposits(ym(2018, 12), ym(2019, 11), "6000"));
    evidence.add(EvidenceItem.bankDeposit(ym(2019, 12), yuan("3000")));
    WageDetermination d =
        OwnWageBase.determine(WageCase.of(INJURY, LocalDate.of(2018, 1, 1), evidence), FIGURES);

    assertThat(d.firstMonth()).isEqualTo(ym(2018, 12));
    assertThat(d.lastMonth()).isEqualTo(ym(2019, 11));
    assertThat(d.months()).hasSize(12);
    // 12 × 6,000.00 = 72,000.00; ÷ 12 = 6,000.00.
    assertThat(d.total()).isEqualTo(yuan("72000.00"));
    assertThat(d.average()).isEqualTo(yuan("6000.00"));
    // Six months before the window and the injury month itself.
    assertThat(d.notConsidered()).hasSize(7).allMatch(a -> a.outcome() == Outcome.OUTSIDE_WINDOW);
    assertThat(d.warnings())
        .extracting(WageWarning::code)
        .contains("EVIDENCE_OUTSIDE_WINDOW")
        .doesNotContain("FEWER_THAN_TWELVE_MONTHS");
  }

  @Test
  void monthsAveragedAreThoseWithUsableEvidence() {
    // Eight months of 6,500 and November with no evidence: 52,000.00 ÷ 8 = 6,500.00.
    WageDetermination d =
        OwnWageBase.determine(
            WageCase.of(INJURY, START, deposits(ym(2019, 3), ym(2019, 10), "6500")), FIGURES);
    assertThat(d.months()).hasSize(9);
    assertThat(d.months().get(8).status()).isEqualTo(MonthRow.Status.NO_USABLE_EVIDENCE);
    assertThat(d.monthsAveraged()).isEqualTo(8);
    assertThat(d.average()).isEqualTo(yuan("6500.00"));
    assertThat(d.warnings())
        .extracting(WageWarning::code)
        .contains("MONTHS_WITHOUT_USABLE_EVIDENCE");
  }

  @Test
  void unevenMonthsAverageToTheFenHalfUp() {
    // 6,000.00 + 6,000.00 + 6,000.01 = 18,000.01; ÷ 3 = 6,000.00333… → 6,000.00.
    // 6,000.00 + 6,000.01 + 6,000.01 = 18,000.02; ÷ 3 = 6,000.00666… → 6,000.01.
    LocalDate start = LocalDate.of(2019, 9, 1);
    List<EvidenceItem> a =
        List.of(
            EvidenceItem.bankDeposit(ym(2019, 9), yuan("6000.00")),
            EvidenceItem.bankDeposit(ym(2019, 10), yuan("6000.00")),
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("6000.01")));
    List<EvidenceItem> b =
        List.of(
            EvidenceItem.bankDeposit(ym(2019, 9), yuan("6000.00")),
            EvidenceItem.bankDeposit(ym(2019, 10), yuan("6000.01")),
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("6000.01")));
    assertThat(OwnWageBase.determine(WageCase.of(INJURY, start, a), FIGURES).average())
        .isEqualTo(yuan("6000.00"));
    assertThat(OwnWageBase.determine(WageCase.of(INJURY, start, b), FIGURES).average())
        .isEqualTo(yuan("6000.01"));
  }

  private static WageCase startedOnMarch16() {
    // March: 16 days worked (16th to 31st), paid 3,250.00; April to November: 6,500.00 a month.
    List<EvidenceItem> evidence = new ArrayList<>();
    evidence.add(EvidenceItem.bankDeposit(ym(2019, 3), yuan("3250")));
    evidence.addAll(deposits(ym(2019, 4), ym(2019, 11), "6500"));
    return WageCase.of(INJURY, LocalDate.of(2019, 3, 16), evidence);
  }

  @Test
  void anIncompleteFirstMonthIsLeftOutWhenACompleteMonthExistsByDefault() {
    WageDetermination d = OwnWageBase.determine(startedOnMarch16(), FIGURES);
    MonthRow march = d.months().get(0);
    assertThat(march.complete()).isFalse();
    assertThat(march.daysWorked()).isEqualTo(16);
    assertThat(march.status()).isEqualTo(MonthRow.Status.EXCLUDED_INCOMPLETE);
    // 8 × 6,500.00 = 52,000.00; ÷ 8 = 6,500.00.
    assertThat(d.monthsAveraged()).isEqualTo(8);
    assertThat(d.average()).isEqualTo(yuan("6500.00"));
    assertThat(d.warnings()).extracting(WageWarning::code).contains("INCOMPLETE_MONTH_EXCLUDED");
  }

  @Test
  void proRatingScalesTheIncompleteMonthByCalendarDays() {
    WageCase c =
        startedOnMarch16()
            .withOptions(
                WageOptions.defaults().withPartialMonthPolicy(PartialMonthPolicy.PRO_RATE));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    AssessedEvidence march = d.months().get(0).chosen().orElseThrow();
    // 3,250.00 × 31 ÷ 16 = 6,296.875 → 6,296.88.
    assertThat(march.recordedAmount()).isEqualTo(yuan("3250.00"));
    assertThat(march.amount()).isEqualTo(yuan("6296.88"));
    assertThat(march.adjustmentZh()).contains("3,250.00 × 31 ÷ 16 = 6,296.88");
    // 6,296.88 + 8 × 6,500.00 = 58,296.88; ÷ 9 = 6,477.4311… → 6,477.43.
    assertThat(d.total()).isEqualTo(yuan("58296.88"));
    assertThat(d.average()).isEqualTo(yuan("6477.43"));
    assertThat(d.warnings()).extracting(WageWarning::code).contains("INCOMPLETE_MONTH_PRO_RATED");
  }

  @Test
  void aStatedMonthlyRateIsNotProRated() {
    // The contract's agreed 6,000.00 a month is a rate: the incomplete March counts it whole.
    WageCase c =
        WageCase.of(
                INJURY,
                LocalDate.of(2019, 11, 16),
                List.of(EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 11), yuan("6000"))))
            .withOptions(
                WageOptions.defaults().withPartialMonthPolicy(PartialMonthPolicy.PRO_RATE));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    assertThat(d.months().get(0).chosen().orElseThrow().amount()).isEqualTo(yuan("6000.00"));
    assertThat(d.average()).isEqualTo(yuan("6000.00"));
  }

  @Test
  void withOnlyAnIncompleteMonthItIsProRatedEvenByDefault() {
    // Started 2019-11-16: 15 days of November's 30, paid 3,000.00: 3,000.00 × 30 ÷ 15 = 6,000.00.
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2019, 11, 16),
            List.of(EvidenceItem.bankDeposit(ym(2019, 11), yuan("3000"))));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    assertThat(d.months()).hasSize(1);
    assertThat(d.months().get(0).daysWorked()).isEqualTo(15);
    assertThat(d.months().get(0).status()).isEqualTo(MonthRow.Status.USED);
    assertThat(d.average()).isEqualTo(yuan("6000.00"));
    assertThat(d.warnings()).extracting(WageWarning::code).contains("INCOMPLETE_MONTH_PRO_RATED");
  }

  @Test
  void startedInTheInjuryMonthTheContractWageStandsIn() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2019, 12, 2),
            List.of(
                EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 12), yuan("5000")).withId("劳动合同"),
                EvidenceItem.bankDeposit(ym(2019, 12), yuan("2000"))));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    assertThat(d.months()).isEmpty();
    assertThat(d.basis()).isEqualTo(WageDetermination.Basis.CONTRACT_FALLBACK);
    assertThat(d.contractFallback().orElseThrow().labelZh()).isEqualTo("劳动合同约定工资（劳动合同）");
    assertThat(d.average()).isEqualTo(yuan("5000.00"));
    assertThat(d.ownWage()).isEqualTo(yuan("5000.00"));
    assertThat(d.originalWage()).isEqualTo(yuan("5000.00"));
    assertThat(d.monthsAveraged()).isZero();
    assertThat(d.warnings()).extracting(WageWarning::code).contains("CONTRACT_FALLBACK");
    assertThat(d.explainZh()).contains("劳动者于受伤当月入职").contains("5,000.00元作为月平均工资");
  }

  @Test
  void startedInTheInjuryMonthWithoutAContractIsInsufficientEvidence() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2019, 12, 2),
            List.of(EvidenceItem.bankDeposit(ym(2019, 12), yuan("2000"))));
    assertThatThrownBy(() -> OwnWageBase.determine(c, FIGURES))
        .isInstanceOfSatisfying(
            InsufficientEvidenceException.class,
            e -> {
              assertThat(e.messageZh()).contains("受伤当月").contains("劳动合同约定的月工资");
              assertThat(e.lastMonth()).isBefore(e.firstMonth());
            });
  }

  @Test
  void noEvidenceAtAllIsInsufficientEvidence() {
    assertThatThrownBy(() -> OwnWageBase.determine(WageCase.of(INJURY, START, List.of()), FIGURES))
        .isInstanceOf(InsufficientEvidenceException.class)
        .hasMessageContaining("2019-03")
        .hasMessageContaining("2019-11");
  }

  @Test
  void aContractCoveringTheWindowFixesMonthsWithoutOtherEvidenceAndIsFlaggedWeak() {
    List<EvidenceItem> evidence = new ArrayList<>(deposits(ym(2019, 3), ym(2019, 8), "6500"));
    evidence.add(
        EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 3), yuan("5000"))
            .withThrough(ym(2019, 11)));
    WageDetermination d = OwnWageBase.determine(WageCase.of(INJURY, START, evidence), FIGURES);
    // 6 × 6,500.00 + 3 × 5,000.00 = 54,000.00; ÷ 9 = 6,000.00.
    assertThat(d.total()).isEqualTo(yuan("54000.00"));
    assertThat(d.average()).isEqualTo(yuan("6000.00"));
    assertThat(d.months().get(8).chosen().orElseThrow().credibility())
        .isEqualTo(Credibility.AGREED);
    assertThat(d.warnings()).extracting(WageWarning::code).contains("WEAK_BASIS");
  }
}
