package org.laborcalc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The embedding example run as a program. The hand calculation (Zhejiang art. 27: 医疗/就业 10 months
 * each for grade 7 on the 全省 average; more than five years to retirement):
 *
 * <pre>
 * 一次性伤残补助金 13 × 8,000 = 104,000.00 (fund, art. 37)
 * 医疗补助金 10 × 7,000 = 70,000.00 (fund)
 * 就业补助金 10 × 7,000 = 70,000.00 (employer)
 * employer 70,000.00; fund 174,000.00; total 244,000.00
 * </pre>
 */
class EmbeddingExampleTest {

  @Test
  void theExamplePrintsTheTotalsByPayer() {
    assumeTrue(
        EmbeddingExampleTest.class.getResource("/org/laborcalc/packs/index.json") != null,
        "needs the bundled parameter packs on the class path");
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("一次性伤残补助金 104000.00 (工伤保险基金)")
        .contains("一次性工伤医疗补助金 70000.00 (工伤保险基金)")
        .contains("一次性伤残就业补助金 70000.00 (用人单位)")
        .contains("employer 70,000.00", "fund 174,000.00", "total 244,000.00");
  }
}
