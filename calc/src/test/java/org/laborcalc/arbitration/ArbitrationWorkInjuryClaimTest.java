package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;

/**
 * AR-2, examples/cases/arbitration/ar-2-work-injury-and-arrears.json: the seed case's worker
 * (barite mine, grade 9, uninsured; appraised 2020-08-20, employment ended 2020-10-31) applies on
 * 2021-09-01 for the work-injury benefits and October 2020's unpaid wage 6,500.00, after demanding
 * payment of the benefits on 2021-03-01. Illustrative figure: Jining minimum wage 2,100.00.
 */
class ArbitrationWorkInjuryClaimTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode ar2() {
    try {
      return (ObjectNode)
          JSON.readTree(
              Path.of("../examples/cases/arbitration/ar-2-work-injury-and-arrears.json").toFile());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Outcome compute(ObjectNode f) {
    return LaborCalc.withBundledParameters().compute(f.toString());
  }

  private static ArbitrationResult result(ObjectNode f) {
    Outcome o = compute(f);
    assertThat(o.violations()).isEmpty();
    return o.result(ArbitrationResult.class);
  }

  @Test
  void theBenefitsAreTheSeedCasesAndTheTotalAddsTheArrears() {
    ArbitrationResult r = result(ar2());
    // The seed's working (testkit seed-barite-mine-grade9.expected.json): 58,500 + 39,000 + 40,600
    // + 69,600 + 300 + 40,000 + 2,800 = 250,800.00, all the uninsured employer's (art. 62 ¶2).
    assertThat(r.claim("c1").orElseThrow().amount()).isEqualTo(Money.parse("250800.00"));
    assertThat(r.claim("c2").orElseThrow().amount()).isEqualTo(Money.parse("6500.00"));
    // 250,800.00 + 6,500.00 = 257,300.00, every yuan the employer's.
    assertThat(r.totals().total()).isEqualTo(Money.parse("257300.00"));
    assertThat(r.totals().byParty().values()).containsExactly(Money.parse("257300.00"));
  }

  @Test
  void theWorkInjuryResultIsNestedUnchanged() throws Exception {
    // The same claim as a work-injury case file of its own: the claim's facts, the shared ones
    // (region, employment.start, wage), the same parameters.
    ObjectNode f = ar2();
    ObjectNode c = (ObjectNode) f.get("case");
    ObjectNode claim = ((ObjectNode) c.get("claims").get(0)).deepCopy();
    JsonNode options = claim.remove("options");
    claim.remove("id");
    claim.remove("type");
    claim.put("region", c.get("region").asText());
    ((ObjectNode) claim.get("employment")).set("start", c.get("employment").get("start"));
    claim.set("wage", c.get("wage"));
    ObjectNode alone = JSON.createObjectNode();
    alone.put("calculation", "work-injury");
    alone.put("formatVersion", 1);
    alone.set("case", claim);
    alone.set("options", options);
    alone.set("parameters", f.get("parameters"));
    JsonNode own = JSON.readTree(compute(alone).toJson());
    JsonNode nested = JSON.readTree(compute(f).toJson()).get("claims").get(0).get("result");
    assertThat(nested).isEqualTo(own);
    assertThat(nested.get("format").asText()).isEqualTo("laborcalc.work-injury-result/1");
  }

  @Test
  void theDemandOfMarchInterruptsTheBenefitsLimit() {
    ArbitrationResult r = result(ar2());
    ClaimResult wi = r.claim("c1").orElseThrow();
    // Accrual: the appraisal conclusion 2020-08-20; the demand of 2021-03-01 (art. 27 ¶2, "向对方当事人
    // 主张权利") restarts the year → 2022-03-01; filed 2021-09-01 → within.
    assertThat(wi.lines().get(0).limitation().accrual().orElseThrow()).hasToString("2020-08-20");
    assertThat(wi.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2022-03-01");
    assertThat(wi.limitation()).contains(LimitationStatus.WITHIN);
    // The arrears (art. 27 ¶4): one year from the end of the employment 2020-10-31 → 2021-10-31.
    ClaimResult wa = r.claim("c2").orElseThrow();
    assertThat(wa.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2021-10-31");
    assertThat(wa.limitation()).contains(LimitationStatus.WITHIN);
  }

  @Test
  void withoutTheDemandTheBenefitsAreOutOfTimeButStayInTheTotal() {
    ObjectNode f = ar2();
    ((ObjectNode) f.get("case")).remove("limitationEvents");
    ArbitrationResult r = result(f);
    ClaimResult wi = r.claim("c1").orElseThrow();
    // 2020-08-20 + one year = 2021-08-20 < 2021-09-01: expired if the employer raises it.
    assertThat(wi.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2021-08-20");
    assertThat(wi.limitation()).contains(LimitationStatus.EXPIRED_IF_RAISED);
    assertThat(r.totals().total()).isEqualTo(Money.parse("257300.00"));
    // Raised: only the arrears, 6,500.00, remain.
    assertThat(r.totals().totalIfLimitationRaised()).isEqualTo(Money.parse("6500.00"));
  }

  @Test
  void theBenefitsAreNotFinalAndTheArrearsAre() {
    ArbitrationResult r = result(ar2());
    // Threshold 12 × 2,100.00 = 25,200.00. The benefits other than 医疗费 are outside art. 47 (一)
    // read literally → not final whatever their amount; the arrears 6,500.00 ≤ 25,200.00 → final.
    assertThat(r.claim("c1").orElseThrow().finality())
        .extracting(f -> f.status())
        .containsExactly(FinalityStatus.NOT_FINAL);
    assertThat(r.claim("c2").orElseThrow().finality().get(0).status())
        .isEqualTo(FinalityStatus.FINAL);
    assertThat(r.totals().finalTotal()).isEqualTo(Money.parse("6500.00"));
    assertThat(r.totals().nonFinalTotal()).isEqualTo(Money.parse("250800.00"));
    assertThat(r.totals().awardSplitRequired()).contains(true);
  }

  @Test
  void aWorkInjuryClaimWithoutAppraisalNeedsItsKnownDate() {
    ObjectNode f = ar2();
    ObjectNode claim = (ObjectNode) f.get("case").get("claims").get(0);
    claim.put("knownOn", "2021-01-05");
    ArbitrationResult r = result(f);
    // knownOn replaces the appraisal date: 2021-01-05, interrupted 2021-03-01 → 2022-03-01.
    assertThat(r.claim("c1").orElseThrow().lines().get(0).limitation().accrual().orElseThrow())
        .hasToString("2021-01-05");
  }
}
