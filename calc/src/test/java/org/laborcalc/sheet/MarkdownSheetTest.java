package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown sheet: GitHub pipe tables whose cells cannot be split or turned into markup. */
class MarkdownSheetTest {

  @Test
  void theSeedItemsAreATableRowEach() {
    String md = CalculationSheets.markdown(SheetFixtures.seed());
    assertThat(md)
        .contains(
            "| 序号 | 项目 | 支付方 | 一次性金额 | 每月金额 | 起付日 |\n"
                + "| ---: | --- | --- | ---: | ---: | --- |\n"
                + "| 1 | 一次性伤残补助金 | 用人单位 | 58,500.00 |  |  |\n"
                + "| 2 | 停工留薪期工资 | 用人单位 | 39,000.00 |  |  |\n")
        .contains("| 7 | 劳动能力鉴定费/司法鉴定费（司法鉴定费） | 用人单位 | 2,800.00 |  |  |\n")
        .contains("| **合计** | **250,800.00** | **0.00** |\n")
        .contains("- **公式**：9 × 6,500.00 = 58,500.00\n");
  }

  @Test
  void aPipeInAValueIsEscapedSoEveryRowHasItsColumns() {
    String md = BothLanguages.markdown(SheetFixtures.monthly());
    assertThat(md).contains("医疗费（\\<script\\>alert('x')\\</script\\> \\| 门诊 \\& \"药费\"）");
    for (List<String> table : SheetAssertions.markdownTables(md)) {
      int pipes = SheetAssertions.unescapedPipes(table.get(0));
      assertThat(table)
          .allSatisfy(row -> assertThat(SheetAssertions.unescapedPipes(row)).isEqualTo(pipes));
    }
  }

  @Test
  void escapingCoversPipesMarkupAndLineBreaks() {
    assertThat(MarkdownRenderer.escape("a|b")).isEqualTo("a\\|b");
    assertThat(MarkdownRenderer.escape("a\\|b")).isEqualTo("a\\\\\\|b");
    assertThat(MarkdownRenderer.escape("*x* _y_ `z` [l](u) <b> &amp;"))
        .isEqualTo("\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\&amp;");
    assertThat(MarkdownRenderer.escape("一\n二\r\n三")).isEqualTo("一 二  三");
    assertThat(MarkdownRenderer.escapeBlock("- 不是列表")).isEqualTo("\\- 不是列表");
    assertThat(MarkdownRenderer.escapeBlock("1. 不是列表")).isEqualTo("1\\. 不是列表");
    assertThat(MarkdownRenderer.escapeBlock("# 不是标题")).isEqualTo("\\# 不是标题");
    assertThat(MarkdownRenderer.escapeBlock("9 × 6,500.00")).isEqualTo("9 × 6,500.00");
  }
}
