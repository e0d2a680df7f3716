package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The receipts of a cost paid as incurred (art. 30: 医疗费 by receipt) are summed on one line and
 * listed in one order whatever order the case file gives them: by date (an undated receipt counts
 * from the injury day), then by amount, then by description. So the same case always gives the same
 * line, to the character.
 *
 * <p>The receipts (Jining, injured 2019-12-18, uninsured, so the employer pays, art. 62 ¶2):
 *
 * <pre>
 * 门诊B 100.00, undated (counts as 2019-12-18)
 * 门诊A 100.00, 2019-12-18
 * 化验  30.00, 2019-12-18
 * 复诊  20.00, 2019-12-19
 * order: 2019-12-18 {30.00 化验; 100.00 门诊A; 100.00 门诊B (A before B)}, then 2019-12-19 20.00 复诊
 * 30.00 + 100.00 + 100.00 + 20.00 = 250.00
 * </pre>
 */
class ReceiptOrderTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
              .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
              .overBundled());

  private static Expense receipt(String amount, String date, String what) {
    return new Expense(
        BenefitItem.MEDICAL_EXPENSES,
        Money.parse(amount),
        date == null ? null : LocalDate.parse(date),
        what);
  }

  private static final List<Expense> RECEIPTS =
      List.of(
          receipt("100.00", null, "门诊B"),
          receipt("100.00", "2019-12-18", "门诊A"),
          receipt("30.00", "2019-12-18", "化验"),
          receipt("20.00", "2019-12-19", "复诊"));

  static Stream<List<Expense>> orders() {
    List<Expense> reversed = new ArrayList<>(RECEIPTS);
    java.util.Collections.reverse(reversed);
    List<Expense> rotated = new ArrayList<>(RECEIPTS.subList(2, 4));
    rotated.addAll(RECEIPTS.subList(0, 2));
    List<Expense> swapped =
        List.of(RECEIPTS.get(1), RECEIPTS.get(0), RECEIPTS.get(3), RECEIPTS.get(2));
    return Stream.of(RECEIPTS, reversed, rotated, swapped);
  }

  @ParameterizedTest
  @MethodSource("orders")
  void receiptsAreListedByDateThenAmountThenDescription(List<Expense> given) {
    WorkInjuryCase seed = CaseBuilder.create().build();
    WorkInjuryCase c =
        new WorkInjuryCase(
            seed.region(),
            seed.worker(),
            seed.employment(),
            seed.injury(),
            seed.appraisal(),
            seed.suspension(),
            seed.hospitalStays(),
            given,
            seed.insurance(),
            seed.death(),
            seed.alreadyPaid(),
            seed.wage());
    List<BenefitLine> medical = CALC.calculate(c).linesOf(BenefitItem.MEDICAL_EXPENSES);
    assertThat(medical).hasSize(1);
    BenefitLine line = medical.get(0);
    assertThat(line.amount()).isEqualTo(Money.parse("250.00"));
    assertThat(line.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(line.formulaText()).isEqualTo("30.00 + 100.00 + 100.00 + 20.00 = 250.00");
    assertThat(line.explanationZh()).isEqualTo("医疗费，按票据所载实际发生额（化验；门诊A；门诊B；复诊）");
  }

  private static WorkInjuryResult withReceipts(List<Expense> receipts) {
    WorkInjuryCase seed = CaseBuilder.create().build();
    return CALC.calculate(
        new WorkInjuryCase(
            seed.region(),
            seed.worker(),
            seed.employment(),
            seed.injury(),
            seed.appraisal(),
            seed.suspension(),
            seed.hospitalStays(),
            receipts,
            seed.insurance(),
            seed.death(),
            seed.alreadyPaid(),
            seed.wage()));
  }

  /** One receipt is its own formula: 100.00, with no sum to show. */
  @org.junit.jupiter.api.Test
  void aSingleReceiptIsItsAmount() {
    BenefitLine line =
        withReceipts(List.of(receipt("100.00", null, "门诊")))
            .linesOf(BenefitItem.MEDICAL_EXPENSES)
            .get(0);
    assertThat(line.formulaText()).isEqualTo("100.00");
  }

  /**
   * A receipt without a description ties with one described on the same day and amount: the
   * undescribed one comes first (an empty description), and only the described one is named. 50.00
   * + 50.00 = 100.00.
   */
  @org.junit.jupiter.api.Test
  void aReceiptWithoutDescriptionSortsFirstAmongEqualOnes() {
    for (List<Expense> given :
        List.of(
            List.of(receipt("50.00", null, "门诊"), receipt("50.00", null, null)),
            List.of(receipt("50.00", null, null), receipt("50.00", null, "门诊")))) {
      BenefitLine line = withReceipts(given).linesOf(BenefitItem.MEDICAL_EXPENSES).get(0);
      assertThat(line.formulaText()).isEqualTo("50.00 + 50.00 = 100.00");
      assertThat(line.explanationZh()).isEqualTo("医疗费，按票据所载实际发生额（门诊）");
    }
  }

  /** Rehabilitation is art. 30 ¶6 of the 2010 text (the seed was injured 2019-12-18). */
  @org.junit.jupiter.api.Test
  void rehabilitationCitesArticle30Paragraph6OfThe2010Text() {
    Expense rehab = new Expense(BenefitItem.REHABILITATION, Money.parse("800.00"), null, "康复治疗");
    BenefitLine line = withReceipts(List.of(rehab)).linesOf(BenefitItem.REHABILITATION).get(0);
    assertThat(line.citations())
        .contains(
            org.laborcalc.law.Citation.of(
                org.laborcalc.law.Instruments.WORK_INJURY_REGULATION_2010, 30, 6));
  }
}
