package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.seedCase;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import org.junit.jupiter.api.Test;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.law.Instruments;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The seed case (中国劳动保障报): a payroll without the worker's signature lacked credibility; the
 * tribunal fixed the wage from the bank wage-card statement.
 */
class SeedCaseTest {

  private final WageDetermination d = OwnWageBase.determine(seedCase(), FIGURES);

  @Test
  void theWindowIsMarchToNovemberNineMonthsWorked() {
    assertThat(d.firstMonth()).isEqualTo(ym(2019, 3));
    assertThat(d.lastMonth()).isEqualTo(ym(2019, 11));
    assertThat(d.months()).hasSize(9);
    assertThat(d.monthsAveraged()).isEqualTo(9);
  }

  @Test
  void theBankStatementIsChosenEveryMonthOverTheUnsignedPayroll() {
    for (MonthRow row : d.months()) {
      assertThat(row.status()).isEqualTo(MonthRow.Status.USED);
      AssessedEvidence chosen = row.chosen().orElseThrow();
      assertThat(chosen.kind()).isEqualTo(EvidenceKind.BANK_STATEMENT);
      assertThat(chosen.credibility()).isEqualTo(Credibility.STRONG);
      assertThat(chosen.amount()).isEqualTo(yuan("6500.00"));
      assertThat(row.evidence()).hasSize(2);
      AssessedEvidence payroll = row.evidence().get(1);
      assertThat(payroll.kind()).isEqualTo(EvidenceKind.PAYROLL);
      assertThat(payroll.outcome()).isEqualTo(Outcome.LESS_CREDIBLE);
      assertThat(payroll.credibility()).isEqualTo(Credibility.WEAK);
      assertThat(payroll.recordedAmount()).isEqualTo(yuan("3500.00"));
      assertThat(payroll.reasonZh()).contains("无劳动者签字").contains("缺乏可信度");
      assertThat(payroll.citations())
          .anySatisfy(
              c -> {
                assertThat(c.instrument()).isEqualTo(Instruments.WAGE_PAYMENT_PROVISIONS);
                assertThat(c.article()).isEqualTo(6);
                assertThat(c.toChinese()).startsWith("《工资支付暂行规定》第六条");
              });
    }
  }

  @Test
  void nineMonthsOf6500AverageTo6500() {
    // 9 × 6,500.00 = 58,500.00; 58,500.00 ÷ 9 = 6,500.00.
    assertThat(d.total()).isEqualTo(yuan("58500.00"));
    assertThat(d.average()).isEqualTo(yuan("6500.00"));
    assertThat(d.basis()).isEqualTo(WageDetermination.Basis.MONTHLY_AVERAGE);
  }

  @Test
  void theAverageIsWithinTheBoundsSoNoClamp() {
    // 5,200.00 × 60 % = 3,120.00; 5,200.00 × 300 % = 15,600.00.
    assertThat(d.clamp().lower()).isEqualTo(yuan("3120.00"));
    assertThat(d.clamp().upper()).isEqualTo(yuan("15600.00"));
    assertThat(d.clamp().clamped()).isFalse();
    assertThat(d.ownWage()).isEqualTo(yuan("6500.00"));
    assertThat(d.originalWage()).isEqualTo(yuan("6500.00"));
  }

  @Test
  void theDailyWageIsTheOriginalWageOver2175() {
    // 6,500.00 ÷ 21.75 = 298.8505… → 298.85.
    assertThat(d.dailyWage()).isEqualTo(yuan("298.85"));
  }

  @Test
  void theUninsuredEmployerHasNoDeclaredBase() {
    assertThat(d.declaredContributionBase()).isEmpty();
  }

  @Test
  void warningsSayFewerThanTwelveMonthsAndNetAmountsAsRecorded() {
    assertThat(d.warnings())
        .extracting(WageWarning::code)
        .containsExactly("FEWER_THAN_TWELVE_MONTHS", "NET_AMOUNTS_AS_RECORDED");
  }

  @Test
  void citationsIncludeArticle64AndTheWagePaymentArticle() {
    assertThat(d.citations())
        .extracting(c -> c.toChinese())
        .contains(
            "《工伤保险条例》第六十四条第二款", "《工伤保险条例》第三十三条第一款", "《工资支付暂行规定》第六条第三款", "《中华人民共和国劳动合同法实施条例》第二十七条");
  }

  @Test
  void theExplanationCanBeCopiedIntoAnAward() {
    String text = d.explainZh();
    assertThat(text)
        .contains("2019年3月至2019年11月（9个月，每月）：采信银行工资卡流水（申请人证据2），6,500.00元")
        .contains("未采信：用人单位工资表（被申请人证据1），3,500.00元")
        .contains("《工资支付暂行规定》第六条第三款")
        .contains("58,500.00元")
        .contains("58,500.00 ÷ 9 = 6,500.00元")
        .contains("下限60%为3,120.00元，上限300%为15,600.00元")
        .contains("本人工资为6,500.00元")
        .contains("6,500.00 ÷ 21.75（月计薪天数） = 298.85元")
        .contains("劳社部发〔2008〕3号");
  }
}
