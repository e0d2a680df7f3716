package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Zhejiang art. 26 ¶2 (2020 text): “一级至四级工伤职工达到法定退休年龄，不符合按月领取基本养老保险待遇条件的，由工伤保险基金继续按月发放伤残津贴，
 * 职工个人养老金账户金额按照规定计发标准按月冲抵到伤残津贴” — the national allowance stops at retirement (art. 35 ¶1 (三));
 * Zhejiang's goes on from the fund, less the account's monthly amount (the case's figure).
 *
 * <p>Hangzhou (330100), injured 2021-03-01, graded 3 on 2021-09-10, 本人工资 6,500.00 (inside 60–300%
 * of the 2020 average 6,000.00): 80% × 6,500.00 = 5,200.00 a month (above the minimum wage
 * 2,280.00), retirement stated as 2045-01-01.
 */
class ZhejiangAllowanceWithoutPensionTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "330100", 2020, "6000.00")
              .year("wage.regionalAverageMonthly", "330100", 2021, "6000.00")
              .money("wage.minimumMonthly", "330100", "2017-12-01", null, "2280.00")
              .year("wage.regionalAverageMonthly", "330100", 2049, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
              .year("wage.regionalAverageMonthly", "370800", 2021, "6000.00")
              .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1910.00")
              .overBundled());

  private static CaseBuilder gradeThree(String region) {
    return CaseBuilder.create()
        .region(region)
        .employed("2019-03-01")
        .injured("2021-03-01", false)
        .wage("6500.00")
        .graded("2021-09-10", 3)
        .worker(null, null, LocalDate.of(2045, 1, 1))
        .insurance(WorkInjuryCase.InsuranceStatus.INSURED, null);
  }

  private static List<BenefitLine> allowance(WorkInjuryCase c) {
    return CALC.calculate(c).linesOf(BenefitItem.DISABILITY_ALLOWANCE);
  }

  /**
   * 5,200.00 to 2044-12-31; from 2045-01-01 the fund pays 5,200.00 − 1,200.00 = 4,000.00 a month,
   * with no end while the worker lives, citing art. 26 ¶2.
   */
  @Test
  void withoutAMonthlyPensionTheFundPaysTheAllowanceLessTheAccountOn() {
    List<BenefitLine> lines = allowance(gradeThree("330100").pension(true, "1200.00").build());
    assertThat(lines).hasSize(2);
    BenefitLine before = lines.get(0);
    assertThat(before.monthlyAmount()).isEqualTo(Money.parse("5200.00"));
    assertThat(before.until()).isEqualTo(LocalDate.of(2044, 12, 31));
    BenefitLine after = lines.get(1);
    assertThat(after.monthlyAmount()).isEqualTo(Money.parse("4000.00"));
    assertThat(after.until()).isNull();
    assertThat(after.payer()).isEqualTo(Party.FUND);
    assertThat(after.explanationZh()).contains("冲抵");
    assertThat(after.citations()).extracting(Citation::toString).contains("浙江省工伤保险条例 art. 26 ¶2");
    assertThat(before.citations())
        .extracting(Citation::toString)
        .doesNotContain("浙江省工伤保险条例 art. 26 ¶2");
  }

  /**
   * The account's amount equal to the allowance: 5,200.00 − 5,200.00 = 0.00; one fen more refused.
   */
  @Test
  void anAccountAmountUpToTheAllowanceIsSetAgainstItAndOneFenMoreIsRefused() {
    assertThat(
            allowance(gradeThree("330100").pension(true, "5200.00").build()).get(1).monthlyAmount())
        .isEqualTo(Money.parse("0.00"));
    assertThatThrownBy(() -> allowance(gradeThree("330100").pension(true, "5200.01").build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Violation v = ((InvalidInputException) e).violations().get(0);
              assertThat(v.path()).isEqualTo("pension.accountMonthlyOffset");
              assertThat(v.code()).isEqualTo("OUT_OF_RANGE");
            });
  }

  /** No account amount: asked for at the field, in both languages, never guessed. */
  @Test
  void withoutTheAccountAmountItIsAskedFor() {
    assertThatThrownBy(() -> allowance(gradeThree("330100").pension(true, null).build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Violation v = ((InvalidInputException) e).violations().get(0);
              assertThat(v.path()).isEqualTo("pension.accountMonthlyOffset");
              assertThat(v.code()).isEqualTo("REQUIRED");
              assertThat(v.messageZh()).contains("个人养老金账户");
              assertThat(v.messageEn()).contains("pension account");
            });
  }

  /** A worker who qualifies for the pension: the allowance stops at retirement, one line. */
  @Test
  void aWorkerWithAMonthlyPensionStopsAtRetirement() {
    List<BenefitLine> lines = allowance(gradeThree("330100").pension(false, null).build());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).until()).isEqualTo(LocalDate.of(2044, 12, 31));
  }

  /** Jining (the national text): no such rule, the allowance stops at retirement whatever. */
  @Test
  void whereNoRegionalRuleTheNationalStopHolds() {
    List<BenefitLine> lines = allowance(gradeThree("370800").pension(true, "1200.00").build());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).until()).isEqualTo(LocalDate.of(2044, 12, 31));
  }

  /** Dead on 2050-06-15, after retirement: the continued allowance ends on that day. */
  @Test
  void theContinuedAllowanceEndsAtDeath() {
    List<BenefitLine> lines =
        allowance(gradeThree("330100").pension(true, "1200.00").died("2050-06-15").build());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).until()).isEqualTo(LocalDate.of(2050, 6, 15));
  }

  /**
   * An account amount for a worker who has a pension contradicts the case: refused at the field.
   */
  @Test
  void anOffsetWithoutTheMissingPensionIsAContradiction() {
    assertThat(CALC.validate(gradeThree("330100").pension(false, "1200.00").build()))
        .extracting(Violation::path, Violation::code)
        .contains(Tuple.tuple("pension.accountMonthlyOffset", "CONTRADICTION"));
  }
}
