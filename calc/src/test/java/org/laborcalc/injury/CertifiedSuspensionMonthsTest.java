package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.money.Money;

/**
 * The 停工留薪期 as the certificate or the award states it, in months (“停工留薪期为4.5个月”), instead of its
 * dates: paid as those months × 原工资福利待遇 (art. 33 ¶1), rounded half-up to the fen once. Amounts are
 * worked by hand.
 */
class CertifiedSuspensionMonthsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hangzhou, uninsured, grade 8, injured 2023-06-10, appraised 2024-01-15, 7,000.00 a month. */
  private static ObjectNode file(String suspension) {
    try {
      return (ObjectNode)
          JSON.readTree(
              """
              {"case": {
                "region": "330100",
                "worker": {"birthDate": "1985-05-20", "retirementCategory": "MALE"},
                "employment": {"start": "2022-03-01"},
                "injury": {"date": "2023-06-10", "occupationalDisease": false},
                "appraisal": {"date": "2024-01-15", "itemGrades": [8], "selfCare": "NONE"},
                "suspension": %s,
                "insurance": {"status": "UNINSURED"},
                "wage": {"monthlyWage": "%s"}}}
              """
                  .formatted(suspension, "7000.00"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static WorkInjuryResult compute(ObjectNode file) {
    var outcome = LaborCalc.withBundledParameters().compute(file.toString());
    assertThat(outcome.violations()).isEmpty();
    return outcome.result(WorkInjuryResult.class);
  }

  private static BenefitLine suspensionLine(WorkInjuryResult r) {
    return r.lines().stream()
        .filter(l -> l.item() == BenefitItem.SUSPENSION_PERIOD_WAGES)
        .findFirst()
        .orElseThrow();
  }

  /** 4.5 × 7,000.00 = 31,500.00; no dates counted, so no part month and no day option applies. */
  @Test
  void fourAndAHalfMonthsArePaidAsFourAndAHalfMonthsOfTheOriginalPay() {
    WorkInjuryResult r = compute(file("{\"start\": \"2023-06-10\", \"certifiedMonths\": \"4.5\"}"));

    BenefitLine line = suspensionLine(r);
    assertThat(line.amount()).isEqualTo(Money.parse("31500.00"));
    assertThat(line.payer()).isEqualTo(org.laborcalc.result.Party.EMPLOYER);
    assertThat(line.explanationZh()).contains("经确认为 4.5 个月");
    assertThat(line.formula().evaluate()).isEqualTo(Money.parse("31500.00"));
    assertThat(r.warnings()).extracting(Notice::code).doesNotContain("SUSPENSION_AFTER_APPRAISAL");
  }

  /** 4.33 × 6,543.21 = 28,332.0993 → 28,332.10 (half-up, once). */
  @Test
  void theProductIsRoundedOnceToTheFen() {
    ObjectNode f = file("{\"start\": \"2023-06-10\", \"certifiedMonths\": \"4.33\"}");
    ((ObjectNode) f.get("case").get("wage")).put("monthlyWage", "6543.21");
    assertThat(suspensionLine(compute(f)).amount()).isEqualTo(Money.parse("28332.10"));
  }

  /**
   * Over the normal 12 months (art. 33 ¶2): 13 × 7,000.00 = 91,000.00, warned unless the extension
   * is confirmed.
   */
  @Test
  void beyondTwelveMonthsIsWarnedUnlessTheExtensionIsConfirmed() {
    WorkInjuryResult unconfirmed =
        compute(file("{\"start\": \"2023-06-10\", \"certifiedMonths\": \"13\"}"));
    WorkInjuryResult confirmed =
        compute(
            file(
                "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"13\","
                    + " \"extensionConfirmed\": true}"));

    assertThat(suspensionLine(unconfirmed).amount()).isEqualTo(Money.parse("91000.00"));
    assertThat(unconfirmed.warnings())
        .extracting(Notice::code)
        .contains("SUSPENSION_OVER_NORMAL_MAXIMUM", "SUSPENSION_AFTER_APPRAISAL");
    assertThat(suspensionLine(confirmed).amount()).isEqualTo(Money.parse("91000.00"));
    assertThat(confirmed.warnings())
        .extracting(Notice::code)
        .doesNotContain("SUSPENSION_OVER_NORMAL_MAXIMUM");
  }

  /**
   * The last day, for the checks on dates: 2023-06-10 + 4 months = 2023-10-10; half of October's 31
   * days is 15.5, rounded up to 16: the span ends on 2023-10-25. 2024-01-31 + 1 month is the end of
   * February (2024-02-29); 0.25 × 29 = 7.25 → 8 days: 2024-03-07 inclusive.
   */
  @Test
  void theLastDayOfCertifiedMonthsCountsWholeMonthsThenTheFractionRoundedUp() {
    assertThat(
            Suspension.ofMonths(LocalDate.of(2023, 6, 10), new BigDecimal("4.5"), false).lastDay())
        .isEqualTo(LocalDate.of(2023, 10, 25));
    assertThat(
            Suspension.ofMonths(LocalDate.of(2024, 1, 31), new BigDecimal("1.25"), false).lastDay())
        .isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(Suspension.ofMonths(LocalDate.of(2023, 6, 10), new BigDecimal("6"), false).lastDay())
        .isEqualTo(LocalDate.of(2023, 12, 9));
  }

  /** The typed builder gives the same line as the case file. */
  @Test
  void theBuilderTakesTheMonths() {
    WorkInjuryCase months =
        WorkInjuryCase.builder()
            .region(org.laborcalc.region.Region.of("330100"))
            .worker(LocalDate.of(1985, 5, 20), org.laborcalc.retirement.RetirementCategory.MALE)
            .employedFrom(LocalDate.of(2022, 3, 1))
            .injuredOn(LocalDate.of(2023, 6, 10))
            .suspendedForMonths(LocalDate.of(2023, 6, 10), new BigDecimal("4.5"), false)
            .appraised(LocalDate.of(2024, 1, 15), 8)
            .uninsured()
            .monthlyWage(Money.parse("7000.00"))
            .build();
    WorkInjuryResult r =
        WorkInjuryCalculator.withBundledParameters()
            .calculatePartial(months, CalculationOptions.defaults());
    assertThat(suspensionLine(r).amount()).isEqualTo(Money.parse("31500.00"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"start\": \"2023-06-10\", \"endInclusive\": \"2023-10-25\", \"certifiedMonths\": \"4.5\"}"
            + " | case.suspension.certifiedMonths | CONTRADICTION",
        "{\"start\": \"2023-06-10\"} | case.suspension.endInclusive | REQUIRED",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"0\"} | case.suspension.certifiedMonths"
            + " | OUT_OF_RANGE",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"24.5\"} |"
            + " case.suspension.certifiedMonths | OUT_OF_RANGE",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"4.555\"} |"
            + " case.suspension.certifiedMonths | OUT_OF_RANGE",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": 4.5} | case.suspension.certifiedMonths"
            + " | WRONG_TYPE",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"4,5\"} |"
            + " case.suspension.certifiedMonths | MALFORMED_NUMBER",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"-1\"} | case.suspension.certifiedMonths"
            + " | MALFORMED_NUMBER",
        "{\"start\": \"2023-06-10\", \"certifiedMonths\": \"4.5个月\"} |"
            + " case.suspension.certifiedMonths | MALFORMED_NUMBER",
      })
  void aBadPeriodIsALocatedViolation(String suspension, String path, String code) {
    List<Violation> vs =
        LaborCalc.withBundledParameters().validateJson(file(suspension).toString());
    assertThat(vs)
        .filteredOn(v -> !v.code().equals("MISSING_PARAMETER"))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple(path, code));
  }
}
