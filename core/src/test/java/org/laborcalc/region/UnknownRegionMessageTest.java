package org.laborcalc.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a code that is not a region is shown back: whole up to 20 characters, null as null. */
class UnknownRegionMessageTest {

  @Test
  void twentyCharactersAreShownWholeAndTwentyOneAbbreviated() {
    String twenty = "a".repeat(20);
    assertThat(new UnknownRegionException(twenty).messageEn())
        .isEqualTo(
            "region code (\""
                + twenty
                + "\") must be six digits (GB/T 2260), e.g. 370800 for Jining");
    assertThat(new UnknownRegionException(twenty + "b").messageEn())
        .startsWith("region code (\"" + "a".repeat(17) + "...\")");
  }

  @Test
  void aNullCodeIsShownAsNull() {
    UnknownRegionException e = new UnknownRegionException(null);
    assertThat(e.messageEn()).startsWith("region code (\"null\")");
    assertThat(e.messageZh()).contains("行政区划代码“null”格式有误");
    assertThat(e.regionCode()).isNull();
  }

  @Test
  void aWellFormedUnknownCodeIsNamedAsNotKnown() {
    UnknownRegionException e = new UnknownRegionException("999999");
    assertThat(e.messageZh()).contains("“999999”未收录");
    assertThat(e.code()).isEqualTo("UNKNOWN_REGION");
  }
}
