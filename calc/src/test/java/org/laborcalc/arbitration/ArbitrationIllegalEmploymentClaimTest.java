package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;

/**
 * IE-1 (ARBITRATION.md §2.10, examples/cases/illegal-employment/ie-1-grade7.json) as the one claim
 * of an arbitration case filed on 2023-10-01.
 */
class ArbitrationIllegalEmploymentClaimTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theOneTimeCompensationIsIe1AndNeverFinal() throws Exception {
    ObjectNode ie =
        (ObjectNode)
            JSON.readTree(
                Path.of("../examples/cases/illegal-employment/ie-1-grade7.json").toFile());
    ObjectNode own = ((ObjectNode) ie.get("case")).deepCopy();
    String region = own.remove("region").asText();
    ObjectNode f = JSON.createObjectNode();
    f.put("calculation", "arbitration");
    ObjectNode c = f.putObject("case");
    c.put("region", region).put("applicationDate", "2023-10-01");
    ObjectNode claim = c.putArray("claims").addObject();
    claim.put("id", "c1").put("type", "ILLEGAL_EMPLOYER_COMPENSATION");
    claim.setAll(own);
    f.set("parameters", ie.get("parameters"));
    Outcome o = LaborCalc.withBundledParameters().compute(f.toString());
    assertThat(o.violations()).isEmpty();
    ArbitrationResult r = o.result(ArbitrationResult.class);
    ClaimResult c1 = r.claim("c1").orElseThrow();
    // IE-1: living allowance 3 × 7,000.00 = 21,000.00 (人社部令第9号 art. 4) + grade 7: 4 × 84,000.00 =
    // 336,000.00 (art. 5) = 357,000.00.
    assertThat(c1.amount()).isEqualTo(Money.parse("357000.00"));
    // Accrual: the appraisal conclusion 2023-04-20 → deadline 2024-04-20; filed 2023-10-01.
    assertThat(c1.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2024-04-20");
    assertThat(c1.limitation()).contains(LimitationStatus.WITHIN);
    // Outside art. 47 (一): not final, whatever the minimum wage (none is needed, none missing).
    assertThat(c1.finality().get(0).status()).isEqualTo(FinalityStatus.NOT_FINAL);
    assertThat(r.isComplete()).isTrue();
    // Its own document, unchanged.
    JsonNode alone =
        JSON.readTree(
            LaborCalc.withBundledParameters()
                .compute(
                    java.nio.file.Files.readAllBytes(
                        Path.of("../examples/cases/illegal-employment/ie-1-grade7.json")))
                .toJson());
    assertThat(JSON.readTree(o.toJson()).get("claims").get(0).get("result")).isEqualTo(alone);
  }
}
