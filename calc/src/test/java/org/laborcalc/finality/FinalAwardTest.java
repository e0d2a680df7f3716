package org.laborcalc.finality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Note;

/**
 * The worked examples FI-1 and FI-2 of ARBITRATION.md §2.9 and the edge of 劳动争议调解仲裁法 art. 47 (一)
 * ("不超过" = at most), by hand: a monthly minimum wage of 2,690.00 (illustrative) gives 12 × 2,690.00
 * = 32,280.00; one of 2,800.00 gives 33,600.00.
 */
class FinalAwardTest {

  private static final LocalDate FILED = LocalDate.of(2024, 9, 10);

  private static Parameters minimumWage(String value) {
    return Parameters.of(
        List.of(
            LaborCalcJson.readFigures(
                List.of("wage.minimumMonthly@370800:2024-01-01=" + value),
                Calculations.builtIn())));
  }

  private static Optional<FinalityThreshold> threshold(String minimum) {
    return FinalityThreshold.find(
        minimumWage(minimum),
        Regions.bundled().get("370800"),
        FILED,
        MinimumWageDate.APPLICATION_DATE);
  }

  private static AwardItem item(String id, AwardClass c, String amount) {
    return new AwardItem(id, new Note(id, id), c, Money.parse(amount));
  }

  private static List<String> cited(ItemFinality f) {
    return f.citations().stream().map(Citation::toString).toList();
  }

  @Test
  void theThresholdIsTwelveMonthsOfTheMinimumWageInForceOnTheDate() {
    FinalityThreshold t = threshold("2690.00").orElseThrow();
    assertThat(t.amount()).isEqualTo(Money.parse("32280.00"));
    assertThat(t.minimumMonthlyWage()).isEqualTo(Money.parse("2690.00"));
    assertThat(t.date()).isEqualTo(FILED);
    assertThat(t.parameter().key()).isEqualTo("wage.minimumMonthly");
    assertThat(t.parameter().verification().name()).isEqualTo("USER_SUPPLIED");
    assertThat(t.formula().evaluate()).isEqualTo(t.amount());
  }

  @Test
  void fi1_eachItemAgainstTheThresholdAndTheAwardSplit() {
    FinalityResult r =
        FinalAward.assess(
            List.of(
                item("N", AwardClass.ECONOMIC_COMPENSATION, "72000.00"),
                item("DW", AwardClass.DAMAGES, "33000.00"),
                item("OT", AwardClass.LABOUR_REMUNERATION, "3440.00"),
                item("AL", AwardClass.LABOUR_REMUNERATION, "1600.00")),
            threshold("2690.00"));
    assertThat(r.items())
        .extracting(ItemFinality::status)
        .containsExactly(
            FinalityStatus.NOT_FINAL,
            FinalityStatus.NOT_FINAL,
            FinalityStatus.FINAL,
            FinalityStatus.FINAL);
    assertThat(r.finalTotal()).isEqualTo(Money.parse("5040.00")); // 3,440.00 + 1,600.00
    assertThat(r.nonFinalTotal()).isEqualTo(Money.parse("105000.00")); // 72,000.00 + 33,000.00
    assertThat(r.awardSplitRequired()).contains(true);
    assertThat(r.citations())
        .extracting(Citation::toString)
        .containsExactly("劳动人事争议仲裁办案规则 art. 50 ¶4");
    assertThat(cited(r.items().get(1)))
        .containsExactly(
            "中华人民共和国劳动争议调解仲裁法 art. 47 ¶1 item 1",
            "劳动人事争议仲裁办案规则 art. 50 ¶2",
            "最高人民法院关于审理劳动争议案件适用法律问题的解释（一） art. 19",
            "劳动人事争议仲裁办案规则 art. 50 ¶1");
    assertThat(r.items().get(0).threshold()).contains(Money.parse("32280.00"));
    assertThat(r.items().get(0).reason().zh()).contains("72,000.00", "12 × 2,690.00 = 32,280.00");
  }

