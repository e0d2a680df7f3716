package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;

/**
 * The rules that link the claims of one case, where problems are reported, the time-limit events
 * and options, and the finality edge — each on AR-1 (ar-1-dismissal-notice-double-wage.json) with
 * one fact changed. AR-1's amounts: N 7,500.00 (1.5 × 5,000.00), 代通知金 5,000.00, 二倍工资 54,761.90
 * (DW-2), of which 10,000.00 (July and August 2022) out of time on 2023-09-20 (TL-5).
 */
class ArbitrationRulesTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode ar1() {
    try {
      return (ObjectNode)
          JSON.readTree(
              Path.of("../examples/cases/arbitration/ar-1-dismissal-notice-double-wage.json")
                  .toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static ObjectNode caseOf(ObjectNode file) {
    return (ObjectNode) file.get("case");
  }

  static Outcome compute(ObjectNode file) {
    return LaborCalc.withBundledParameters().compute(file.toString());
  }

  static ArbitrationResult result(ObjectNode file) {
    Outcome o = compute(file);
    assertThat(o.violations()).isEmpty();
    return o.result(ArbitrationResult.class);
  }

  static ObjectNode claim(ObjectNode file, int i) {
    return (ObjectNode) caseOf(file).get("claims").get(i);
  }

  @Test
  void damagesExcludeCompensationByImplementingRegulationArt25() {
    ObjectNode f = ar1();
    ((ObjectNode) caseOf(f).get("termination")).put("unlawful", true);
    caseOf(f).remove("noticePay"); // only a lawful art. 40 dismissal uses it
    ((ArrayNode) caseOf(f).get("claims"))
        .addObject()
        .put("id", "c4")
        .put("type", "WRONGFUL_TERMINATION_DAMAGES");
    ArbitrationResult r = result(f);
    // 2N over the whole service (实施条例 art. 25): 2 × 1.5 × 5,000.00 = 15,000.00.
    assertThat(r.claim("c4").orElseThrow().status()).isEqualTo(ClaimStatus.COMPUTED);
    assertThat(r.claim("c4").orElseThrow().amount()).isEqualTo(Money.parse("15000.00"));
    ClaimResult n = r.claim("c1").orElseThrow();
    assertThat(n.status()).isEqualTo(ClaimStatus.EXCLUDED_BY_RULE);
    assertThat(n.amount()).isEqualTo(Money.ZERO);
    assertThat(n.citations()).extracting(c -> c.toChinese()).anyMatch(s -> s.contains("第二十五条"));
    // No 代通知金 beside an unlawful dismissal: it belongs to a lawful art. 40 one.
    assertThat(r.claim("c3").orElseThrow().status()).isEqualTo(ClaimStatus.NOT_DUE);
    // total = 15,000.00 + 54,761.90 = 69,761.90: N is never counted beside 2N.
    assertThat(r.totals().total()).isEqualTo(Money.parse("69761.90"));
  }

  @Test
  void compensationAloneForAnUnlawfulTerminationIsNotDueAndSaysWhy() {
    ObjectNode f = ar1();
    ((ObjectNode) caseOf(f).get("termination")).put("unlawful", true);
    caseOf(f).remove("noticePay");
    ClaimResult n = result(f).claim("c1").orElseThrow();
    assertThat(n.status()).isEqualTo(ClaimStatus.NOT_DUE);
    assertThat(n.reason().zh()).contains("未请求赔偿金");
  }

  @Test
  void aSharedFactTheCaseLacksIsReportedAtEachClaimNamingTheFact() {
    ObjectNode f = ar1();
    ((ObjectNode) caseOf(f).get("employment")).remove("start");
    Outcome o = compute(f);
    assertThat(o.isValid()).isFalse();
    assertThat(o.violations())
        .extracting(Violation::path, Violation::code)
        .contains(
            tuple("case.claims[0]", "REQUIRED"),
            tuple("case.claims[1]", "REQUIRED"),
            tuple("case.claims[2]", "REQUIRED"));
    assertThat(o.violations())
        .filteredOn(v -> v.path().equals("case.claims[1]"))
        .allMatch(v -> v.messageEn().contains("needs the fact case.employment.start"))
        .allMatch(v -> v.messageZh().contains("请求c2"));
  }

  @Test
  void aClaimsOwnFactIsReportedInTheClaim() {
    ObjectNode f = ar1();
    ((ObjectNode) claim(f, 1).get("wages").get(0)).put("normalWage", 5000);
    Outcome o = compute(f);
    assertThat(o.violations())
        .extracting(Violation::path)
        .contains("case.claims[1].wages[0].normalWage");
  }

  @Test
  void aBadSharedFactIsReportedWhereItIsWrittenOnce() {
    ObjectNode f = ar1();
    ((ObjectNode) caseOf(f).get("termination")).put("ground", "NO_SUCH_GROUND");
    Outcome o = compute(f);
    assertThat(o.violations()).isNotEmpty();
    assertThat(o.violations())
        .extracting(Violation::path)
        .allMatch(p -> p.startsWith("case.termination.ground"));
  }

  @Test
  void aClaimRestatingASharedFactOtherwiseIsRefused() {
    ObjectNode f = ar1();
    claim(f, 1).putObject("employment").put("start", "2022-07-01");
    Outcome o = compute(f);
    assertThat(o.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.claims[1].employment.start", "CONFLICTS_WITH_CASE"));
  }

  @Test
  void aClaimTypeListedTwiceIsRefused() {
    ObjectNode f = ar1();
    ((ArrayNode) caseOf(f).get("claims")).addObject().put("id", "c9").put("type", "SEVERANCE");
    assertThat(compute(f).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.claims[3].type", "DUPLICATE"));
  }

  @Test
  void anInterruptionRestartsTheYearOfTheClaimsItNames() {
    ObjectNode f = ar1();
    caseOf(f)
        .putArray("limitationEvents")
        .addObject()
        .put("interruption", "REQUEST_FOR_RELIEF")
        .put("date", "2023-08-01")
        .putArray("claims")
        .add("c2");
    ClaimResult dw = result(f).claim("c2").orElseThrow();
    // July 2022's limit (accrual 2022-08-10) was running on 2023-08-01: restarted, deadline
    // 2024-08-01 (art. 27 ¶2); August's (accrual 2022-09-09) too. Nothing is out of time now.
    assertThat(dw.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2024-08-01");
    assertThat(dw.lines().get(0).limitation().citations())
        .extracting(c -> c.toChinese())
        .anyMatch(s -> s.contains("第二十七条第二款"));
    assertThat(dw.limitation()).contains(LimitationStatus.WITHIN);
    assertThat(dw.amountIfLimitationRaised()).isEqualTo(dw.amount());
    // Every month's second wage fell due before 2023-08-01 (the last, May 2023's, on 2023-06-09)
    // and its year was running then: each restarts on 2023-08-01.
    assertThat(dw.lines())
        .allSatisfy(
            l -> assertThat(l.limitation().deadline().orElseThrow()).hasToString("2024-08-01"));
    // The claims the event does not name keep their own: N from 2023-08-31 → 2024-08-31.
    assertThat(result(f).claim("c1").orElseThrow().lines().get(0).limitation().citations())
        .extracting(c -> c.toChinese())
        .noneMatch(s -> s.contains("第二十七条第二款"));
  }

  @Test
  void fromTheEndOfTheViolationNothingIsOutOfTime() {
    ObjectNode f = ar1();
    f.putObject("options").put("limitation.doubleWage", "FROM_END_OF_VIOLATION");
    ArbitrationResult r = result(f);
    ClaimResult dw = r.claim("c2").orElseThrow();
    // TL-5: accrual 2023-05-31, the day after the last double-wage day → deadline 2024-05-31.
    assertThat(dw.lines())
        .allSatisfy(
            l -> assertThat(l.limitation().deadline().orElseThrow()).hasToString("2024-05-31"));
    assertThat(r.totals().totalIfLimitationRaised()).isEqualTo(r.totals().total());
    assertThat(r.options().asMap()).containsEntry("limitation.doubleWage", "FROM_END_OF_VIOLATION");
  }

  @Test
  void theLastDayMovesOnlyUnderTheOption() {
    ObjectNode f = ar1();
    f.putObject("options").put("limitation.lastDay", "NEXT_WORKING_DAY");
    ClaimResult dw = result(f).claim("c2").orElseThrow();
    // August 2022's second wage: anniversary 2023-09-09 is a Saturday → Monday 2023-09-11 (TL-5),
    // still before the application of 2023-09-20: out of time either way.
    assertThat(dw.lines().get(1).limitation().deadline().orElseThrow()).hasToString("2023-09-11");
    assertThat(dw.lines().get(1).limitation().status())
        .contains(LimitationStatus.EXPIRED_IF_RAISED);
  }

  /** AR-1 with the 代通知金 standard and the minimum wage set to put it at a threshold. */
  static ObjectNode atThreshold(String noticeStandard, String minimumWage) {
    ObjectNode f = ar1();
    ((ObjectNode) caseOf(f).get("noticePay")).put("lastMonthStandardWage", noticeStandard);
    ((ArrayNode) f.get("parameters").get("entries"))
        .addObject()
        .put("key", "wage.minimumMonthly")
        .put("region", "110000")
        .put("from", "2022-01-01")
        .put("value", minimumWage)
        .put("verification", "USER_SUPPLIED")
        .putArray("citations")
        .addObject()
        .put("document", "threshold test figure");
    return f;
  }

  @Test
  void anItemAtTheThresholdIsFinalAndOneFenAboveItIsNot() {
    // Minimum wage 416.67 → threshold 12 × 416.67 = 5,000.04 ("不超过" includes equality).
    ClaimResult at = result(atThreshold("5000.04", "416.67")).claim("c3").orElseThrow();
    assertThat(at.amount()).isEqualTo(Money.parse("5000.04"));
    assertThat(at.finality().get(0).status()).isEqualTo(FinalityStatus.FINAL);
    ClaimResult above = result(atThreshold("5000.05", "416.67")).claim("c3").orElseThrow();
    assertThat(above.finality().get(0).status()).isEqualTo(FinalityStatus.NOT_FINAL);
  }

  @Test
  void withoutAMinimumWageFinalityIsUndeterminedAndTheFigureIsMissing() {
    // Jining (370800): no bundled minimum wage, the example's average moved there too.
    ObjectNode f = ar1();
    caseOf(f).put("region", "370800");
    ((ObjectNode) f.get("parameters").get("entries").get(0)).put("region", "370800");
    // The severance floor needs the minimum wage too: N and 代通知金 are kept out, NEEDS_INPUT.
    ArbitrationResult r = compute(f).result(ArbitrationResult.class);
    assertThat(r.isComplete()).isFalse();
    assertThat(r.missing()).extracting(Violation::code).contains("MISSING_PARAMETER");
    assertThat(r.claim("c1").orElseThrow().status()).isEqualTo(ClaimStatus.NEEDS_INPUT);
    assertThat(r.claim("c2").orElseThrow().finality().get(0).status())
        .isEqualTo(FinalityStatus.UNDETERMINED);
    // The only computed item cannot be split from itself (FinalAward.assess).
    assertThat(r.totals().awardSplitRequired()).contains(false);
    assertThat(r.totals().undeterminedTotal()).isEqualTo(Money.parse("54761.90"));
  }
}
