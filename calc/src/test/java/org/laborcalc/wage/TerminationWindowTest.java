package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The evidence weighing over a window the caller names: the same evidence anchored on the
 * termination of the contract (《劳动合同法》第四十七条第三款, "劳动合同解除或者终止前十二个月") is taken over the twelve months
 * before the termination month, not before the injury. Every expected figure is worked by hand in
 * the comments.
 */
class TerminationWindowTest {

  private static final Citation ART_47 =
      Citation.of(Instruments.get("laodong-hetong-fa"), 47, 3)
          .withQuote("本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资");

  private static final LocalDate TERMINATION = LocalDate.of(2020, 6, 15);

  private static WageWindow terminationWindow(LocalDate date, int months) {
    return new WageWindow(WindowAnchor.TERMINATION, date, months, "经济补偿月工资", ART_47);
  }

  private static WageWindow injuryWindow() {
    return new WageWindow(WindowAnchor.INJURY, INJURY, 12, "本人工资", ART_47);
  }

  private static List<EvidenceItem> deposits(YearMonth from, YearMonth to, String amount) {
    List<EvidenceItem> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(EvidenceItem.bankDeposit(m, yuan(amount)));
    }
    return out;
  }

  /**
   * Deposits: 2019-05 8,000; 2019-06 to 2019-11 6,000 each; 2019-12 to 2020-05 7,000 each; 2020-06
   * (the termination month) 9,000. Work from 2018-01-01.
   */
  private static WageCase evidence() {
    List<EvidenceItem> e = new ArrayList<>();
    e.add(EvidenceItem.bankDeposit(ym(2019, 5), yuan("8000")));
    e.addAll(deposits(ym(2019, 6), ym(2019, 11), "6000"));
    e.addAll(deposits(ym(2019, 12), ym(2020, 5), "7000"));
    e.add(EvidenceItem.bankDeposit(ym(2020, 6), yuan("9000")));
    return WageCase.of(INJURY, LocalDate.of(2018, 1, 1), e);
  }

  @Test
  void theTwelveMonthsBeforeTheTerminationMonthAreTheWindow() {
    WageFindings f = EvidenceWeighing.weigh(evidence(), terminationWindow(TERMINATION, 12));
    // 2020-06 minus 12 months = 2019-06; the last month is 2020-05.
    assertThat(f.firstMonth()).isEqualTo(ym(2019, 6));
    assertThat(f.lastMonth()).isEqualTo(ym(2020, 5));
    assertThat(f.months()).hasSize(12);
    assertThat(f.months()).allMatch(r -> r.status() == MonthRow.Status.USED);
    // 6 × 6,000 + 6 × 7,000 = 78,000; ÷ 12 = 6,500.00.
    assertThat(f.monthsAveraged()).isEqualTo(12);
    assertThat(f.total()).isEqualTo(yuan("78000.00"));
    assertThat(f.average()).isEqualTo(yuan("6500.00"));
    assertThat(f.basis()).isEqualTo(WageDetermination.Basis.MONTHLY_AVERAGE);
    // 2019-05 is before the window and 2020-06 is the termination month.
    assertThat(f.notConsidered())
        .extracting(a -> a.items().get(0).month())
        .containsExactly(ym(2019, 5), ym(2020, 6));
    assertThat(f.notConsidered())
        .allSatisfy(
            a -> {
              assertThat(a.outcome()).isEqualTo(Outcome.OUTSIDE_WINDOW);
              assertThat(a.reasonZh()).contains("不在计算期间（2019-06至2020-05）内");
              assertThat(a.citations()).containsExactly(ART_47);
            });
    assertThat(f.windowWarnings())
        .extracting(WageWarning::code)
        .containsExactly("EVIDENCE_OUTSIDE_WINDOW");
    // Bank deposits are recorded net of deductions: the one warning about the months.
    assertThat(f.monthWarnings())
        .extracting(WageWarning::code)
        .containsExactly("NET_AMOUNTS_AS_RECORDED");
  }

  @Test
  void theSameEvidenceIsTakenOverTheTwelveMonthsBeforeWhicheverEventTheRuleNames() {
    // Deposits: 2019-05 8,000; 2019-06 to 2019-11 6,000 each; 2019-12 7,000. Work from 2018-01-01.
    List<EvidenceItem> e = new ArrayList<>();
    e.add(EvidenceItem.bankDeposit(ym(2019, 5), yuan("8000")));
    e.addAll(deposits(ym(2019, 6), ym(2019, 11), "6000"));
    e.add(EvidenceItem.bankDeposit(ym(2019, 12), yuan("7000")));
    WageCase c = WageCase.of(INJURY, LocalDate.of(2018, 1, 1), e);

    WageFindings injury = EvidenceWeighing.weigh(c, injuryWindow());
    // Injury 2019-12-18: window 2018-12 to 2019-11; 2019-12 is the injury month.
    assertThat(injury.firstMonth()).isEqualTo(ym(2018, 12));
    assertThat(injury.lastMonth()).isEqualTo(ym(2019, 11));
    // 8,000 + 6 × 6,000 = 44,000; ÷ 7 = 6,285.714… → 6,285.71.
    assertThat(injury.monthsAveraged()).isEqualTo(7);
    assertThat(injury.total()).isEqualTo(yuan("44000.00"));
    assertThat(injury.average()).isEqualTo(yuan("6285.71"));
    assertThat(injury.notConsidered())
        .extracting(a -> a.items().get(0).month())
        .containsExactly(ym(2019, 12));

    WageFindings termination = EvidenceWeighing.weigh(c, terminationWindow(TERMINATION, 12));
    // Termination 2020-06-15: window 2019-06 to 2020-05; 2019-05 falls before it.
    assertThat(termination.firstMonth()).isEqualTo(ym(2019, 6));
    assertThat(termination.lastMonth()).isEqualTo(ym(2020, 5));
    assertThat(termination.months()).hasSize(12);
    // 6 × 6,000 + 7,000 = 43,000; ÷ 7 = 6,142.857… → 6,142.86; 2020-01 to 2020-05 have none.
    assertThat(termination.monthsAveraged()).isEqualTo(7);
    assertThat(termination.total()).isEqualTo(yuan("43000.00"));
    assertThat(termination.average()).isEqualTo(yuan("6142.86"));
    assertThat(termination.notConsidered())
        .extracting(a -> a.items().get(0).month())
        .containsExactly(ym(2019, 5));
    assertThat(termination.monthWarnings())
        .filteredOn(w -> w.code().equals("MONTHS_WITHOUT_USABLE_EVIDENCE"))
        .singleElement()
        .satisfies(
            w ->
                assertThat(w.messageEn())
                    .isEqualTo(
                        "no usable evidence, left out of the average: 2020-01, 2020-02, 2020-03,"
                            + " 2020-04, 2020-05"));
  }

  @Test
  void evidenceAfterTheAnchorMonthIsRefusedWithTheAnchorsWords() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2018, 1, 1),
            List.of(EvidenceItem.bankDeposit(ym(2020, 7), yuan("7000"))));
    assertThat(EvidenceWeighing.validate(c, terminationWindow(TERMINATION, 12)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("evidence[0].month");
              assertThat(v.code()).isEqualTo("AFTER_TERMINATION");
              assertThat(v.messageEn())
                  .isEqualTo("month (2020-07) must not be after the termination month (2020-06)");
            });
  }

  @Test
  void theWindowLengthIsTheCallersInput() {
    WageFindings f = EvidenceWeighing.weigh(evidence(), terminationWindow(TERMINATION, 6));
    // 2020-06 minus 6 months = 2019-12; 6 × 7,000 ÷ 6 = 7,000.00.
    assertThat(f.firstMonth()).isEqualTo(ym(2019, 12));
    assertThat(f.months()).hasSize(6);
    assertThat(f.average()).isEqualTo(yuan("7000.00"));
  }

  @Test
  void fewerMonthsWorkedBeforeTheTerminationAreAveragedOverTheMonthsWorked() {
    WageCase c =
        WageCase.of(INJURY, LocalDate.of(2020, 1, 1), deposits(ym(2020, 1), ym(2020, 5), "7000"));
    WageFindings f = EvidenceWeighing.weigh(c, terminationWindow(TERMINATION, 12));
    // 2020-01 to 2020-05: five months, 35,000 ÷ 5 = 7,000.00.
    assertThat(f.months()).hasSize(5);
    assertThat(f.average()).isEqualTo(yuan("7000.00"));
    assertThat(f.monthWarnings())
        .filteredOn(w -> w.code().equals("FEWER_THAN_TWELVE_MONTHS"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("FEWER_THAN_TWELVE_MONTHS");
              assertThat(w.messageZh()).startsWith("劳动合同解除或者终止前工作不满12个月，按实际工作的5个月");
              assertThat(w.messageEn()).contains("before the termination");
            });
    assertThat(f.citations()).contains(WageLaw.FEWER_MONTHS);
  }

  @Test
  void aWorkerWhoStartedInTheTerminationMonthHasNoMonthToAverage() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2020, 6, 1),
            List.of(EvidenceItem.bankDeposit(ym(2020, 6), yuan("9000"))));
    assertThatThrownBy(() -> EvidenceWeighing.weigh(c, terminationWindow(TERMINATION, 12)))
        .isInstanceOfSatisfying(
            InsufficientEvidenceException.class,
            e -> {
              assertThat(e.messageZh()).startsWith("劳动者在劳动合同解除或者终止当月（2020-06）入职");
              assertThat(e.messageEn())
                  .startsWith("the worker started in the month of the termination");
            });
  }

  @Test
  void aContractWageStandingInCitesTheCallersWindowRule() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2018, 1, 1),
            List.of(EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 1), yuan("5000"))));
    WageFindings f = EvidenceWeighing.weigh(c, terminationWindow(TERMINATION, 12));
    assertThat(f.basis()).isEqualTo(WageDetermination.Basis.CONTRACT_FALLBACK);
    assertThat(f.average()).isEqualTo(yuan("5000.00"));
    AssessedEvidence used = f.contractFallback().orElseThrow();
    assertThat(used.reasonZh()).contains("劳动合同解除或者终止前12个月内没有可以认定工资的证据");
    assertThat(used.citations()).containsExactly(WageLaw.CONTRACT_WAGE, ART_47);
  }
}
