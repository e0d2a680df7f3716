package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Care by near relatives during the 停工留薪期, Zhejiang art. 25 (2020 text): “其近亲属同意护理的，月护理费由用人单位按照不低于
 * 上年度全省职工月平均工资的标准支付” — the months the case gives × 100% of the 全省 monthly average of the year
 * before the period began, the employer's, the least the article allows.
 *
 * <p>Hangzhou (330100), injured 2021-02-01, 本人工资 7,000.00; suspension 2021-02-01 to 2021-07-31. The
 * 全省 averages are the caller's test figures (2020: 6,500.00; 2019: 6,333.33).
 */
class ZhejiangRelativesCareTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static CallerFigures figures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "330100", 2019, "6000.00")
        .year("wage.regionalAverageMonthly", "330100", 2020, "6000.00")
        .year("wage.provincialAverageMonthly", "330000", 2019, "6333.33")
        .year("wage.provincialAverageMonthly", "330000", 2020, "6500.00");
  }

  private static CaseBuilder hangzhou(String injured, String end, String months) {
    return CaseBuilder.create()
        .region("330100")
        .employed("2019-01-01")
        .injured(injured, false)
        .wage("7000.00")
        .suspendedWithRelativesCare(injured, end, months);
  }

  private static WorkInjuryResult calc(WorkInjuryCase c) {
    return WorkInjuryCalculator.of(figures().overBundled()).calculate(c);
  }

  /** 3 × 100% × 6,500.00 (2020, the year before 2021) = 19,500.00, by the employer. */
  @Test
  void threeMonthsOfRelativesCareAtTheProvincialAverageOfTheYearBefore() {
    BenefitLine care =
        calc(hangzhou("2021-02-01", "2021-07-31", "3").build())
            .linesOf(BenefitItem.SUSPENSION_PERIOD_CARE)
            .get(0);
    assertThat(care.amount()).isEqualTo(m("19500.00"));
    assertThat(care.formulaText()).isEqualTo("3 × 100% × 6,500.00 = 19,500.00");
    assertThat(care.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(care.citations())
        .contains(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 33, 3));
    assertThat(care.citations()).extracting(Citation::toString).contains("浙江省工伤保险条例 art. 25");
    assertThat(care.explanationZh()).contains("2020年").contains("不低于");
  }

  /**
   * The first day of the 2020 text, a part month, the half fen rounded up once: injured and
   * suspended 2020-09-24, the 2019 average: 2.5 × 6,333.33 = 15,833.325 → 15,833.33.
   */
  @Test
  void onTheFirstDayOfTheTextAPartMonthIsRoundedOnce() {
    BenefitLine care =
        calc(hangzhou("2020-09-24", "2021-01-31", "2.5").build())
            .linesOf(BenefitItem.SUSPENSION_PERIOD_CARE)
            .get(0);
    assertThat(care.amount()).isEqualTo(m("15833.33"));
  }

  /**
   * The day before the 2020 text (the 2017 text is not held, nothing shipped): refused at the
   * field, not paid at a guessed rate.
   */
  @Test
  void beforeThe2020TextTheMonthsAreRefusedAtTheField() {
    WorkInjuryCase c = hangzhou("2020-09-23", "2021-01-31", "2").build();
    assertThatThrownBy(() -> calc(c))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Violation v = ((InvalidInputException) e).violations().get(0);
              assertThat(v.path()).isEqualTo("suspension.relativesCareMonths");
              assertThat(v.code()).isEqualTo("NO_RULE");
              assertThat(v.messageZh()).contains("近亲属护理");
              assertThat(v.messageEn()).contains("near relatives");
            });
  }

  /** A region without such a standard (Jining, the national text): refused at the field. */
  @Test
  void aRegionWithoutTheStandardRefusesTheMonths() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("370800")
            .employed("2019-01-01")
            .injured("2021-02-01", false)
            .wage("7000.00")
            .suspendedWithRelativesCare("2021-02-01", "2021-07-31", "3")
            .build();
    assertThatThrownBy(
            () ->
                WorkInjuryCalculator.of(
                        CallerFigures.create()
                            .year("wage.regionalAverageMonthly", "370800", 2020, "6000.00")
                            .overBundled())
                    .calculate(c))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations().get(0).path())
                    .isEqualTo("suspension.relativesCareMonths"));
  }

  /** Without the months no care line is made (the case as before). */
  @Test
  void withoutTheMonthsNoCareLine() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("330100")
            .employed("2019-01-01")
            .injured("2021-02-01", false)
            .wage("7000.00")
            .suspended("2021-02-01", "2021-07-31", false)
            .build();
    assertThat(calc(c).linesOf(BenefitItem.SUSPENSION_PERIOD_CARE)).isEmpty();
  }

  /** 24 months is the most (a suspension's maximum); 0 and 24.01 are refused, located. */
  @Test
  void theMonthsAreBoundedAtBothEdges() {
    WorkInjuryCalculator calc = WorkInjuryCalculator.of(figures().overBundled());
    assertThat(calc.validate(hangzhou("2021-02-01", "2021-07-31", "24").build()))
        .extracting(Violation::path)
        .doesNotContain("suspension.relativesCareMonths");
    for (String bad : new String[] {"0", "24.01", "1.005"}) {
      assertThat(calc.validate(hangzhou("2021-02-01", "2021-07-31", bad).build()))
          .extracting(Violation::path, Violation::code)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "suspension.relativesCareMonths", "OUT_OF_RANGE"));
    }
  }
}
