package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import org.laborcalc.injury.WorkInjuryResult;

/**
 * The calculation sheet (计算清单) of a work-injury result, for people: as aligned plain text, as
 * GitHub Markdown, or as one self-contained printable HTML page.
 *
 * <p>Every format holds the same content, in this order: the 本人工资 with its 60–300% clamp and the
 * 原工资福利待遇; the disability grade and how it was combined; every item with its payer, amount (or
 * monthly amount, start date and accrued sum), formula and articles; the totals by payer, one-time
 * and monthly apart; the warnings in Chinese and English; each parameter used, once, with its
 * value, region, period, pack, verification label and sources; the regime and the options. Nothing
 * is computed here beyond sums of the result's own amounts: a reader checks every yuan against the
 * result's formulas.
 *
 * <p>The output depends on the result alone (no clock, locale or default charset), so the same
 * result always renders to the same string. Stateless and thread-safe.
 */
public final class CalculationSheets {

  private CalculationSheets() {}

  /**
   * The sheet as plain text for a terminal: ASCII-ruled tables aligned by display width (a Chinese
   * character takes two columns), amounts right-aligned with thousands separators. Lines end with
   * {@code \n}; control characters in values are replaced by spaces.
   */
  public static String text(WorkInjuryResult result) {
    return TextRenderer.render(SheetBuilder.build(requireNonNull(result, "result")));
  }

  /**
   * The sheet as GitHub-flavoured Markdown: headings, pipe tables with amounts right-aligned,
   * lists. Values are escaped ({@code |}, emphasis, links, HTML) so they show literally.
   */
  public static String markdown(WorkInjuryResult result) {
    return MarkdownRenderer.render(SheetBuilder.build(requireNonNull(result, "result")));
  }

  /**
   * The sheet as one self-contained HTML5 document in UTF-8 ({@code lang="zh-CN"}): inline CSS with
   * print rules, an inline SVG bar chart of the one-time amounts by item coloured by payer, no
   * script and nothing fetched from the network. All text is HTML-escaped.
   */
  public static String html(WorkInjuryResult result) {
    return HtmlRenderer.render(SheetBuilder.build(requireNonNull(result, "result")));
  }
}
