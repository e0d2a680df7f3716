package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.money.Money;

/**
 * Issue 15 §6: tribunals award care during the suspension as days × a local daily rate, not by
 * receipt; a case file can give a cost that way, and the formula shows it.
 */
class PerDayExpenseTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  /** The seed case with one more expense, built by {@code fill}. */
  private static CalcOutcome seedWith(Consumer<ObjectNode> fill) {
    ObjectNode root = CaseDoc.example("seed-barite-mine-grade9").tree();
    ArrayNode expenses = (ArrayNode) root.path("case").path("expenses");
    ObjectNode e = expenses.addObject();
    e.put("item", "SUSPENSION_PERIOD_CARE");
    fill.accept(e);
    return CALC.workInjuryJson(root.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void careByTheDayIsDaysTimesTheRate() {
    // The seed's suspension runs 2019-12-18 to 2020-06-17: 14 + 31 + 29 + 31 + 30 + 31 + 17 = 183
    // days; at 120.00 a day the care is 183 × 120.00 = 21,960.00, the employer's (工伤保险条例 art.
    // 33 ¶3), so the award becomes 250,800.00 + 21,960.00 = 272,760.00.
    CalcOutcome o =
        seedWith(
            e -> {
              e.put("days", 183);
              e.put("dailyRate", "120.00");
              e.put("description", "护工费，当地护工日标准");
            });
    assertThat(o.isValid()).as("%s", o.violations()).isTrue();
    List<BenefitLine> care = o.result().linesOf(BenefitItem.SUSPENSION_PERIOD_CARE);
    assertThat(care).hasSize(1);
    assertThat(care.get(0).amount()).isEqualTo(Money.parse("21960.00"));
    assertThat(care.get(0).explanationZh()).contains("按天数乘日标准", "护工费");
    assertThat(o.result().totals().total()).isEqualTo(Money.parse("272760.00"));
  }

  @Test
  void aReceiptAndDaysOfTheSameItemAreAddedUp() {
    // 183 × 120.00 + a receipt of 1,000.00 for the same item = 22,960.00.
    ObjectNode root = CaseDoc.example("seed-barite-mine-grade9").tree();
    ArrayNode expenses = (ArrayNode) root.path("case").path("expenses");
    expenses
        .addObject()
        .put("item", "SUSPENSION_PERIOD_CARE")
        .put("days", 183)
        .put("dailyRate", "120.00");
    expenses.addObject().put("item", "SUSPENSION_PERIOD_CARE").put("amount", "1000.00");
    CalcOutcome o = CALC.workInjuryJson(root.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(o.isValid()).as("%s", o.violations()).isTrue();
    List<BenefitLine> care = o.result().linesOf(BenefitItem.SUSPENSION_PERIOD_CARE);
    assertThat(care).extracting(BenefitLine::amount).containsExactly(Money.parse("22960.00"));
  }

  private static List<String> problems(CalcOutcome o) {
    assertThat(o.isValid()).isFalse();
    return o.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  @Test
  void bothFormsAtOnceAreAContradiction() {
    CalcOutcome o =
        seedWith(
            e -> {
              e.put("amount", "5000.00");
              e.put("days", 10);
              e.put("dailyRate", "120.00");
            });
    assertThat(problems(o)).containsExactly("case.expenses[3] CONTRADICTION");
  }

  @Test
  void daysNeedARateAndARateNeedsDays() {
    assertThat(problems(seedWith(e -> e.put("days", 10))))
        .containsExactly("case.expenses[3].dailyRate REQUIRED");
    assertThat(problems(seedWith(e -> e.put("dailyRate", "120.00"))))
        .containsExactly("case.expenses[3].days REQUIRED");
    assertThat(problems(seedWith(e -> {}))).containsExactly("case.expenses[3].amount REQUIRED");
  }

  @Test
  void daysOutOfRangeAreLocatedInBothLanguages() {
    CalcOutcome o =
        seedWith(
            e -> {
              e.put("days", 0);
              e.put("dailyRate", "120.00");
            });
    assertThat(problems(o)).containsExactly("case.expenses[3].days OUT_OF_RANGE");
    Violation v = o.violations().get(0);
    assertThat(v.messageZh()).isEqualTo("天数（0）须在 1 至 3660 之间");
    assertThat(v.messageEn()).isEqualTo("days (0) must be between 1 and 3660");
  }
}
