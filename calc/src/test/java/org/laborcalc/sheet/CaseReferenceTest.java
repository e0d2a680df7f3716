package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;

/**
 * A case file's optional {@code reference} (case number, parties, tribunal) opens the sheet's
 * header, before the facts; the digest of the file as given follows them (issue 20).
 */
class CaseReferenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String severanceWith(String reference) throws Exception {
    ObjectNode file =
        (ObjectNode)
            JSON.readTree(
                Files.readString(
                    Path.of(
                        "..",
                        "examples",
                        "cases",
                        "severance",
                        "n2-medical-period-notice-pay.json")));
    file.set("reference", JSON.readTree(reference));
    return JSON.writeValueAsString(file);
  }

  @Test
  void theReferenceOpensTheHeaderAndTheDigestIsTheFilesSha256() throws Exception {
    String json =
        severanceWith(
            "{\"caseNumber\": \"济劳人仲案字〔2024〕第88号\", \"applicant\": \"张某\","
                + " \"respondent\": \"某机械公司\", \"tribunal\": \"济宁市劳动人事争议仲裁委员会\"}");
    Outcome o = LaborCalc.withBundledParameters().compute(json);
    assertThat(o.isValid()).as(o.violations().toString()).isTrue();
    String sheet = o.sheet(SheetFormat.TEXT);
    assertThat(sheet)
        .contains("济劳人仲案字〔2024〕第88号", "张某", "某机械公司", "济宁市劳动人事争议仲裁委员会")
        .contains(SheetOptions.digestOf(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(sheet.indexOf("案号")).isLessThan(sheet.indexOf("劳动合同履行地"));
    assertThat(o.sheet(SheetFormat.TEXT, SheetOptions.DEFAULT.withLanguage(SheetLanguage.EN)))
        .contains("Case number", "Applicant", "Respondent", "Tribunal");
  }

  @Test
  void anUnknownFieldOfTheReferenceIsLocated() throws Exception {
    Outcome o = LaborCalc.withBundledParameters().compute(severanceWith("{\"judge\": \"x\"}"));
    assertThat(o.isValid()).isFalse();
    assertThat(o.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("reference.judge"));
  }

  @Test
  void aReferenceThatIsNotAnObjectIsLocated() throws Exception {
    Outcome o = LaborCalc.withBundledParameters().compute(severanceWith("\"88\""));
    assertThat(o.isValid()).isFalse();
    assertThat(o.violations()).anySatisfy(v -> assertThat(v.path()).isEqualTo("reference"));
  }
}