  @Test
  void fi1_aHigherMinimumWageMakesTheSameDoubleWageFinal() {
    ItemFinality dw =
        FinalAward.assess(item("DW", AwardClass.DAMAGES, "33000.00"), threshold("2800.00"));
    assertThat(dw.threshold()).contains(Money.parse("33600.00"));
    assertThat(dw.status()).isEqualTo(FinalityStatus.FINAL);
  }

  @Test
  void fi2_theTestIsPerItemNotOnTheSum() {
    FinalityResult r =
        FinalAward.assess(
            List.of(
                item("N", AwardClass.ECONOMIC_COMPENSATION, "30000.00"),
                item("DW", AwardClass.DAMAGES, "25000.00")),
            threshold("2690.00"));
    assertThat(r.items()).allMatch(f -> f.status() == FinalityStatus.FINAL);
    assertThat(r.finalTotal()).isEqualTo(Money.parse("55000.00"));
    assertThat(r.awardSplitRequired()).contains(false);
    assertThat(r.citations()).isEmpty();
  }

  @Test
  void atTheThresholdIsFinalAndOneFenAboveIsNot() {
    Optional<FinalityThreshold> t = threshold("2690.00");
    assertThat(FinalAward.assess(item("a", AwardClass.LABOUR_REMUNERATION, "32280.00"), t).status())
        .isEqualTo(FinalityStatus.FINAL);
    assertThat(FinalAward.assess(item("b", AwardClass.LABOUR_REMUNERATION, "32280.01"), t).status())
        .isEqualTo(FinalityStatus.NOT_FINAL);
    assertThat(FinalAward.assess(item("c", AwardClass.DAMAGES, "32279.99"), t).status())
        .isEqualTo(FinalityStatus.FINAL);
  }

  @Test
  void aLabourStandardsDisputeIsFinalWhateverItsAmount() {
    ItemFinality f =
        FinalAward.assess(
            item("leave", AwardClass.LABOUR_STANDARDS, "1000000.00"), threshold("2690.00"));
    assertThat(f.status()).isEqualTo(FinalityStatus.FINAL);
    assertThat(f.threshold()).isEmpty();
    assertThat(cited(f))
        .containsExactly("中华人民共和国劳动争议调解仲裁法 art. 47 ¶1 item 2", "劳动人事争议仲裁办案规则 art. 50 ¶3");
  }

  @Test
  void anItemOutsideArticle47IsNotFinalEvenWhenSmall() {
    ItemFinality f =
        FinalAward.assess(item("subsidy", AwardClass.OTHER, "1.00"), threshold("2690.00"));
    assertThat(f.status()).isEqualTo(FinalityStatus.NOT_FINAL);
  }

  @Test
  void noMinimumWageLeavesTheAmountTestUndeterminedNeverZero() {
    Optional<FinalityThreshold> none =
        FinalityThreshold.find(
            Parameters.of(List.of()),
            Regions.bundled().get("370800"),
            FILED,
            MinimumWageDate.APPLICATION_DATE);
    assertThat(none).isEmpty();
    FinalityResult r =
        FinalAward.assess(
            List.of(
                item("OT", AwardClass.LABOUR_REMUNERATION, "0.00"),
                item("AL", AwardClass.LABOUR_STANDARDS, "1600.00")),
            none);
    assertThat(r.items().get(0).status()).isEqualTo(FinalityStatus.UNDETERMINED);
    assertThat(r.items().get(1).status()).isEqualTo(FinalityStatus.FINAL);
    assertThat(r.undeterminedTotal()).isEqualTo(Money.ZERO);
    assertThat(r.finalTotal()).isEqualTo(Money.parse("1600.00"));
    assertThat(r.awardSplitRequired()).isEmpty();
    // One item alone can never need a split, determined or not.
    assertThat(
            FinalAward.assess(List.of(item("OT", AwardClass.DAMAGES, "5.00")), none)
                .awardSplitRequired())
        .contains(false);
  }

  @Test
  void aMinimumWageOutOfForceOnTheDateIsMissing() {
    // The figure starts 2024-01-01: on 2023-12-31 none is in force.
    assertThat(
            FinalityThreshold.find(
                minimumWage("2690.00"),
                Regions.bundled().get("370800"),
                LocalDate.of(2023, 12, 31),
                MinimumWageDate.AWARD_DATE))
        .isEmpty();
  }
}
