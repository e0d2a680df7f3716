package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;

/**
 * The streamed JSON ({@link LaborCalc#writeJson}) is the text {@link LaborCalc#toJson(CalcOutcome)}
 * gives, as UTF-8: for complete and incomplete results and for violations documents.
 */
class StreamedJsonTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static void sameBytes(String caseFile) throws IOException {
    CalcOutcome outcome = CALC.workInjuryJson(caseFile);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CALC.writeJson(outcome, out);
    String text = CALC.toJson(outcome);
    assertThat(text).endsWith("}\n");
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aResultStreamsAsItsText() throws IOException {
    for (String sample : List.of(Samples.FULL, Samples.MINIMAL, Samples.DEATH)) {
      assertThat(CALC.workInjuryJson(sample).isValid()).isTrue();
      sameBytes(sample);
    }
  }

  @Test
  void aViolationsDocumentStreamsAsItsText() throws IOException {
    String bad = Samples.FULL.replaceFirst("\"case\"", "\"cas\"");
    assertThat(CALC.workInjuryJson(bad).isValid()).isFalse();
    sameBytes(bad);
    sameBytes("[1, 2]");
  }

  @Test
  void theStreamIsFlushedNotClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    CALC.writeJson(CALC.workInjuryJson(Samples.MINIMAL), out);
    out.write('x');
    assertThat(closed[0]).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}\nx");
  }
}
