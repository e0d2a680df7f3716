package org.laborcalc.finality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Note;

/** The laws of 劳动争议调解仲裁法 art. 47 (一) as the finality test applies them. */
class FinalityProperties {

  private static Optional<FinalityThreshold> threshold(BigDecimal minimum) {
    Parameters p =
        Parameters.of(
            List.of(
                LaborCalcJson.readFigures(
                    List.of("wage.minimumMonthly@110000:2020-01-01=" + minimum.toPlainString()),
                    Calculations.builtIn())));
    return FinalityThreshold.find(
        p,
        Regions.bundled().get("110000"),
        LocalDate.of(2024, 1, 1),
        MinimumWageDate.APPLICATION_DATE);
  }

  private static FinalityStatus status(AwardClass c, Money amount, Optional<FinalityThreshold> t) {
    return FinalAward.assess(new AwardItem("x", new Note("x", "x"), c, amount), t).status();
  }

  @Property(tries = 200)
  void finalityFlipsExactlyOneFenAboveTwelveMinimumWages(
      @ForAll @BigRange(min = "100.00", max = "50000.00") @Scale(2) BigDecimal minimum) {
    Optional<FinalityThreshold> t = threshold(minimum);
    Money limit = Money.of(minimum.multiply(BigDecimal.valueOf(12)));
    assertThat(t.orElseThrow().amount()).isEqualTo(limit);
    for (AwardClass c : AwardClass.values()) {
      if (!c.amountTest()) {
        continue;
      }
      assertThat(status(c, limit, t)).isEqualTo(FinalityStatus.FINAL);
      assertThat(status(c, limit.plus(Money.parse("0.01")), t)).isEqualTo(FinalityStatus.NOT_FINAL);
    }
  }

  @Property(tries = 200)
  void anAmountClassItemIsFinalExactlyWhenNotAboveTheThreshold(
      @ForAll @BigRange(min = "100.00", max = "50000.00") @Scale(2) BigDecimal minimum,
      @ForAll @BigRange(min = "0.00", max = "2000000.00") @Scale(2) BigDecimal amount) {
    Optional<FinalityThreshold> t = threshold(minimum);
    boolean expected = amount.compareTo(minimum.multiply(BigDecimal.valueOf(12))) <= 0;
    assertThat(status(AwardClass.DAMAGES, Money.of(amount), t))
        .isEqualTo(expected ? FinalityStatus.FINAL : FinalityStatus.NOT_FINAL);
  }

  @Property(tries = 100)
  void theFinalAndNonFinalTotalsAddUpToTheItems(
      @ForAll @BigRange(min = "100.00", max = "50000.00") @Scale(2) BigDecimal minimum,
      @ForAll @BigRange(min = "0.00", max = "900000.00") @Scale(2) BigDecimal a,
      @ForAll @BigRange(min = "0.00", max = "900000.00") @Scale(2) BigDecimal b) {
    FinalityResult r =
        FinalAward.assess(
            List.of(
                new AwardItem("a", new Note("a", "a"), AwardClass.LABOUR_REMUNERATION, Money.of(a)),
                new AwardItem(
                    "b", new Note("b", "b"), AwardClass.ECONOMIC_COMPENSATION, Money.of(b))),
            threshold(minimum));
    assertThat(r.finalTotal().plus(r.nonFinalTotal())).isEqualTo(Money.of(a).plus(Money.of(b)));
    boolean mixed = r.items().get(0).status() != r.items().get(1).status();
    assertThat(r.awardSplitRequired()).contains(mixed);
  }
}
