package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.WorkInjuryResult;

/** The HTML sheet: one printable, self-contained, escaped document with an SVG chart. */
class HtmlSheetTest {

  private static final Pattern BAR =
      Pattern.compile(
          "<rect class=\"bar\" x=\"([0-9.]+)\" y=\"[0-9]+\" width=\"([0-9.]+)\" height=\"16\""
              + " fill=\"(#[0-9a-f]{6})\">");
  private static final Pattern AXIS = Pattern.compile("<line x1=\"([0-9.]+)\"");

  @Test
  void itIsOneChineseUtf8Document() {
    String html = BothLanguages.html(SheetFixtures.seed());
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .endsWith("</body>\n</html>\n")
        .contains("<title>工伤待遇计算清单 Work-injury benefit calculation sheet</title>");
    assertThat(SheetAssertions.count(html, "<html")).isEqualTo(1);
    assertThat(SheetAssertions.count(html, "<body>")).isEqualTo(1);
  }

  @Test
  void itIsPrintableWithoutBreakingTables() {
    String html = BothLanguages.html(SheetFixtures.seed());
    assertThat(html)
        .contains("@media print")
        .contains("@page")
        .contains("size: A4")
        .contains("counter(page)")
        .contains("tr { break-inside: avoid; page-break-inside: avoid; }")
        .contains("thead { display: table-header-group; }")
        .contains("print-color-adjust: exact");
  }

  @Test
  void itFetchesNothingAndRunsNothing() {
    String html = BothLanguages.html(SheetFixtures.monthly()).toLowerCase(java.util.Locale.ROOT);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("<object")
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("@font-face")
        .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*="); // no event handler such as onload=
    // the only address is the SVG namespace name, which is never fetched
    assertThat(SheetAssertions.count(html, "http")).isEqualTo(1);
    assertThat(html).contains("xmlns=\"http://www.w3.org/2000/svg\"");
  }

  @Test
  void aScriptInALabelIsShownAsText() {
    String html = BothLanguages.html(SheetFixtures.monthly());
    String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | 门诊 &amp; &quot;药费&quot;";
    assertThat(html).contains("<td>医疗费（" + escaped + "） Medical expenses（" + escaped + "）</td>");
    assertThat(html)
        .contains("<h3>[3] 医疗费（" + escaped + "） Medical expenses（" + escaped + "）</h3>");
    assertThat(html).doesNotContain(SheetFixtures.HOSTILE_LABEL);
  }

  @Test
  void escapeReplacesMarkupCharactersAndForbiddenCodePoints() {
    assertThat(HtmlRenderer.escape("<script>alert('x')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(HtmlRenderer.escape("a & b \"c\"")).isEqualTo("a &amp; b &quot;c&quot;");
    assertThat(HtmlRenderer.escape("&amp;")).isEqualTo("&amp;amp;");
    assertThat(HtmlRenderer.escape("工伤\t\n")).isEqualTo("工伤\t\n");
    assertThat(HtmlRenderer.escape("a\u0000b\u001bc\u007f")).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
    assertThat(HtmlRenderer.escape("\uD840\uDC00")).isEqualTo("\uD840\uDC00");
    assertThat(HtmlRenderer.escape("x\uD840y\uDC00")).isEqualTo("x\uFFFDy\uFFFD");
  }

  @Test
  void datesAreKeptOnOneLine() {
    assertThat(HtmlRenderer.text("2018-01-01 至 2018-12-31 <b>"))
        .isEqualTo(
            "<span class=\"nw\">2018-01-01</span> 至 <span class=\"nw\">2018-12-31</span> &lt;b&gt;");
    assertThat(BothLanguages.html(SheetFixtures.monthly()))
        .contains("<td class=\"nw\"><span class=\"nw\">2024-03-01</span></td>");
  }

  @Test
  void theChartHasOneBarPerOneTimeLineColouredByPayerWithItsAmount() {
    for (WorkInjuryResult r : List.of(SheetFixtures.seed(), SheetFixtures.monthly())) {
      String html = BothLanguages.html(r);
      List<BenefitLine> oneTime = SheetFixtures.oneTimeLines(r);
      assertThat(SheetAssertions.count(html, "<svg")).isEqualTo(1);
      List<String> fills = new ArrayList<>();
      Matcher m = BAR.matcher(html);
      while (m.find()) {
        fills.add(m.group(3));
      }
      assertThat(fills).hasSize(oneTime.size());
      for (int i = 0; i < oneTime.size(); i++) {
        BenefitLine l = oneTime.get(i);
        assertThat(fills.get(i)).isEqualTo(BarChart.colour(l.payer()));
        assertThat(html)
            .contains("<text class=\"value\"")
            .contains(">" + l.amount().toGroupedString() + "</text>");
      }
      // the legend names both payers
      assertThat(html)
          .contains("fill=\"#c8553d\"/>\n<text x=\"326\" y=\"16\">用人单位 Employer</text>")
          .contains("<text x=\"526\" y=\"16\">工伤保险基金 Work-injury insurance fund</text>");
    }
  }

  @Test
  void barsAreProportionalToTheAmounts() {
    String html = BothLanguages.html(SheetFixtures.seed());
    List<String[]> bars = bars(html);
    // The plot is 420 px wide from x = 308; no deduction, so the axis is at 308 and the largest
    // amount, 69,600.00, spans the plot. 58,500 × 420 ÷ 69,600 = 353.017… → 353.0;
    // 300 × 420 ÷ 69,600 = 1.810… → 1.8.
    assertThat(bars.get(0)).containsExactly("308.0", "353.0");
    assertThat(bars.get(3)).containsExactly("308.0", "420.0");
    assertThat(bars.get(4)).containsExactly("308.0", "1.8");
  }

  @Test
  void aDeductionIsDrawnLeftOfTheZeroAxis() {
    String html = BothLanguages.html(SheetFixtures.monthly());
    List<String[]> bars = bars(html);
    // span 69,171.48 − (−5,000.00) = 74,171.48; axis at 308 + 5,000 × 420 ÷ 74,171.48
    // = 308 + 28.312… → 336.3; the deduction bar runs from 308.0 for 28.3 px to the axis.
    Matcher axis = AXIS.matcher(html);
    assertThat(axis.find()).isTrue();
    assertThat(axis.group(1)).isEqualTo("336.3");
    assertThat(bars.get(2)).containsExactly("308.0", "28.3");
    // 69,171.48 × 420 ÷ 74,171.48 = 391.687… → 391.7, starting at the axis
    assertThat(bars.get(0)).containsExactly("336.3", "391.7");
  }

  @Test
  void noChartWithoutOneTimeLines() {
    assertThat(BothLanguages.html(SheetFixtures.empty())).doesNotContain("<svg");
  }

  private static List<String[]> bars(String html) {
    List<String[]> bars = new ArrayList<>();
    Matcher m = BAR.matcher(html);
    while (m.find()) {
      bars.add(new String[] {m.group(1), m.group(2)});
    }
    return bars;
  }
}
