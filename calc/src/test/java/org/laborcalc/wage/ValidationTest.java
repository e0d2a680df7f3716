package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.START;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.wagebase.OwnWageBase;

/** Bad input is a located violation in Chinese and English; every one is reported at once. */
class ValidationTest {

  private static List<Violation> violationsOf(WageCase c) {
    return OwnWageBase.validate(c);
  }

  private static WageCase withEvidence(EvidenceItem... items) {
    return WageCase.of(INJURY, START, List.of(items));
  }

  private static final EvidenceItem GOOD = EvidenceItem.bankDeposit(ym(2019, 5), yuan("6500"));

  @Test
  void aNegativeAmountIsLocated() {
    assertThat(violationsOf(withEvidence(GOOD, EvidenceItem.bankDeposit(ym(2019, 6), yuan("-1")))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[1].amount", "NEGATIVE"));
  }

  @Test
  void anAbsurdAmountIsLocatedButTenMillionIsStillAccepted() {
    assertThat(
            violationsOf(withEvidence(EvidenceItem.bankDeposit(ym(2019, 6), yuan("10000000.01")))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[0].amount", "IMPLAUSIBLE"));
    assertThat(
            violationsOf(withEvidence(EvidenceItem.bankDeposit(ym(2019, 6), yuan("10000000.00")))))
        .isEmpty();
  }

  @Test
  void aMonthAfterTheInjuryIsLocated() {
    assertThat(violationsOf(withEvidence(EvidenceItem.bankDeposit(ym(2020, 1), yuan("6500")))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[0].month", "AFTER_INJURY"));
    // A period that runs past the injury month is located at its last month.
    assertThat(
            violationsOf(
                withEvidence(
                    EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 3), yuan("5000"))
                        .withThrough(ym(2020, 2)))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[0].through", "AFTER_INJURY"));
    // The injury month itself is allowed (it is simply outside the window).
    assertThat(violationsOf(withEvidence(EvidenceItem.bankDeposit(ym(2019, 12), yuan("6500")))))
        .isEmpty();
  }

  @Test
  void evidenceBeforeTheEmploymentStartIsLocated() {
    assertThat(violationsOf(withEvidence(EvidenceItem.bankDeposit(ym(2019, 2), yuan("6500")))))
        .extracting(Violation::path, Violation::code, Violation::messageZh)
        .containsExactly(
            tuple("evidence[0].month", "BEFORE_EMPLOYMENT", "月份（2019-02）早于入职月份（2019-03），不是本单位的工资"));
  }

  @Test
  void twoContradictoryRecordsFromTheSameSourceForOneMonthAreLocated() {
    EvidenceItem a = EvidenceItem.payroll(ym(2019, 5), yuan("3500"), false);
    EvidenceItem b = EvidenceItem.payroll(ym(2019, 5), yuan("3600"), false);
    assertThat(violationsOf(withEvidence(a, GOOD, b)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("evidence[2].amount");
              assertThat(v.code()).isEqualTo("CONTRADICTORY");
              assertThat(v.messageZh()).contains("evidence[0]").contains("2019-05");
              assertThat(v.messageEn())
                  .contains("evidence[0]")
                  .contains("3600.00")
                  .contains("3500.00");
            });
    // A period record overlapping a monthly one of the same source is caught on the shared month.
    EvidenceItem period =
        EvidenceItem.payroll(ym(2019, 3), yuan("3500"), false).withThrough(ym(2019, 11));
    assertThat(violationsOf(withEvidence(period, b)))
        .extracting(Violation::path)
        .containsExactly("evidence[1].amount");
  }

  @Test
  void recordsFromDifferentSourcesOrAgreeingOrBankDepositsAreNotContradictory() {
    EvidenceItem witnessA =
        EvidenceItem.of(EvidenceKind.WITNESS, ym(2019, 5), yuan("6000")).withSource("证人张某");
    EvidenceItem witnessB =
        EvidenceItem.of(EvidenceKind.WITNESS, ym(2019, 5), yuan("7000")).withSource("证人李某");
    EvidenceItem same = EvidenceItem.payroll(ym(2019, 5), yuan("3500"), false);
    EvidenceItem deposit2 = EvidenceItem.bankDeposit(ym(2019, 5), yuan("500"));
    assertThat(violationsOf(withEvidence(witnessA, witnessB, same, same, GOOD, deposit2)))
        .isEmpty();
  }

  @Test
  void aNonWageFlagNeedsAReason() {
    assertThat(
            violationsOf(
                withEvidence(EvidenceItem.bankDeposit(ym(2019, 5), yuan("2000")).asNonWage(" "))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[0].nonWageReason", "REQUIRED"));
  }

  @Test
  void aPeriodMustNotEndBeforeItStarts() {
    assertThat(
            violationsOf(
                withEvidence(
                    EvidenceItem.of(EvidenceKind.CONTRACT, ym(2019, 6), yuan("5000"))
                        .withThrough(ym(2019, 5)))))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("evidence[0].through", "BEFORE_MONTH"));
  }

  @Test
  void employmentMustNotStartAfterTheInjury() {
    assertThat(violationsOf(WageCase.of(INJURY, LocalDate.of(2019, 12, 19), List.of())))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("employmentStart", "AFTER_INJURY"));
  }

  @Test
  void grossingUpNeedsARateBetweenZeroAndOne() {
    WageOptions noRate =
        new WageOptions(
            ConflictPolicy.HIGHER_AMOUNT,
            GrossUpPolicy.DIVIDE_BY_NET_SHARE,
            null,
            PartialMonthPolicy.EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS);
    assertThat(violationsOf(withEvidence(GOOD).withOptions(noRate)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("options.grossUpDeductionRate", "REQUIRED"));
    WageOptions rateOne =
        WageOptions.defaults().withGrossUp(SourcedFigure.userSupplied(BigDecimal.ONE, "全部扣除"));
    assertThat(violationsOf(withEvidence(GOOD).withOptions(rateOne)))
        .extracting(Violation::code)
        .containsExactly("OUT_OF_RANGE");
  }

  @Test
  void everyProblemIsReportedAtOnceThroughDetermine() {
    WageCase c =
        withEvidence(
            EvidenceItem.bankDeposit(ym(2019, 5), yuan("-6500")),
            EvidenceItem.bankDeposit(ym(2020, 1), yuan("6500")),
            EvidenceItem.bankDeposit(ym(2019, 1), yuan("6500")),
            EvidenceItem.payroll(ym(2019, 7), yuan("3500"), false),
            EvidenceItem.payroll(ym(2019, 7), yuan("3900"), false));
    assertThatThrownBy(() -> OwnWageBase.determine(c, FIGURES))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_INPUT");
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .containsExactly(
                      "evidence[0].amount",
                      "evidence[1].month",
                      "evidence[2].month",
                      "evidence[4].amount");
              assertThat(e.messageZh()).startsWith("输入有误：evidence[0].amount: 金额");
            });
  }

  @Test
  void callerMistakesOnFiguresAreIllegalArguments() {
    assertThatThrownBy(
            () ->
                StatutoryFigures.withArticle64Percentages(
                    SourcedFigure.userSupplied(new BigDecimal("5200.001"), "x"),
                    WageFixtures.PAY_DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regionalAverageMonthlyWage (5200.001) must be");
    assertThatThrownBy(
            () ->
                StatutoryFigures.withArticle64Percentages(
                    WageFixtures.AVERAGE_5200, SourcedFigure.userSupplied(BigDecimal.ZERO, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payDaysPerMonth (0) must be");
  }
}
