package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;

/**
 * Issue 15, "done means": the newly written Hangzhou grade-8 uninsured case
 * (examples/cases/hangzhou-grade8-uninsured.json) computes in one run once its missing list is
 * filled in. Without its figures it returns the lines it can compute and a missing list of exactly
 * four figures, each with key, region and year or date; answering each of them (the example inputs
 * the file carries) gives a complete result in the next run, with no figure asked for afterwards.
 *
 * <p>By hand (2010 Regulation; 浙江省工伤保险条例 2020; employer pays all, art. 62 ¶2): 本人工资 6,800.00 lies
 * within 60–300% of the example 2022 Hangzhou average 9,800.00 (5,880.00–29,400.00).
 *
 * <ul>
 *   <li>一次性伤残补助金, grade 8: 11 × 6,800.00 = 74,800.00 (art. 37 (一));
 *   <li>停工留薪期 certified 4 months: 4 × 6,800.00 = 27,200.00 (art. 33 ¶1);
 *   <li>住院伙食补助费 (Zhejiang art. 24), 2023-03-08 to 03-27 = 20 days: 20 × 35% × 2,280.00 ÷ 30 = 20 ×
 *       26.60 = 532.00;
 *   <li>一次性工伤医疗补助金 and 一次性伤残就业补助金, grade 8, 7 months each of the 2022 provincial average
 *       (terminated 2023-12-20; Zhejiang art. 27 ¶2): 131,951 ÷ 12 = 10,995.9166… → 10,995.92; 7 ×
 *       10,995.92 = 76,971.44 each;
 *   <li>medical costs 35,000.00, already paid 35,000.00 towards them: balance 0.
 * </ul>
 *
 * Employer: 74,800.00 + 27,200.00 + 532.00 + 2 × 76,971.44 + 35,000.00 − 35,000.00 = 256,474.88.
 */
class HangzhouGrade8UninsuredExampleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();
  private static final Path FILE = Path.of("../examples/cases/hangzhou-grade8-uninsured.json");

  private static ObjectNode file() throws IOException {
    return (ObjectNode) JSON.readTree(Files.readString(FILE));
  }

  @Test
  void withoutItsFiguresTheCaseListsEveryMissingFigureAtOnce() throws IOException {
    ObjectNode bare = file();
    bare.remove("figures");
    Outcome first = CALC.compute(JSON.writeValueAsString(bare));
    assertThat(first.isValid()).isTrue();
    assertThat(first.isComplete()).isFalse();
    assertThat(first.missing())
        .extracting(Violation::fields)
        .extracting(f -> f.get("key") + "@" + f.get("region") + ":" + when(f))
        .containsExactlyInAnyOrder(
            "wage.regionalAverageMonthly@330100:2022",
            "wage.provincialAverageMonthly@330000:2022",
            "wage.minimumMonthly@330100:2023-03-08",
            "injury.hospitalFood.minimumWageDayDivisor@330100:2023-03-08");
    // What needs no figure is still computed: the suspension wages and the costs.
    WorkInjuryResult partial = first.result(WorkInjuryResult.class);
    assertThat(partial.linesOf(BenefitItem.SUSPENSION_PERIOD_WAGES).get(0).amount())
        .isEqualTo(Money.parse("27200.00"));
    assertThat(partial.linesOf(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY)).isEmpty();
  }

  @Test
  void fillingInTheMissingListComputesTheWholeCaseInOneRun() throws IOException {
    ObjectNode bare = file();
    JsonNode given = bare.remove("figures");
    Outcome first = CALC.compute(JSON.writeValueAsString(bare));
    // Answer the missing list, one figure per entry, with the example input the file carries for
    // that key (its value, period and source); the year or date is the one the list asked for.
    ArrayNode answers = JSON.createArrayNode();
    for (Violation v : first.missing()) {
      JsonNode example = byKey(given, v.fields().get("key"));
      ObjectNode a = answers.addObject();
      a.put("key", v.fields().get("key"));
      a.put("region", v.fields().get("region"));
      if (v.fields().containsKey("year")) {
        a.put("year", Integer.parseInt(v.fields().get("year")));
      } else {
        a.put("from", example.get("from").asText());
      }
      a.set("value", example.get("value"));
      if (example.has("period")) {
        a.set("period", example.get("period"));
      }
      a.set("source", example.get("source"));
    }
    bare.set("figures", answers);
    Outcome second = CALC.compute(JSON.writeValueAsString(bare));
    assertThat(second.isComplete()).as("%s", second.missing()).isTrue();
    WorkInjuryResult r = second.result(WorkInjuryResult.class);
    assertThat(amounts(r))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, List.of("74800.00"),
                BenefitItem.SUSPENSION_PERIOD_WAGES, List.of("27200.00"),
                BenefitItem.HOSPITAL_FOOD_SUBSIDY, List.of("532.00"),
                BenefitItem.ONE_TIME_MEDICAL_SUBSIDY, List.of("76971.44"),
                BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY, List.of("76971.44"),
                BenefitItem.MEDICAL_EXPENSES, List.of("35000.00"),
                BenefitItem.ALREADY_PAID, List.of("-35000.00")));
    assertThat(r.totals().employer()).isEqualTo(Money.parse("256474.88"));
    assertThat(r.totals().fund()).isEqualTo(Money.parse("0.00"));
    // The file as shipped gives the same result: its figures are exactly those answers.
    assertThat(CALC.compute(Files.readString(FILE)).toJson()).isEqualTo(second.toJson());
  }

  private static String when(Map<String, String> f) {
    return f.containsKey("year") ? f.get("year") : f.get("date");
  }

  private static JsonNode byKey(JsonNode figures, String key) {
    for (JsonNode f : figures) {
      if (f.get("key").asText().equals(key)) {
        return f;
      }
    }
    throw new AssertionError("the example file has no figure for " + key);
  }

  private static Map<BenefitItem, List<String>> amounts(WorkInjuryResult r) {
    Map<BenefitItem, List<String>> out = new java.util.EnumMap<>(BenefitItem.class);
    for (BenefitLine l : r.lines()) {
      out.computeIfAbsent(l.item(), k -> new ArrayList<>()).add(l.amount().toString());
    }
    return out;
  }
}
