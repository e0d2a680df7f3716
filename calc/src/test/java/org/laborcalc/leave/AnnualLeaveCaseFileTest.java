package org.laborcalc.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;
import org.laborcalc.result.LineValue;

/**
 * Bad and hostile annual-leave case files each give located violations (path, Chinese, English);
 * and the peers' known errors (ARBITRATION.md §1.2) are not repeated.
 */
class AnnualLeaveCaseFileTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static String file(String employment, String cumulative, String wage, String years) {
    return """
        {"calculation": "annual-leave", "formatVersion": 1,
         "case": {"region": "110000", "employment": %s, "cumulativeWork": %s,
                  "monthlyWage": %s, "years": %s}}
        """
        .formatted(employment, cumulative, wage, years);
  }

  private static final String EMPLOYED = "{\"start\": \"2020-01-01\", \"end\": null}";
  private static final String EIGHT_YEARS = "{\"asOf\": \"2024-01-01\", \"years\": 8}";

  @Test
  void leaveTakenOver366DaysIsLocated() {
    Outcome o =
        CALC.compute(
            file(EMPLOYED, EIGHT_YEARS, "\"8700.00\"", "[{\"year\": 2024, \"daysTaken\": 367}]"));
    assertThat(o.violations())
        .extracting(Violation::path)
        .containsExactly("case.years[0].daysTaken");
    assertThat(o.violations().get(0).messageZh()).contains("366");
  }

  @Test
  void everyProblemIsReportedAtItsPath() {
    Outcome o =
        CALC.compute(
            file(
                "{\"start\": \"2020-01-01\", \"end\": \"2019-01-01\"}",
                "{\"asOf\": \"2024-01-01\", \"years\": 8, \"months\": 12}",
                "\"-1\"",
                "[{\"year\": 2024, \"daysTaken\": 0.3}, {\"year\": 2024}]"));
    assertThat(o.violations())
        .extracting(Violation::path)
        .containsExactly(
            "case.employment.end",
            "case.cumulativeWork.months",
            "case.monthlyWage",
            "case.years[0].daysTaken",
            "case.years[1].year");
    assertThat(o.violations()).allSatisfy(v -> assertThat(v.messageEn()).isNotBlank());
  }

  @Test
  void aFieldOfTheWrongTypeOrNameIsLocated() {
    Outcome o =
        CALC.compute(file(EMPLOYED, EIGHT_YEARS, "\"8700.00\"", "[{\"year\": 2024, \"days\": 1}]"));
    assertThat(o.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.years[0].days", "INVALID_FIELD"));
    Outcome bad =
        CALC.compute(
            file("{\"start\": \"not a date\"}", EIGHT_YEARS, "\"8700.00\"", "[{\"year\": 2024}]"));
    assertThat(bad.violations())
        .extracting(Violation::path)
        .containsExactly("case.employment.start");
  }

  @Test
  void aYearOutsideTheEmploymentIsLocated() {
    Outcome o = CALC.compute(file(EMPLOYED, EIGHT_YEARS, "\"8700.00\"", "[{\"year\": 2019}]"));
    assertThat(o.violations()).extracting(Violation::path).containsExactly("case.years[0].year");
  }

  /**
   * The "西安本地化" engine took the band from this employer's tenure; 实施办法 art. 4 counts every
   * employer: a worker with 9 years elsewhere, in the second year here, has 10 days, not 5.
   */
  @Test
  void theBandIsFromCumulativeWorkWithEveryEmployerNotThisEmployersTenure() {
    Outcome o =
        CALC.compute(
            file(
                "{\"start\": \"2023-01-01\"}",
                "{\"asOf\": \"2023-01-01\", \"years\": 10}",
                "\"6525.00\"",
                "[{\"year\": 2024, \"daysTaken\": 0}]"));
    AnnualLeaveResult r = o.result(AnnualLeaveResult.class);
    assertThat(r.years().get(0).days().unused()).isEqualByComparingTo("10");
    // 10 × 6,525.00 ÷ 21.75 × 200% = 6,000.00 — never 300% (the days were worked and paid)
    assertThat(((LineValue.OneTime) r.years().get(0).line().value()).amount().toString())
        .isEqualTo("6000.00");
  }

  /** A written own-reason refusal (实施办法 art. 10 ¶2): nothing beyond the wage already paid. */
  @Test
  void aWrittenRefusalLeavesNothingToPay() {
    Outcome o =
        CALC.compute(
            file(
                EMPLOYED,
                EIGHT_YEARS,
                "\"8700.00\"",
                "[{\"year\": 2024, \"daysTaken\": 0, \"writtenRefusal\": true}]"));
    AnnualLeaveResult r = o.result(AnnualLeaveResult.class);
    assertThat(r.total().toString()).isEqualTo("0.00");
    assertThat(r.years().get(0).line().citations())
        .extracting(c -> c.toChinese())
        .contains("《企业职工带薪年休假实施办法》第十条第二款");
  }

  @Test
  void twentyDaysOfPaidPersonalLeaveBarTheYear() {
    Outcome o =
        CALC.compute(
            file(
                EMPLOYED,
                EIGHT_YEARS,
                "\"8700.00\"",
                "[{\"year\": 2024, \"paidPersonalLeaveDays\": 20}, {\"year\": 2023, \"paidPersonalLeaveDays\": 19}]"));
    AnnualLeaveResult r = o.result(AnnualLeaveResult.class);
    assertThat(r.years().get(0).days().disqualifiedBy().toChinese())
        .isEqualTo("《职工带薪年休假条例》第四条第一款第（二）项");
    assertThat(r.years().get(1).days().unused()).isEqualByComparingTo("5");
  }

  @Test
  void lessThanAYearOfCumulativeWorkGivesNoLeave() {
    Outcome o =
        CALC.compute(
            file(
                "{\"start\": \"2024-03-01\"}",
                "{\"asOf\": \"2024-03-01\", \"years\": 0}",
                "\"5000.00\"",
                "[{\"year\": 2024}]"));
    assertThat(o.result(AnnualLeaveResult.class).total().toString()).isEqualTo("0.00");
  }
}
