package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.money.Money;

/**
 * Amounts already paid towards one item: the award shows that item's balance (差额) — due, paid,
 * balance — and says so when it is negative. The Hangzhou case of {@link CaseFiguresTest}, its
 * figures given in the short form; amounts by hand.
 */
class AlreadyPaidBalanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The Hangzhou case complete (CaseFiguresTest: 77,000 + 56,000 + 56,000 + 42,000 + 266 =
   * 231,266.00, all the employer's), with payments given.
   */
  private static ObjectNode hangzhou(String payments) throws Exception {
    ObjectNode file = (ObjectNode) JSON.readTree(CaseFiguresTest.HANGZHOU);
    file.set(
        "figures",
        JSON.readTree(
            """
            [{"key": "wage.regionalAverageMonthly", "region": "330100", "year": 2022,
              "value": "6000.00", "source": "杭州公告（测试）"},
             {"key": "wage.provincialAverageMonthly", "region": "330000", "year": 2023,
              "value": "8000.00", "source": "浙江公告（测试）"},
             {"key": "wage.minimumMonthly", "region": "330100", "from": "2021-08-01",
              "value": "2280.00", "source": "最低工资通知（测试）"},
             {"key": "injury.hospitalFood.minimumWageDayDivisor", "region": "330100",
              "from": "2020-01-01", "value": "30", "source": "仲裁委口径（测试）"}]
            """));
    ((ObjectNode) file.get("case")).set("alreadyPaid", (ArrayNode) JSON.readTree(payments));
    return file;
  }

  private static WorkInjuryResult compute(ObjectNode file) {
    var o = LaborCalc.withBundledParameters().compute(file.toString());
    assertThat(o.violations()).isEmpty();
    return o.result(WorkInjuryResult.class);
  }

  private static List<BenefitLine> deductions(WorkInjuryResult r) {
    return r.lines().stream().filter(l -> l.item() == BenefitItem.ALREADY_PAID).toList();
  }

  /**
   * Hospital food: due 266.00, paid 200.00, balance 66.00. Suspension pay: due 42,000.00, paid
   * 20,000.00 + 25,000.00 = 45,000.00, balance −3,000.00, said and warned. A payment of 1,000.00
   * towards the whole award keeps its line as it was. The employer owes 231,266.00 − 200.00 −
   * 45,000.00 − 1,000.00 = 185,066.00.
   */
  @Test
  void eachItemPaidTowardsShowsDuePaidAndBalanceAndANegativeBalanceIsSaid() throws Exception {
    WorkInjuryResult r =
        compute(
            hangzhou(
                """
                [{"amount": "200.00", "date": "2023-06-20", "description": "伙食补助",
                  "item": "HOSPITAL_FOOD_SUBSIDY"},
                 {"amount": "20000.00", "date": "2023-08-01", "item": "SUSPENSION_PERIOD_WAGES"},
                 {"amount": "25000.00", "date": "2023-12-01", "item": "SUSPENSION_PERIOD_WAGES"},
                 {"amount": "1000.00", "date": "2024-01-01", "description": "慰问金"}]
                """));

    assertThat(deductions(r))
        .extracting(BenefitLine::amount)
        .containsExactly(
            Money.parse("-200.00"),
            Money.parse("-20000.00"),
            Money.parse("-25000.00"),
            Money.parse("-1000.00"));
    assertThat(deductions(r).get(0).explanationZh())
        .contains("“住院伙食补助费”应付 266.00，已付 200.00，差额 66.00")
        .doesNotContain("为负");
    assertThat(deductions(r).get(1).explanationZh())
        .contains("“停工留薪期工资”应付 42000.00，已付 45000.00，差额 -3000.00（为负：已付超过应付 3000.00");
    assertThat(deductions(r).get(2).explanationZh()).contains("差额 -3000.00（为负");
    assertThat(deductions(r).get(3).explanationZh()).doesNotContain("应付").contains("慰问金");
    assertThat(r.warnings())
        .filteredOn(n -> n.code().equals("PAID_BEYOND_DUE"))
        .extracting(Notice::messageZh)
        .containsExactly("“停工留薪期工资”已付 45000.00，超过应付 42000.00：差额为 -3000.00");
    assertThat(r.totals().employer()).isEqualTo(Money.parse("185066.00"));
  }

  /** An item that is not computed (its figures missing) has no balance, and the line says so. */
  @Test
  void anItemNotComputedHasNoBalanceToShow() throws Exception {
    ObjectNode file =
        hangzhou("[{\"amount\": \"5000.00\", \"item\": \"ONE_TIME_MEDICAL_SUBSIDY\"}]");
    ((ArrayNode) file.get("figures")).remove(1); // Zhejiang's 2023 average
    var o = LaborCalc.withBundledParameters().compute(file.toString());
    WorkInjuryResult r = o.result(WorkInjuryResult.class);

    assertThat(o.isComplete()).isFalse();
    assertThat(deductions(r))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.amount()).isEqualTo(Money.parse("-5000.00"));
              assertThat(l.explanationZh()).contains("“一次性工伤医疗补助金”未计算", "差额无法确定");
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"DISABILITY_ALLOWANCE\" | INVALID_VALUE",
        "\"ALREADY_PAID\" | INVALID_VALUE",
        "\"WAGES\" | INVALID_VALUE",
        "5 | WRONG_TYPE",
      })
  void aPaymentTowardsNoOneTimeItemIsALocatedViolation(String item, String code) throws Exception {
    List<Violation> vs =
        LaborCalc.withBundledParameters()
            .validateJson(
                hangzhou("[{\"amount\": \"100.00\", \"item\": " + item + "}]").toString());
    assertThat(vs)
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.alreadyPaid[0].item", code));
  }
}
