package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.wage.EvidenceItem;

/**
 * The 原工资福利待遇 of art. 33 ¶1 when the wage is found from evidence: the case's stated original wage
 * when it gives one, otherwise the average found from the evidence before the art. 64 ¶2 clamp (the
 * clamp is for 本人工资 only). And the articles the 本人工资 rests on: art. 64 ¶2 of the 2010 text first,
 * then the rules of evidence the determination applied, each once; the caller's own figures are
 * listed among the parameters, never as law.
 *
 * <p>Jining, injured 2019-12-18, employed from 2019-03-01; bank deposits from the employer of
 * 2,000.00 for each month 2019-03 to 2019-11. The 2018 average is 5,200.00:
 *
 * <pre>
 * average of the deposits 2,000.00; 60% × 5,200 = 3,120.00 &gt; 2,000.00 → 本人工资 3,120.00
 * 停工留薪期 2019-12-18 to 2020-06-17, six months, on the original pay:
 *   without a stated original wage 6 × 2,000.00 = 12,000.00 (the average, unclamped)
 *   with 2,500.00 stated            6 × 2,500.00 = 15,000.00
 * 一次性伤残补助金 grade 9: 9 × 3,120.00 = 28,080.00 (本人工资, clamped)
 * </pre>
 */
class OriginalPayFromEvidenceTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
              .overBundled());

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static List<EvidenceItem> deposits() {
    List<EvidenceItem> out = new ArrayList<>();
    for (int month = 3; month <= 11; month++) {
      out.add(EvidenceItem.bankDeposit(YearMonth.of(2019, month), m("2000.00")));
    }
    return out;
  }

  private static WorkInjuryResult compute(Money statedOriginal) {
    CaseBuilder b =
        CaseBuilder.create().suspended("2019-12-18", "2020-06-17", false).graded("2020-08-20", 9);
    b.wage(new WageFacts(null, deposits(), null, null, statedOriginal, null));
    return CALC.calculate(b.build());
  }

  @Test
  void withoutAStatedOriginalWageTheSuspensionPaysTheUnclampedAverage() {
    WorkInjuryResult r = compute(null);
    assertThat(r.wage().determination()).isNotNull();
    assertThat(r.wage().ownWage()).isEqualTo(m("3120.00"));
    assertThat(r.wage().originalWage()).isEqualTo(m("2000.00"));
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(m("12000.00"));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY).get(0).amount())
        .isEqualTo(m("28080.00"));
  }

  @Test
  void aStatedOriginalWageComesBeforeTheEvidence() {
    WorkInjuryResult r = compute(m("2500.00"));
    assertThat(r.wage().originalWage()).isEqualTo(m("2500.00"));
    assertThat(r.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(m("15000.00"));
    assertThat(r.wage().ownWage()).isEqualTo(m("3120.00"));
  }

  @Test
  void theOwnWageCitesArticle64FirstThenTheEvidenceRulesEachOnceAndNoCallerFigure() {
    OwnWage w = compute(null).wage();
    List<Citation> cites = w.citations();
    assertThat(cites.get(0)).isEqualTo(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2));
    assertThat(cites).extracting(Citation::toChinese).doesNotHaveDuplicates();
    assertThat(cites).noneMatch(c -> c.instrument().verification() == Verification.USER_SUPPLIED);
    // every article the determination rests on is listed with the own wage (as it reads: the
    // determination cites art. 64 ¶2 too, listed once), unless it is a caller's figure
    assertThat(cites)
        .extracting(Citation::toChinese)
        .containsAll(
            w.determination().citations().stream()
                .filter(c -> c.instrument().verification() != Verification.USER_SUPPLIED)
                .map(Citation::toChinese)
                .toList());
    assertThat(w.determination().citations()).isNotEmpty();
  }
}
