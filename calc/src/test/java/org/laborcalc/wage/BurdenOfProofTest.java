package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.START;
import static org.laborcalc.wage.WageFixtures.seedMonths;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The employer holds the wage records: ordered to produce them, it did not, so the worker's account
 * is accepted (劳动争议调解仲裁法第六条、第三十九条第二款; 证据规定第九十五条). Without the order, a party's own statement cannot
 * stand alone (证据规定第九十条).
 */
class BurdenOfProofTest {

  private static final EvidenceItem STATEMENT_7000 =
      EvidenceItem.of(EvidenceKind.WORKER_STATEMENT, ym(2019, 3), yuan("7000"))
          .withThrough(ym(2019, 11))
          .withId("仲裁申请书");

  private static List<EvidenceItem> unsignedPayrollAndStatement() {
    List<EvidenceItem> evidence = new ArrayList<>();
    for (var m : seedMonths()) {
      evidence.add(EvidenceItem.payroll(m, yuan("3500"), false));
    }
    evidence.add(STATEMENT_7000);
    return evidence;
  }

  @Test
  void employerOrderedToProduceRecordsAndDidNotSoTheWorkersWageIsAccepted() {
    WageCase c =
        WageCase.of(INJURY, START, unsignedPayrollAndStatement())
            .withProcedure(ProceduralFacts.employerWithheldRecords("2020年5月10日举证通知书"));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);

    for (MonthRow row : d.months()) {
      AssessedEvidence chosen = row.chosen().orElseThrow();
      assertThat(chosen.kind()).isEqualTo(EvidenceKind.WORKER_STATEMENT);
      assertThat(chosen.credibility()).isEqualTo(Credibility.STRONG);
      assertThat(chosen.amount()).isEqualTo(yuan("7000.00"));
      assertThat(chosen.reasonZh()).contains("2020年5月10日举证通知书").contains("不利后果");
      assertThat(chosen.citations())
          .extracting(Citation::toChinese)
          .contains(
              "《中华人民共和国劳动争议调解仲裁法》第六条", "《中华人民共和国劳动争议调解仲裁法》第三十九条第二款", "《最高人民法院关于民事诉讼证据的若干规定》第九十五条");
    }
    // 9 × 7,000.00 = 63,000.00; ÷ 9 = 7,000.00; within 3,120.00–15,600.00.
    assertThat(d.average()).isEqualTo(yuan("7000.00"));
    assertThat(d.ownWage()).isEqualTo(yuan("7000.00"));
    assertThat(d.warnings()).extracting(WageWarning::code).contains("ADVERSE_INFERENCE_APPLIED");
  }

  @Test
  void withoutTheOrderTheWorkersStatementCannotStandAloneAndTheUnsignedPayrollIsAllThereIs() {
    WageDetermination d =
        OwnWageBase.determine(WageCase.of(INJURY, START, unsignedPayrollAndStatement()), FIGURES);
    MonthRow march = d.months().get(0);
    AssessedEvidence chosen = march.chosen().orElseThrow();
    assertThat(chosen.kind()).isEqualTo(EvidenceKind.PAYROLL);
    assertThat(chosen.credibility()).isEqualTo(Credibility.WEAK);
    AssessedEvidence statement = march.evidence().get(1);
    assertThat(statement.kind()).isEqualTo(EvidenceKind.WORKER_STATEMENT);
    assertThat(statement.credibility()).isEqualTo(Credibility.INSUFFICIENT_ALONE);
    assertThat(statement.outcome()).isEqualTo(Outcome.LESS_CREDIBLE);
    assertThat(statement.citations()).contains(WageLaw.PARTY_STATEMENT);
    assertThat(d.average()).isEqualTo(yuan("3500.00"));
    assertThat(d.warnings()).extracting(WageWarning::code).contains("WEAK_BASIS");
  }

  @Test
  void anOrderTheEmployerCompliedWithLeavesTheStatementUnsupported() {
    WageCase c =
        WageCase.of(INJURY, START, List.of(STATEMENT_7000))
            .withProcedure(new ProceduralFacts(ProceduralFacts.ProductionOrder.COMPLIED, ""));
    assertThatThrownBy(() -> OwnWageBase.determine(c, FIGURES))
        .isInstanceOf(InsufficientEvidenceException.class);
  }

  @Test
  void theWorkersStatementAloneIsInsufficientAndTheErrorSaysWhatWouldSuffice() {
    WageCase c = WageCase.of(INJURY, START, List.of(STATEMENT_7000));
    assertThatThrownBy(() -> OwnWageBase.determine(c, FIGURES))
        .isInstanceOfSatisfying(
            InsufficientEvidenceException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INSUFFICIENT_EVIDENCE");
              assertThat(e.firstMonth()).isEqualTo(ym(2019, 3));
              assertThat(e.lastMonth()).isEqualTo(ym(2019, 11));
              assertThat(e.messageZh())
                  .contains("银行工资卡流水")
                  .contains("劳动者签字的工资表")
                  .contains("劳动合同约定的工资")
                  .contains("第九十五条")
                  .contains("仅有劳动者陈述而无其他证据的月份条目9项");
              assertThat(e.messageEn()).contains("would suffice");
            });
  }

  @Test
  void theStatementAloneIsAcceptedOnceTheEmployerWithheldItsRecords() {
    WageCase c =
        WageCase.of(INJURY, START, List.of(STATEMENT_7000))
            .withProcedure(ProceduralFacts.employerWithheldRecords(""));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    assertThat(d.average()).isEqualTo(yuan("7000.00"));
    assertThat(d.citations())
        .anySatisfy(
            c2 -> {
              assertThat(c2.instrument()).isEqualTo(Instruments.CIVIL_EVIDENCE_PROVISIONS);
              assertThat(c2.article()).isEqualTo(95);
            });
  }

  @Test
  void aBankStatementStillOutranksTheWithheldRecordsInferenceOnlyByPolicy() {
    // Both strong: the default policy takes the higher amount, and the month is flagged.
    List<EvidenceItem> evidence = new ArrayList<>();
    for (var m : seedMonths()) {
      evidence.add(EvidenceItem.bankDeposit(m, yuan("6500")));
    }
    evidence.add(STATEMENT_7000);
    WageCase c =
        WageCase.of(INJURY, START, evidence)
            .withProcedure(ProceduralFacts.employerWithheldRecords(""));
    WageDetermination higher = OwnWageBase.determine(c, FIGURES);
    assertThat(higher.average()).isEqualTo(yuan("7000.00"));
    assertThat(higher.months().get(0).evidence().get(1).outcome())
        .isEqualTo(Outcome.OUTWEIGHED_BY_POLICY);
    assertThat(higher.warnings())
        .extracting(WageWarning::code)
        .contains("CONFLICT_SETTLED_BY_POLICY");

    WageDetermination lower =
        OwnWageBase.determine(
            c.withOptions(WageOptions.defaults().withConflictPolicy(ConflictPolicy.LOWER_AMOUNT)),
            FIGURES);
    assertThat(lower.average()).isEqualTo(yuan("6500.00"));
  }
}
