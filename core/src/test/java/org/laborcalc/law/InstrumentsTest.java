package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InstrumentsTest {

  /**
   * The project's legal folder: {@code shared/legal} beside the clone. Maven runs tests in the
   * module directory ({@code core}), so it is two levels up.
   */
  private static final Path LEGAL = Path.of("..", "..", "shared", "legal");

  /** The ids as written in instruments.json, read here without the registry's code. */
  static List<String> idsInTheResource() throws IOException {
    try (InputStream in = Instruments.class.getResourceAsStream("instruments.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<String> ids = new ArrayList<>();
      root.get("instruments").forEach(n -> ids.add(n.get("id").asText()));
      return ids;
    }
  }

  @ParameterizedTest
  @MethodSource("idsInTheResource")
  void everyIdLoads(String id) {
    Instrument i = Instruments.get(id);
    assertThat(i.id()).isEqualTo(id);
    assertThat(Instruments.find(id)).contains(i);
    assertThat(i.nameZh()).isNotBlank();
    assertThat(i.nameEn()).isNotBlank();
    assertThat(i.source()).isNotBlank();
  }

  @Test
  void theRegistryHoldsExactlyTheResource() throws IOException {
    List<String> ids = idsInTheResource();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(Instruments.all()).extracting(Instrument::id).containsExactlyElementsOf(ids);
  }

  @Test
  void constantsResolve() {
    Instrument reg2010 = Instruments.WORK_INJURY_REGULATION_2010;
    assertThat(reg2010.id()).isEqualTo("gsbx-tiaoli-2010");
    assertThat(reg2010.nameZh()).isEqualTo("工伤保险条例");
    assertThat(reg2010.titleZh()).isEqualTo("《工伤保险条例》");
    assertThat(reg2010.documentNumberIfKnown()).contains("国务院令第586号");
    assertThat(reg2010.effective()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(reg2010.verification()).isEqualTo(Verification.PRIMARY);

    Instrument reg2003 = Instruments.WORK_INJURY_REGULATION_2003;
    assertThat(reg2003.documentNumber()).isEqualTo("国务院令第375号");
    assertThat(reg2003.effective()).isEqualTo(LocalDate.of(2004, 1, 1));
    assertThat(reg2003.verification()).isEqualTo(Verification.SECONDARY);

    assertThat(Instruments.SOCIAL_INSURANCE_LAW.id()).isEqualTo("shehui-baoxian-fa");
    assertThat(Instruments.WAGE_PAYMENT_PROVISIONS.id()).isEqualTo("gongzi-zhifu-zanxing-guiding");
    assertThat(Instruments.LABOUR_DISPUTE_ARBITRATION_LAW.id())
        .isEqualTo("laodong-zhengyi-tiaojie-zhongcai-fa");
    assertThat(Instruments.CIVIL_EVIDENCE_PROVISIONS.documentNumber()).isEqualTo("法释〔2019〕19号");
  }

  @Test
  void anUnknownIdIsACallerMistake() {
    assertThatThrownBy(() -> Instruments.get("gsbx-tiaoli-2099"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "instrument id (\"gsbx-tiaoli-2099\") must be one of the registered instruments");
    assertThat(Instruments.find("gsbx-tiaoli-2099")).isEmpty();
    assertThatThrownBy(() -> Instruments.get(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theRegistryIsImmutable() {
    assertThatThrownBy(() -> Instruments.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Where the text is said to be in the legal folder, it is there. */
  @Test
  void everyTextNamedExistsInTheLegalFolder() {
    Assumptions.assumeTrue(
        Files.isDirectory(LEGAL), () -> "no legal folder at " + LEGAL.toAbsolutePath());
    List<String> missing = new ArrayList<>();
    int named = 0;
    for (Instrument i : Instruments.all()) {
      if (i.source().startsWith("texts/")) {
        named++;
        if (!Files.isRegularFile(LEGAL.resolve(i.source()))) {
          missing.add(i.id() + " → " + i.source());
        }
      }
    }
    assertThat(named).isPositive();
    assertThat(missing).isEmpty();
  }

  @Test
  void aPrimaryInstrumentNamesItsText() {
    // [P] means read in the primary text in shared/legal/texts (legal README), so it must say
    // where.
    for (Instrument i : Instruments.all()) {
      if (i.verification() == Verification.PRIMARY) {
        assertThat(i.source()).as(i.id()).startsWith("texts/");
      }
    }
  }

  @Test
  void instrumentRecordChecksItsFields() {
    assertThatThrownBy(
            () ->
                new Instrument(
                    "Bad_Id", "x", "x", null, null, null, Verification.PRIMARY, "texts/x.md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instrument id (\"Bad_Id\") must be lower-case words joined by '-'");
    assertThatThrownBy(
            () ->
                new Instrument(
                    "x",
                    "x",
                    "x",
                    null,
                    LocalDate.of(2010, 12, 20),
                    LocalDate.of(2010, 1, 1),
                    Verification.PRIMARY,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("effective (2010-01-01) must not be before promulgated (2010-12-20)");
  }

  /**
   * Issue 22 §5: two versions of one title must never print alike, and the one cited by its bare
   * title is the latest in force, so a citation of an older version always says which.
   */
  @Test
  void versionsSharingATitlePrintDistinctlyAndOnlyTheLatestIsBare() {
    java.util.Map<String, List<Instrument>> byTitle = new java.util.LinkedHashMap<>();
    for (Instrument i : Instruments.all()) {
      byTitle.computeIfAbsent(i.nameZh(), k -> new ArrayList<>()).add(i);
    }
    byTitle.values().stream()
        .filter(versions -> versions.size() > 1)
        .forEach(
            versions -> {
              assertThat(versions).extracting(Instrument::citedTitleZh).doesNotHaveDuplicates();
              Instrument latest =
                  versions.stream()
                      .filter(v -> v.effective() != null)
                      .max(java.util.Comparator.comparing(Instrument::effective))
                      .orElseThrow();
              versions.stream()
                  .filter(v -> v != latest)
                  .forEach(
                      v ->
                          assertThat(v.edition())
                              .as("edition of %s beside %s", v.id(), latest.id())
                              .isNotNull());
            });
  }

  @Test
  void aCitationOfThe2003TextSaysSo() {
    assertThat(Citation.of(Instruments.WORK_INJURY_REGULATION_2003, 35, 1, 1).toChinese())
        .isEqualTo("《工伤保险条例》（2003年）第三十五条第一款第（一）项");
    assertThat(Citation.of(Instruments.WORK_INJURY_REGULATION_2003, 35).toString())
        .isEqualTo("工伤保险条例 (2003年) art. 35");
    assertThat(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 37, 1, 1).toChinese())
        .isEqualTo("《工伤保险条例》第三十七条第一款第（一）项");
    assertThat(Citation.of(Instruments.get("shandong-lzf-2003-107"), 20).toChinese())
        .isEqualTo("《山东省贯彻〈工伤保险条例〉实施办法》（2003年）第二十条");
    assertThat(Citation.of(Instruments.get("shandong-gsbx-banfa-2011"), 20).toChinese())
        .isEqualTo("《山东省贯彻〈工伤保险条例〉实施办法》第二十条");
  }
}
