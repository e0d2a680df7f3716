package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text sheet: tables aligned by display width, amounts right-aligned, one value per line. */
class TextSheetTest {

  @Test
  void everyLineOfEveryTableHasTheSameDisplayWidth() {
    for (String text :
        List.of(
            BothLanguages.text(SheetFixtures.seed()),
            BothLanguages.text(SheetFixtures.monthly()),
            BothLanguages.text(SheetFixtures.empty()))) {
      List<List<String>> tables = SheetAssertions.textTables(text);
      assertThat(tables).isNotEmpty();
      for (List<String> table : tables) {
        int width = DisplayWidth.of(table.get(0));
        assertThat(table).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isEqualTo(width));
      }
    }
  }

  @Test
  void theColumnRulesLineUpUnderEachOtherDespiteChineseText() {
    String text = BothLanguages.text(SheetFixtures.seed());
    List<List<String>> tables = SheetAssertions.textTables(text);
    // wage, grade, items, totals, parameters, options
    assertThat(tables).hasSize(6);
    for (List<String> table : tables) {
      List<Integer> rules = SheetAssertions.separatorColumns(table.get(0));
      assertThat(table)
          .allSatisfy(line -> assertThat(SheetAssertions.separatorColumns(line)).isEqualTo(rules));
    }
  }

  @Test
  void theSeedItemsTableRightAlignsAmountsWithThousandsSeparators() {
    String text = BothLanguages.chineseText(SheetFixtures.seed());
    List<String> items = SheetAssertions.textTables(text).get(2);
    assertThat(items.get(1)).startsWith("| 序号 | 项目").contains("| 一次性金额 |");
    // the one-time column is as wide as its header (10 columns): the amount fills it from the right
    assertThat(items)
        .anySatisfy(
            l -> assertThat(l).startsWith("|    1 | 一次性伤残补助金 ").contains("| 用人单位 |  58,500.00 |"));
    assertThat(items).anySatisfy(l -> assertThat(l).contains("|     300.00 |"));
  }

  @Test
  void theTotalsAreSetApartByARule() {
    String text = BothLanguages.text(SheetFixtures.seed());
    List<String> totals = SheetAssertions.textTables(text).get(3);
    assertThat(totals).hasSize(8);
    assertThat(totals.get(3))
        .startsWith("| 用人单位 Employer ")
        .endsWith("|          250,800.00 |             0.00 |");
    assertThat(totals.get(4)).contains("|                0.00 |             0.00 |");
    assertThat(totals.get(5)).startsWith("+---");
    assertThat(totals.get(6)).startsWith("| 合计 Total ").contains("250,800.00");
  }

  @Test
  void eachItemIsWrittenOutWithItsFormulaAndLaw() {
    String text = BothLanguages.chineseText(SheetFixtures.seed());
    assertThat(text)
        .contains("[1] 一次性伤残补助金\n")
        .contains("    公式    9 × 6,500.00 = 58,500.00\n")
        .contains("    依据    《工伤保险条例》第三十七条第一款第（一）项；《工伤保险条例》第六十二条第二款\n")
        .contains("[7] 劳动能力鉴定费/司法鉴定费（司法鉴定费）\n");
  }

  @Test
  void controlCharactersInValuesCannotBreakLinesOrMoveTheCursor() {
    String text = BothLanguages.text(SheetFixtures.monthly());
    assertThat(text).contains("按票据 实报实销").doesNotContain("按票据\n");
    assertThat(TextRenderer.clean("a\nb\tc\u001b[2Jd\u202Ee")).isEqualTo("a b c [2Jde");
  }

  @Test
  void theChartIsLeftOutOfTheText() {
    assertThat(BothLanguages.text(SheetFixtures.seed())).doesNotContain("One-time amounts by item");
  }
}
