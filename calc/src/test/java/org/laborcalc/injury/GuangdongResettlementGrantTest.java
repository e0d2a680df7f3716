package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Guangdong art. 29 (2019 text): “一级至四级伤残职工户籍从单位所在地迁回原籍的……用人单位应当按照全省上年度职工月平均工资为基数发给六个月的安家补助费” — 6 ×
 * the 全省 monthly average of the year before the move, the employer's.
 *
 * <p>Guangzhou (440100), injured 2023-04-01, 本人工资 8,000.00 (the 2022 averages: 全省 8,500.00,
 * Guangzhou 9,000.00, inside 60–300%); minimum wage 2,300.00. 全省 averages (the caller's test
 * figures): 2023 9,000.00, 2018 7,000.00.
 */
class GuangdongResettlementGrantTest {
  private static final CallerFigures FIGURES =
      CallerFigures.create()
          .year("wage.provincialAverageMonthly", "440000", 2022, "8500.00")
          .year("wage.regionalAverageMonthly", "440100", 2022, "9000.00")
          .year("wage.provincialAverageMonthly", "440000", 2023, "9000.00")
          .year("wage.provincialAverageMonthly", "440000", 2018, "7000.00")
          .year("wage.regionalAverageMonthly", "370800", 2022, "9000.00")
          .money("wage.minimumMonthly", "370800", "2015-01-01", null, "2300.00")
          .money("wage.minimumMonthly", "440100", "2015-01-01", null, "2300.00");

  private static CaseBuilder graded(String region, int grade, String moved) {
    return CaseBuilder.create()
        .region(region)
        .employed("2015-01-01")
        .injured("2023-04-01", false)
        .wage("8000.00")
        .graded("2023-10-10", grade)
        .insurance(InsuranceStatus.INSURED, null)
        .relocated(moved);
  }

  private static WorkInjuryResult calc(WorkInjuryCase c) {
    return WorkInjuryCalculator.of(FIGURES.overBundled()).calculate(c);
  }

  /** Moved 2024-03-01: 6 × 9,000.00 (2023) = 54,000.00, by the employer, citing art. 29. */
  @Test
  void aGradeFourWorkerMovingBackGetsSixMonthsOfTheProvincialAverage() {
    BenefitLine grant =
        calc(graded("440100", 4, "2024-03-01").build())
            .linesOf(BenefitItem.RESETTLEMENT_GRANT)
            .get(0);
    assertThat(grant.amount()).isEqualTo(Money.parse("54000.00"));
    assertThat(grant.formulaText()).isEqualTo("6 × 9,000.00 = 54,000.00");
    assertThat(grant.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(grant.citations())
        .extracting(Citation::toString)
        .containsExactly("广东省工伤保险条例 art. 29");
  }

  /** Grade 1, the other edge of the band, the same grant. */
  @Test
  void gradeOneToo() {
    assertThat(
            calc(graded("440100", 1, "2024-03-01").selfCare(null).build())
                .linesOf(BenefitItem.RESETTLEMENT_GRANT)
                .get(0)
                .amount())
        .isEqualTo(Money.parse("54000.00"));
  }

  /** Grade 5, just outside the band: refused at the field. */
  @Test
  void gradeFiveIsRefusedAtTheField() {
    assertThatThrownBy(() -> calc(graded("440100", 5, "2024-03-01").build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Violation v = ((InvalidInputException) e).violations().get(0);
              assertThat(v.path()).isEqualTo("relocation.date");
              assertThat(v.code()).isEqualTo("NOT_APPLICABLE");
              assertThat(v.messageZh()).contains("一级至四级");
              assertThat(v.messageEn()).contains("grades 1 to 4");
            });
  }

  /** Jining (the national text): no such grant, refused at the field. */
  @Test
  void whereNoRegionGrantsItTheMoveIsRefused() {
    assertThatThrownBy(() -> calc(graded("370800", 4, "2024-03-01").build()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              Violation v = ((InvalidInputException) e).violations().get(0);
              assertThat(v.path()).isEqualTo("relocation.date");
              assertThat(v.code()).isEqualTo("NO_RULE");
            });
  }

  /** Without a move, no grant (the case as before). */
  @Test
  void withoutAMoveNoGrant() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("440100")
            .employed("2015-01-01")
            .injured("2023-04-01", false)
            .wage("8000.00")
            .graded("2023-10-10", 4)
            .insurance(InsuranceStatus.INSURED, null)
            .build();
    assertThat(calc(c).linesOf(BenefitItem.RESETTLEMENT_GRANT)).isEmpty();
  }
}
