package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.WorkInjuryResult;

/**
 * Laws of the sheets for any label a caller may give a line: text tables stay aligned, Markdown
 * rows keep their cells, HTML shows the label as text, and rendering is a function of the result.
 */
class SheetProperties {

  @Property(tries = 200)
  void textTablesStayAlignedWhateverTheLabel(@ForAll("labels") String label) {
    String text = BothLanguages.text(withLabel(label));
    for (List<String> table : SheetAssertions.textTables(text)) {
      int width = DisplayWidth.of(table.get(0));
      for (String line : table) {
        assertThat(DisplayWidth.of(line)).isEqualTo(width);
      }
    }
  }

  @Property(tries = 200)
  void markdownRowsKeepTheirCellsWhateverTheLabel(@ForAll("labels") String label) {
    String md = BothLanguages.markdown(withLabel(label));
    for (List<String> table : SheetAssertions.markdownTables(md)) {
      int pipes = SheetAssertions.unescapedPipes(table.get(0));
      for (String row : table) {
        assertThat(SheetAssertions.unescapedPipes(row)).isEqualTo(pipes);
      }
    }
  }

  @Property(tries = 200)
  void htmlShowsTheLabelAsTextWhateverItIs(@ForAll("labels") String label) {
    String html = BothLanguages.html(withLabel(label));
    assertThat(html).contains(HtmlRenderer.escape(label));
    assertThat(SheetAssertions.count(html, "<td>医疗费")).isEqualTo(1);
    assertThat(SheetAssertions.count(html, "<rect class=\"bar\"")).isEqualTo(3);
  }

  @Property(tries = 500)
  void escapedHtmlHasNoMarkupCharacters(@ForAll("labels") String text) {
    String e = HtmlRenderer.escape(text);
    assertThat(e).doesNotContain("<", ">", "\"", "'");
    assertThat(e.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Property(tries = 500)
  void displayWidthAddsUp(@ForAll("labels") String a, @ForAll("labels") String b) {
    assertThat(DisplayWidth.of(a + b)).isEqualTo(DisplayWidth.of(a) + DisplayWidth.of(b));
    assertThat(DisplayWidth.of(DisplayWidth.padRight(a, 30)))
        .isEqualTo(Math.max(30, DisplayWidth.of(a)));
  }

  /** Labels mixing markup, control and combining characters with CJK, Hangul and ASCII. */
  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.strings()
        .withChars("|<>&\"'\\*_`[]#-\n\t\r\u0000\u001b\u200b\u0301")
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .withCharRange('一', '龥')
        .withCharRange('（', '）')
        .withCharRange('가', '각')
        .ofMaxLength(24);
  }

  /** The monthly fixture with {@code label} on its medical-expense line. */
  private static WorkInjuryResult withLabel(String label) {
    WorkInjuryResult r = SheetFixtures.monthly();
    List<BenefitLine> lines = new ArrayList<>();
    for (BenefitLine l : r.lines()) {
      lines.add(
          l.item() == BenefitItem.MEDICAL_EXPENSES
              ? new BenefitLine(
                  l.item(),
                  l.amount(),
                  l.monthlyAmount(),
                  l.startDate(),
                  l.accrued(),
                  l.share(),
                  l.formula(),
                  l.accrual(),
                  l.explanationZh(),
                  l.parameters(),
                  l.citations(),
                  label)
              : l);
    }
    return new WorkInjuryResult(
        lines, r.totals(), r.wage(), r.grade(), r.regime(), r.options(), r.warnings());
  }
}
