package org.laborcalc.severance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * 劳动合同法第四十二条 (no dismissal under arts. 40–41 in these circumstances) and 第四十五条 (an expiring
 * contract continues): the case states the circumstance, the tribunal finds unlawfulness. A lawful
 * computation is warned, never silently turned into 赔偿金; a circumstance no rule reads is refused.
 * The base is the N-2 worked example (art. 40(1), N 9,399.99 + 代通知金 4,000.00).
 */
class ProtectedWorkerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static Outcome compute(Consumer<ObjectNode> mutation) {
    ObjectNode f;
    try (InputStream in =
        ProtectedWorkerTest.class.getResourceAsStream(
            "/org/laborcalc/severance/worked/n2-after-medical-period-with-notice-pay.json")) {
      f = (ObjectNode) JSON.readTree(in).get("file").deepCopy();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    mutation.accept(f);
    Outcome o = CALC.compute(f.toString());
    assertThat(CALC.validateJson(f.toString())).isEqualTo(o.violations());
    return o;
  }

  private static ObjectNode termination(ObjectNode f) {
    return (ObjectNode) f.get("case").get("termination");
  }

  @Test
  void aDismissalUnderArticle40WithinTheMedicalPeriodIsWarnedNotRecomputed() {
    Outcome o = compute(f -> termination(f).putArray("protectedUnderArt42").add("MEDICAL_PERIOD"));
    SeveranceResult r = o.result(SeveranceResult.class);
    // The amounts of the lawful dismissal stand: 9,399.99 + 4,000.00.
    assertThat(r.total().toString()).isEqualTo("13399.99");
    assertThat(r.notices())
        .filteredOn(n -> n.code().equals("ART_42_BARS_DISMISSAL"))
        .singleElement()
        .satisfies(n -> assertThat(n.messageZh()).contains("第四十二条第（三）项患病或者非因工负伤，在规定的医疗期内"));
  }

  @Test
  void foundUnlawfulTheCircumstanceExplainsTheFindingAndIsNotWarned() {
    Outcome o =
        compute(
            f -> {
              termination(f).put("unlawful", true);
              termination(f).putArray("protectedUnderArt42").add("MEDICAL_PERIOD");
              ((ObjectNode) f.get("case")).remove("noticePay");
            });
    SeveranceResult r = o.result(SeveranceResult.class);
    // 2N: 2 × 3 × 3,133.33 = 2 × 9,399.99 = 18,799.98.
    assertThat(r.total().toString()).isEqualTo("18799.98");
    assertThat(r.notices())
        .extracting(SeveranceResult.Notice::code)
        .doesNotContain("ART_42_BARS_DISMISSAL");
  }

  @Test
  void anExpiryInACircumstanceOfArticle42IsDeferredByArticle45() {
    Outcome o =
        compute(
            f -> {
              termination(f)
                  .put("ground", "LCL_44_1_NOT_RENEWED")
                  .put("initiatedBy", "CONTRACT_EXPIRY");
              termination(f).putArray("protectedUnderArt42").add("PREGNANCY_MATERNITY_NURSING");
              ((ObjectNode) f.get("case")).remove("noticePay");
            });
    assertThat(o.violations()).isEmpty();
    assertThat(o.result(SeveranceResult.class).notices())
        .extracting(SeveranceResult.Notice::code)
        .contains("ART_45_CONTRACT_EXTENDED")
        .doesNotContain("ART_42_BARS_DISMISSAL");
  }

  @Test
  void aCircumstanceForAGroundNeitherArticleReadsOrListedTwiceIsRefused() {
    assertThat(
            compute(
                    f -> {
                      termination(f).put("ground", "LCL_39_2");
                      termination(f).putArray("protectedUnderArt42").add("MEDICAL_PERIOD");
                      ((ObjectNode) f.get("case")).remove("noticePay");
                    })
                .violations())
        .extracting(Violation::path, Violation::code)
        .contains(tuple("case.termination.protectedUnderArt42", "NOT_USED"));
    assertThat(
            compute(
                    f ->
                        termination(f)
                            .putArray("protectedUnderArt42")
                            .add("MEDICAL_PERIOD")
                            .add("MEDICAL_PERIOD"))
                .violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("case.termination.protectedUnderArt42[1]", "DUPLICATE"));
    assertThat(
            compute(f -> termination(f).putArray("protectedUnderArt42").add("PREGNANT"))
                .violations())
        .extracting(Violation::code)
        .containsExactly("INVALID_VALUE");
  }

  @Test
  void aPublicWelfarePostGivesNoCompensationButTheExtraMonthOfArticle40() {
    SeveranceResult r =
        compute(f -> ((ObjectNode) f.get("case").get("employment")).put("publicWelfarePost", true))
            .result(SeveranceResult.class);
    // 实施条例第十二条: no 经济补偿 (0.00); art. 40's month in lieu of notice is not 经济补偿: 4,000.00.
    assertThat(r.lines().get(0).code()).isEqualTo("ECONOMIC_COMPENSATION");
    assertThat(r.lines().get(0).due()).isFalse();
    assertThat(r.lines().get(0).citations())
        .extracting(org.laborcalc.law.Citation::toChinese)
        .containsExactly("《中华人民共和国劳动合同法》第四十条第一款第（一）项", "《中华人民共和国劳动合同法实施条例》第十二条");
    assertThat(r.total().toString()).isEqualTo("4000.00");
  }
}
