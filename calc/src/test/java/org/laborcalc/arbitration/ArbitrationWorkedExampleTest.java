package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;

/**
 * AR-1, examples/cases/arbitration/ar-1-dismissal-notice-double-wage.json: DW-2's worker
 * (ARBITRATION.md §2.4: 用工 2022-06-01, never signed, 5,000.00 a month, wages due on the 10th of the
 * next month), dismissed under 劳动合同法 art. 40 (三) on 2023-08-31, applying on 2023-09-20 (TL-5's
 * date) for 经济补偿, the double wage and 代通知金 (the August 2023 wage standard 5,000.00, 实施条例 art. 20).
 * Figures: the bundled Beijing minimum wage (SECONDARY: 2,320.00 to 2023-08-31, 2,420.00 from
 * 2023-09-01); the file's 2022 city average 10,000.00 (illustrative, USER_SUPPLIED).
 */
class ArbitrationWorkedExampleTest {
  private static final Path FILE =
      Path.of("../examples/cases/arbitration/ar-1-dismissal-notice-double-wage.json");

  private static ArbitrationResult result() throws Exception {
    Outcome o = LaborCalc.withBundledParameters().compute(Files.readAllBytes(FILE));
    assertThat(o.violations()).isEmpty();
    assertThat(o.kind()).isEqualTo("arbitration");
    return o.result(ArbitrationResult.class);
  }

  @Test
  void severanceIsOneAndAHalfMonthsOfTheAverage() throws Exception {
    // Service 2022-06-01..2023-08-31 = 1 year 3 months: the 3 months are under six, so half a
    // month (劳动合同法 art. 47 ¶1) → 1.5 months. Average of the 12 months before the termination
    // month, every one 5,000.00 → 5,000.00, above the 2,320.00 floor, below 3 × 10,000.00.
    // N = 1.5 × 5,000.00 = 7,500.00.
    ClaimResult n = result().claim("c1").orElseThrow();
    assertThat(n.status()).isEqualTo(ClaimStatus.COMPUTED);
    assertThat(n.amount()).isEqualTo(Money.parse("7500.00"));
    // Accrual: the termination date 2023-08-31; deadline 2024-08-31 (art. 27 ¶1); filed
    // 2023-09-20 → within.
    assertThat(n.limitation()).contains(LimitationStatus.WITHIN);
    assertThat(n.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2024-08-31");
    assertThat(n.amountIfLimitationRaised()).isEqualTo(Money.parse("7500.00"));
  }

  @Test
  void theDoubleWageIsDw2AndItsFirstTwoMonthsAreOutOfTime() throws Exception {
    // DW-2: period 2022-07-01..2023-05-30; July 2022–April 2023 10 × 5,000.00 = 50,000.00; May
    // 2023 20 of 21 working days: 5,000.00 × 20 ÷ 21 = 4,761.90 → 54,761.90.
    ClaimResult dw = result().claim("c2").orElseThrow();
    assertThat(dw.status()).isEqualTo(ClaimStatus.COMPUTED);
    assertThat(dw.amount()).isEqualTo(Money.parse("54761.90"));
    // TL-5 (PER_MONTH): July 2022's second wage due 2022-08-10 → deadline 2023-08-10, expired;
    // August's due 2022-09-09 (the 10th a Saturday) → 2023-09-09, expired; September's due
    // 2022-10-10 → 2023-10-10, within. 2 × 5,000.00 = 10,000.00 flagged, never removed.
    assertThat(dw.limitation()).contains(LimitationStatus.EXPIRED_IF_RAISED);
    assertThat(dw.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2023-08-10");
    assertThat(dw.lines().get(1).limitation().deadline().orElseThrow()).hasToString("2023-09-09");
    assertThat(dw.lines().get(2).limitation().status()).contains(LimitationStatus.WITHIN);
    assertThat(dw.amountIfLimitationRaised()).isEqualTo(Money.parse("44761.90"));
  }

  @Test
  void noticePayIsLastMonthsStandard() throws Exception {
    // 劳动合同法 art. 40 (三) without 30 days' written notice: one month's wage at the last month's
    // standard (实施条例 art. 20) = 5,000.00; accrual the termination date → within.
    ClaimResult p = result().claim("c3").orElseThrow();
    assertThat(p.status()).isEqualTo(ClaimStatus.COMPUTED);
    assertThat(p.amount()).isEqualTo(Money.parse("5000.00"));
    assertThat(p.limitation()).contains(LimitationStatus.WITHIN);
    assertThat(p.finality().get(0).status()).isEqualTo(FinalityStatus.FINAL);
  }

  @Test
  void totalsAndFinality() throws Exception {
    ArbitrationResult r = result();
    // total = 7,500.00 + 54,761.90 + 5,000.00 = 67,261.90; if the defence is raised, less the
    // 10,000.00 out of time = 57,261.90.
    assertThat(r.totals().total()).isEqualTo(Money.parse("67261.90"));
    assertThat(r.totals().totalIfLimitationRaised()).isEqualTo(Money.parse("57261.90"));
    // Threshold 12 × 2,420.00 = 29,040.00 (the minimum wage on the application date 2023-09-20): N
    // 7,500.00 final
    // (经济补偿), the double wage 54,761.90 not (a 赔偿金 of 办案规则 art. 50 ¶2) → two awards.
    assertThat(r.finality().threshold().orElseThrow().amount()).isEqualTo(Money.parse("29040.00"));
    assertThat(r.claim("c1").orElseThrow().finality().get(0).status())
        .isEqualTo(FinalityStatus.FINAL);
    assertThat(r.claim("c2").orElseThrow().finality().get(0).status())
        .isEqualTo(FinalityStatus.NOT_FINAL);
    // Final: N 7,500.00 + notice pay 5,000.00 = 12,500.00.
    assertThat(r.totals().finalTotal()).isEqualTo(Money.parse("12500.00"));
    assertThat(r.totals().nonFinalTotal()).isEqualTo(Money.parse("54761.90"));
    assertThat(r.totals().awardSplitRequired()).contains(true);
    assertThat(r.isComplete()).isTrue();
  }

  @Test
  void theDocumentAndTheSheetAreStable() throws Exception {
    Outcome o = LaborCalc.withBundledParameters().compute(Files.readAllBytes(FILE));
    Outcome again = LaborCalc.withBundledParameters().compute(Files.readAllBytes(FILE));
    assertThat(o.toJson()).isEqualTo(again.toJson()).contains("laborcalc.arbitration-result/1");
    assertThat(o.toJson()).contains("\"format\" : \"laborcalc.double-wage-result/1\"");
    String sheet = o.sheet(SheetFormat.TEXT);
    assertThat(sheet).contains("请求 c1 经济补偿").contains("请求 c2 未订立书面劳动合同二倍工资");
    assertThat(sheet).contains("67,261.90").contains("是否分别制作裁决书：是");
    assertThat(o.sheet(SheetFormat.HTML)).startsWith("<!DOCTYPE html>");
  }
}
