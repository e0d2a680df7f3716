package org.laborcalc.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.money.Money;

/** The structured formula: its arithmetic, its named rounding points and its one renderer. */
class FormulaTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static String zh(Formula f) {
    return FormulaRenderer.render(f, Language.ZH);
  }

  private static String en(Formula f) {
    return FormulaRenderer.render(f, Language.EN);
  }

  @Test
  void aProductOfMonthsAndAWageIsRoundedHalfUpToTheFen() {
    // 18 × 3,842.86 = 69,171.48 exactly; 70% × 3,842.86 = 2,690.002 → 2,690.00;
    // 75% × 3,842.86 = 2,882.145 → 2,882.15 (half up)
    Formula months = Formula.of(Expr.times(Expr.number(18), Expr.money(m("3842.86"))));
    assertThat(months.result()).isEqualTo(m("69171.48"));
    assertThat(zh(months)).isEqualTo("18 × 3,842.86 = 69,171.48");
    Formula seventy =
        Formula.of(Expr.times(Expr.percent(new BigDecimal("70")), Expr.money(m("3842.86"))));
    assertThat(seventy.result()).isEqualTo(m("2690.00"));
    assertThat(zh(seventy)).isEqualTo("70% × 3,842.86 = 2,690.00");
    Formula half =
        Formula.of(Expr.times(Expr.percent(new BigDecimal("75")), Expr.money(m("3842.86"))));
    assertThat(half.result()).isEqualTo(m("2882.15"));
  }

  @Test
  void aChainDividesOnceSoTheOrderItIsWrittenInDoesNotChangeItsValue() {
    // 6,500.00 × 10 ÷ 21.75 = 65,000 ÷ 21.75 = 2,988.5057… → 2,988.51, written either way
    Formula timesFirst =
        Formula.of(
            Expr.times(Expr.money(m("6500.00")), Expr.number(10))
                .dividedBy(Expr.number(new BigDecimal("21.75"))));
    Formula divideFirst =
        Formula.of(
            Expr.times(Expr.money(m("6500.00")))
                .dividedBy(Expr.number(new BigDecimal("21.75")))
                .times(Expr.number(10)));
    assertThat(timesFirst.result()).isEqualTo(m("2988.51"));
    assertThat(divideFirst.result()).isEqualTo(m("2988.51"));
    assertThat(zh(divideFirst)).isEqualTo("6,500.00 ÷ 21.75 × 10 = 2,988.51");
  }

  @Test
  void aSumOfWholeMonthsAndAPartMonthIsRoundedOnceAtTheEnd() {
    // 4,875.00 × 2 + 4,875.00 × 5 ÷ 31 = 9,750 + 786.29032… = 10,536.29
    Formula accrual =
        Formula.of(
            Expr.sum(
                List.of(
                    Expr.times(Expr.money(m("4875.00")), Expr.number(2)),
                    Expr.times(Expr.money(m("4875.00")), Expr.number(5))
                        .dividedBy(Expr.number(31)))));
    assertThat(accrual.result()).isEqualTo(m("10536.29"));
    assertThat(zh(accrual)).isEqualTo("4,875.00 × 2 + 4,875.00 × 5 ÷ 31 = 10,536.29");
  }

  @Test
  void aProportionalCutDropsFractionsOfAFenAndSaysSo() {
    // 40% × 5,000.00 = 2,000.00, then 2,000.00 × 5,000.00 ÷ 6,000.00 = 1,666.666… → 1,666.66
    // (down, so that three such cuts never exceed the 5,000.00 cap)
    Formula f =
        Formula.of(Expr.times(Expr.percent(new BigDecimal("40")), Expr.money(m("5000.00"))))
            .then(
                Step.compute(
                        Expr.times(Expr.money(m("2000.00")), Expr.money(m("5000.00")))
                            .dividedBy(Expr.money(m("6000.00"))),
                        Rounding.DOWN_TO_FEN)
                    .labelled(new Note("按比例核减：", "cut in proportion: ")));
    assertThat(f.result()).isEqualTo(m("1666.66"));
    assertThat(zh(f))
        .isEqualTo(
            "40% × 5,000.00 = 2,000.00；按比例核减：2,000.00 × 5,000.00 ÷ 6,000.00 = 1,666.66（舍去分以下）");
    assertThat(en(f))
        .isEqualTo(
            "40% × 5,000.00 = 2,000.00; cut in proportion: 2,000.00 × 5,000.00 ÷ 6,000.00"
                + " = 1,666.66 (fractions of a fen dropped)");
  }

  @Test
  void aFloorIsRecordedOnlyWhereItRaisesTheAmount() {
    // 60% × 3,120.00 = 1,872.00 < 2,100.00 → raised; 75% × 3,120.00 = 2,340.00 ≥ 2,100.00 → kept
    Note minimum = new Note("最低工资标准", "minimum wage");
    Formula raised =
        Formula.of(Expr.times(Expr.percent(new BigDecimal("60")), Expr.money(m("3120.00"))))
            .atLeast(m("2100.00"), minimum);
    assertThat(raised.result()).isEqualTo(m("2100.00"));
    assertThat(raised.evaluate()).isEqualTo(m("2100.00"));
    assertThat(zh(raised)).isEqualTo("60% × 3,120.00 = 1,872.00，低于最低工资标准 2,100.00，补足至 2,100.00");
    assertThat(en(raised))
        .isEqualTo(
            "60% × 3,120.00 = 1,872.00, below the minimum wage 2,100.00, raised to 2,100.00");
    Formula kept =
        Formula.of(Expr.times(Expr.percent(new BigDecimal("75")), Expr.money(m("3120.00"))))
            .atLeast(m("2100.00"), minimum);
    assertThat(kept.steps()).hasSize(1);
    assertThat(kept.result()).isEqualTo(m("2340.00"));
  }

  @Test
  void aNamedAdjustmentIsWrittenAfterItsFactorInEachLanguage() {
    // 13 × 6,000.00 × 1.5 = 117,000.00
    Formula f =
        Formula.of(
            Expr.times(
                Expr.number(13),
                Expr.money(m("6000.00")),
                Expr.number(new BigDecimal("1.5")).as(new Note("职业病", "occupational disease"))));
    assertThat(f.result()).isEqualTo(m("117000.00"));
    assertThat(zh(f)).isEqualTo("13 × 6,000.00 × 1.5（职业病） = 117,000.00");
    assertThat(en(f)).isEqualTo("13 × 6,000.00 × 1.5 (occupational disease) = 117,000.00");
  }

  @Test
  void anAmountAsGivenIsWrittenAloneANegativeOneWithTheMinusSign() {
    assertThat(zh(Formula.given(m("1234.56")))).isEqualTo("1,234.56");
    assertThat(zh(Formula.given(m("-500.00")))).isEqualTo("−500.00");
    assertThat(Formula.given(m("-500.00")).evaluate()).isEqualTo(m("-500.00"));
  }

  @Test
  void aSumOrDifferenceInsideAProductIsBracketed() {
    // (4,500.00 − 2,700.00) × 2 = 3,600.00; 4,500.00 − (2,700.00 − 200.00) = 2,000.00
    Formula f =
        Formula.of(
            Expr.times(
                Expr.minus(Expr.money(m("4500.00")), Expr.money(m("2700.00"))), Expr.number(2)));
    assertThat(zh(f)).isEqualTo("(4,500.00 − 2,700.00) × 2 = 3,600.00");
    Formula g =
        Formula.of(
            Expr.minus(
                Expr.money(m("4500.00")),
                Expr.minus(Expr.money(m("2700.00")), Expr.money(m("200.00")))));
    assertThat(g.result()).isEqualTo(m("2000.00"));
    assertThat(zh(g)).isEqualTo("4,500.00 − (2,700.00 − 200.00) = 2,000.00");
  }

  @Test
  void evaluationRecomputesFromTheFiguresAndCatchesAStatedResultThatDisagrees() {
    Expr nine = Expr.times(Expr.number(9), Expr.money(m("6500.00")));
    Formula wrong =
        Formula.of(new Step(Step.Kind.COMPUTE, nine, Rounding.HALF_UP_TO_FEN, null, m("58000.00")));
    assertThat(wrong.result()).isEqualTo(m("58000.00"));
    assertThat(wrong.evaluate()).isEqualTo(m("58500.00"));
  }

  @Test
  void aFormulaCannotBeEmptyOrStartByRaisingAnAmount() {
    assertThatThrownBy(() -> new Formula(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Formula(
                    List.of(
                        new Step(
                            Step.Kind.FLOOR,
                            Expr.money(m("1.00")),
                            null,
                            new Note("x", "x"),
                            m("1.00")))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void markdownEscapesItsOwnCharacters() {
    Formula f =
        Formula.of(
            Expr.times(Expr.number(2), Expr.money(m("10.00")).as(new Note("a_b|c", "a_b|c"))));
    assertThat(FormulaRenderer.markdown(f, Language.ZH)).isEqualTo("2 × 10.00（a\\_b\\|c） = 20.00");
  }
}
