package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.law.Verification;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/** The credibility ranking, conflicts, non-wage deposits, net amounts and the declared base. */
class EvidenceRulesTest {

  /** One complete month worked: November 2019. */
  private static final LocalDate NOV_1 = LocalDate.of(2019, 11, 1);

  private static EvidenceItem item(
      String kind, String amount, boolean signed, boolean employerPaid) {
    return EvidenceItem.of(EvidenceKind.valueOf(kind), ym(2019, 11), yuan(amount))
        .withSignedByWorker(signed)
        .withPayerIsEmployer(employerPaid)
        .withSource(kind + signed + employerPaid);
  }

  private static AssessedEvidence chosenFor(EvidenceItem... items) {
    WageDetermination d =
        OwnWageBase.determine(WageCase.of(INJURY, NOV_1, List.of(items)), FIGURES);
    return d.months().get(0).chosen().orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1} alone is {2}")
  @CsvSource({
    "BANK_STATEMENT,     'employer payer',  STRONG",
    "BANK_STATEMENT,     'other payer',     DOCUMENTARY",
    "TAX_RECORD,         '',                STRONG",
    "PAYROLL,            signed,            STRONG",
    "PAYROLL,            unsigned,          WEAK",
    "PAY_SLIP,           '',                DOCUMENTARY",
    "CONTRACT,           '',                AGREED",
    "EMPLOYER_ADMISSION, '',                STRONG",
    "WITNESS,            '',                TESTIMONY",
  })
  void eachKindHasItsDocumentedCredibility(String kind, String attribute, Credibility expected) {
    EvidenceItem i =
        item(kind, "6000", attribute.equals("signed"), !attribute.equals("other payer"));
    AssessedEvidence chosen = chosenFor(i);
    assertThat(chosen.credibility()).isEqualTo(expected);
    assertThat(chosen.citations()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} {1} beats {2} {3}")
  @CsvSource({
    "TAX_RECORD,     '',        PAY_SLIP,       ''",
    "PAYROLL,        signed,    PAYROLL,        unsigned",
    "BANK_STATEMENT, employer,  BANK_STATEMENT, 'other payer'",
    "PAY_SLIP,       '',        CONTRACT,       ''",
    "CONTRACT,       '',        WITNESS,        ''",
    "WITNESS,        '',        PAYROLL,        unsigned",
    "PAYROLL,        unsigned,  WORKER_STATEMENT, ''",
  })
  void theMoreCredibleIsChosenWhateverTheAmounts(
      String strongKind, String strongAttr, String weakKind, String weakAttr) {
    EvidenceItem strong =
        item(strongKind, "4000", strongAttr.equals("signed"), !strongAttr.equals("other payer"));
    EvidenceItem weak =
        item(weakKind, "9000", weakAttr.equals("signed"), !weakAttr.equals("other payer"));
    AssessedEvidence chosen = chosenFor(weak, strong);
    assertThat(chosen.amount()).isEqualTo(yuan("4000.00"));
    assertThat(chosen.kind()).isEqualTo(EvidenceKind.valueOf(strongKind));
  }

  @Test
  void twoStrongRecordsThatDisagreeAreSettledByThePolicy() {
    EvidenceItem bank = EvidenceItem.bankDeposit(ym(2019, 11), yuan("6500"));
    EvidenceItem tax = EvidenceItem.of(EvidenceKind.TAX_RECORD, ym(2019, 11), yuan("7200"));
    WageCase c = WageCase.of(INJURY, NOV_1, List.of(bank, tax));
    WageDetermination higher = OwnWageBase.determine(c, FIGURES);
    assertThat(higher.average()).isEqualTo(yuan("7200.00"));
    MonthRow row = higher.months().get(0);
    assertThat(row.evidence().get(1).outcome()).isEqualTo(Outcome.OUTWEIGHED_BY_POLICY);
    assertThat(row.evidence().get(1).citations()).contains(WageLaw.EMPLOYER_HOLDS_EVIDENCE);
    assertThat(higher.warnings())
        .extracting(WageWarning::code)
        .contains("CONFLICT_SETTLED_BY_POLICY");

    assertThat(
            OwnWageBase.determine(
                    c.withOptions(
                        WageOptions.defaults().withConflictPolicy(ConflictPolicy.LOWER_AMOUNT)),
                    FIGURES)
                .average())
        .isEqualTo(yuan("6500.00"));
    // The fixed order puts the tax record before the bank statement.
    assertThat(
            OwnWageBase.determine(
                    c.withOptions(
                        WageOptions.defaults().withConflictPolicy(ConflictPolicy.PREFERENCE_ORDER)),
                    FIGURES)
                .months()
                .get(0)
                .chosen()
                .orElseThrow()
                .kind())
        .isEqualTo(EvidenceKind.TAX_RECORD);
  }

  @Test
  void agreeingEvidenceCorroboratesAndRaisesNoConflict() {
    EvidenceItem bank = EvidenceItem.bankDeposit(ym(2019, 11), yuan("6500"));
    EvidenceItem slip = EvidenceItem.of(EvidenceKind.PAY_SLIP, ym(2019, 11), yuan("6500"));
    WageDetermination d =
        OwnWageBase.determine(WageCase.of(INJURY, NOV_1, List.of(slip, bank)), FIGURES);
    assertThat(d.months().get(0).evidence().get(1).outcome()).isEqualTo(Outcome.CORROBORATES);
    assertThat(d.warnings())
        .extracting(WageWarning::code)
        .doesNotContain("CONFLICT_SETTLED_BY_POLICY");
    assertThat(d.explainZh()).contains("印证：工资条");
  }

  @Test
  void depositsInOneMonthAddUpAndNonWageDepositsAreExcluded() {
    // 4,000.00 + 2,500.00 = 6,500.00; the 1,800.00 travel reimbursement is not wage.
    List<EvidenceItem> evidence =
        List.of(
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("4000")),
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("2500")),
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("1800")).asNonWage("差旅费报销"));
    WageDetermination d = OwnWageBase.determine(WageCase.of(INJURY, NOV_1, evidence), FIGURES);
    MonthRow row = d.months().get(0);
    AssessedEvidence chosen = row.chosen().orElseThrow();
    assertThat(chosen.items()).hasSize(2);
    assertThat(chosen.amount()).isEqualTo(yuan("6500.00"));
    AssessedEvidence excluded = row.evidence().get(1);
    assertThat(excluded.outcome()).isEqualTo(Outcome.NON_WAGE);
    assertThat(excluded.reasonZh()).contains("差旅费报销");
    assertThat(excluded.citations()).contains(WageLaw.NOT_WAGE);
    assertThat(d.average()).isEqualTo(yuan("6500.00"));
  }

  @Test
  void netAmountsAreGrossedUpOnlyWhenAskedWithASourcedRate() {
    // 6,500.00 ÷ (1 − 0.105) = 7,262.5698… → 7,262.57.
    SourcedFigure rate = SourcedFigure.userSupplied(new BigDecimal("0.105"), "个人缴纳社会保险费比例（申请人主张）");
    WageCase c =
        WageCase.of(INJURY, NOV_1, List.of(EvidenceItem.bankDeposit(ym(2019, 11), yuan("6500"))))
            .withOptions(WageOptions.defaults().withGrossUp(rate));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    AssessedEvidence chosen = d.months().get(0).chosen().orElseThrow();
    assertThat(chosen.recordedAmount()).isEqualTo(yuan("6500.00"));
    assertThat(chosen.amount()).isEqualTo(yuan("7262.57"));
    assertThat(chosen.adjustmentZh()).contains("6,500.00 ÷ (1 − 0.105) = 7,262.57");
    assertThat(d.average()).isEqualTo(yuan("7262.57"));
    assertThat(d.warnings())
        .extracting(WageWarning::code)
        .contains("GROSSED_UP", "FIGURE_NOT_PRIMARY")
        .doesNotContain("NET_AMOUNTS_AS_RECORDED");
  }

  @Test
  void aGrossRecordIsNotGrossedUp() {
    SourcedFigure rate = SourcedFigure.userSupplied(new BigDecimal("0.105"), "扣除比例");
    WageCase c =
        WageCase.of(
                INJURY,
                NOV_1,
                List.of(EvidenceItem.of(EvidenceKind.TAX_RECORD, ym(2019, 11), yuan("7000"))))
            .withOptions(WageOptions.defaults().withGrossUp(rate));
    assertThat(OwnWageBase.determine(c, FIGURES).average()).isEqualTo(yuan("7000.00"));
  }

  @Test
  void theDeclaredContributionBaseIsKeptApartFromTheWage() {
    List<EvidenceItem> evidence =
        List.of(
            EvidenceItem.bankDeposit(ym(2019, 10), yuan("6500")),
            EvidenceItem.bankDeposit(ym(2019, 11), yuan("6500")),
            EvidenceItem.of(EvidenceKind.SOCIAL_INSURANCE_BASE, ym(2019, 10), yuan("3000"))
                .withThrough(ym(2019, 11)));
    WageDetermination d =
        OwnWageBase.determine(WageCase.of(INJURY, LocalDate.of(2019, 10, 1), evidence), FIGURES);
    assertThat(d.average()).isEqualTo(yuan("6500.00"));
    assertThat(d.ownWage()).isEqualTo(yuan("6500.00"));
    assertThat(d.declaredContributionBase()).contains(yuan("3000.00"));
    assertThat(d.declaredBaseMonths()).isEqualTo(2);
    // The declared 3,000.00 is below the floor 3,120.00.
    assertThat(d.declaredBaseClamp().orElseThrow().result()).isEqualTo(yuan("3120.00"));
    assertThat(d.months().get(0).evidence().get(1).outcome()).isEqualTo(Outcome.CONTRIBUTION_BASE);
    assertThat(d.warnings()).extracting(WageWarning::code).contains("CONTRIBUTION_BASE_DIFFERS");
  }

  @Test
  void figuresNotCheckedAgainstAPrimaryTextAreFlagged() {
    StatutoryFigures figures =
        StatutoryFigures.withArticle64Percentages(
            new SourcedFigure(
                new BigDecimal("5200"), "某市2018年度职工月平均工资", List.of(), Verification.SECONDARY),
            WageFixtures.PAY_DAYS);
    WageDetermination d =
        OwnWageBase.determine(
            WageCase.of(
                INJURY, NOV_1, List.of(EvidenceItem.bankDeposit(ym(2019, 11), yuan("6500")))),
            figures);
    assertThat(d.warnings())
        .filteredOn(w -> w.code().equals("FIGURE_NOT_PRIMARY"))
        .singleElement()
        .satisfies(w -> assertThat(w.messageZh()).contains("某市2018年度职工月平均工资").contains("二手资料"));
  }
}
