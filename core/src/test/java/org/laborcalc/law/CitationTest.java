package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.law.Instruments.WORK_INJURY_REGULATION_2010;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTest {

  @ParameterizedTest(name = "{4}")
  @CsvSource({
    // 本人工资: art. 64 ¶2
    "64, 2, 0, 《工伤保险条例》第六十四条第二款, 工伤保险条例 art. 64 ¶2",
    // uninsured employer pays every item: art. 62 ¶2
    "62, 2, 0, 《工伤保险条例》第六十二条第二款, 工伤保险条例 art. 62 ¶2",
    // 一次性工亡补助金: art. 39 ¶1 item (三)
    "39, 1, 3, 《工伤保险条例》第三十九条第一款第（三）项, 工伤保险条例 art. 39 ¶1 item 3",
    "33, 0, 0, 《工伤保险条例》第三十三条, 工伤保险条例 art. 33",
    "10, 0, 0, 《工伤保险条例》第十条, 工伤保险条例 art. 10",
    "0, 0, 0, 《工伤保险条例》, 工伤保险条例",
  })
  void chineseAndEnglishForms(
      int article, int paragraph, int item, String chinese, String english) {
    Citation c = new Citation(WORK_INJURY_REGULATION_2010, article, paragraph, item, null, null);
    assertThat(c.toChinese()).isEqualTo(chinese);
    assertThat(c.toString()).isEqualTo(english);
  }

  @Test
  void factoriesFillTheMissingParts() {
    assertThat(Citation.of(WORK_INJURY_REGULATION_2010, 64, 2))
        .isEqualTo(new Citation(WORK_INJURY_REGULATION_2010, 64, 2, 0, null, null));
    assertThat(Citation.of(WORK_INJURY_REGULATION_2010, 64).toChinese()).isEqualTo("《工伤保险条例》第六十四条");
    assertThat(Citation.of(WORK_INJURY_REGULATION_2010, 39, 1, 1).toChinese())
        .isEqualTo("《工伤保险条例》第三十九条第一款第（一）项");
    assertThat(Citation.of(WORK_INJURY_REGULATION_2010).article()).isZero();
  }

  @Test
  void quoteIsKeptAlongside() {
    Citation c = Citation.of(WORK_INJURY_REGULATION_2010, 64, 2).withQuote("前12个月平均月缴费工资");
    assertThat(c.quote()).isEqualTo("前12个月平均月缴费工资");
    assertThat(c.article()).isEqualTo(64);
    assertThat(c.paragraph()).isEqualTo(2);
    assertThat(c.toChinese()).isEqualTo("《工伤保险条例》第六十四条第二款");
  }

  @Test
  void anItemNeedsAParagraph() {
    assertThatThrownBy(() -> Citation.of(WORK_INJURY_REGULATION_2010, 14, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paragraph (0) must be given when an item (1) is");
  }

  @Test
  void aParagraphOrItemNeedsAnArticle() {
    assertThatThrownBy(() -> Citation.of(WORK_INJURY_REGULATION_2010, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article (0) must be given when a paragraph (2) or item (0) is");
  }

  @Test
  void partsMustNotBeNegativeOrHuge() {
    assertThatThrownBy(() -> Citation.of(WORK_INJURY_REGULATION_2010, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article, paragraph and item (-1, 0, 0) must not be negative");
    assertThatThrownBy(() -> Citation.of(WORK_INJURY_REGULATION_2010, 10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article, paragraph and item (10000, 0, 0) must be at most 9999");
  }

  @Test
  void anInstrumentIsRequired() {
    assertThatThrownBy(() -> Citation.of(null, 64))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("instrument");
  }

  @Test
  void distinctPrintsEachLocationOnceAndKeepsBothQuotes() {
    Instrument zj = Instruments.get("zhejiang-gsbx-tiaoli-2020");
    Citation first = Citation.of(zj, 27, 2).withQuote("均以……为基数");
    Citation second = Citation.of(zj, 27, 2).withQuote("但职工离法定退休年龄不足五年的");
    Citation other = Citation.of(zj, 28);

    java.util.List<Citation> out =
        Citation.distinct(java.util.List.of(first, other, second, Citation.of(zj, 28)));

    org.assertj.core.api.Assertions.assertThat(out)
        .extracting(Citation::toChinese)
        .containsExactly("《浙江省工伤保险条例》第二十七条第二款", "《浙江省工伤保险条例》第二十八条");
    org.assertj.core.api.Assertions.assertThat(out.get(0).quote())
        .isEqualTo("均以……为基数……但职工离法定退休年龄不足五年的");
    org.assertj.core.api.Assertions.assertThat(out.get(1).quote()).isNull();
  }

  @Test
  void distinctKeepsParagraphsAndItemsApart() {
    Instrument reg = Instruments.WORK_INJURY_REGULATION_2010;
    java.util.List<Citation> all =
        java.util.List.of(
            Citation.of(reg, 62), Citation.of(reg, 62, 2), Citation.of(reg, 62, 2, 1));
    org.assertj.core.api.Assertions.assertThat(Citation.distinct(all)).isEqualTo(all);
  }
}
