package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.injury.WorkInjuryResult;

/**
 * Calculation sheets (计算清单) for people: a {@link Sheet} laid out as aligned plain text, GitHub
 * Markdown or one self-contained printable HTML page, in Chinese, English or both ({@link
 * SheetOptions}). Every calculation kind fills a {@link Sheet} from its result and renders it here,
 * so every kind's sheet has the same header of case facts and provenance, the same date style and
 * the same print layout.
 *
 * <p>A kind adopts it in two steps: build the content with {@link Sheet#builder(Text)} (facts with
 * {@code fact}, then sections of fields, tables and notes; {@link Dates} for every date), and
 * override {@code Calculation.sheetContent} to return it; {@code Calculation.sheet} then renders it
 * in every format and language.
 *
 * <p>The output depends on the sheet and the options alone (no clock, locale or default charset),
 * so the same result always renders to the same string. Stateless and thread-safe.
 */
public final class CalculationSheets {

  private CalculationSheets() {}

  /**
   * {@code sheet} in {@code format}: plain text ruled and aligned by display width (a Chinese
   * character takes two columns) and wrapped to the options' width; GitHub Markdown with every
   * value escaped; or one HTML5 document in UTF-8 with inline CSS, an A4 print stylesheet (margins,
   * page numbers, table headers repeated on a page break, no row split), inline SVG, no script and
   * nothing fetched from the network.
   */
  public static String render(Sheet sheet, SheetFormat format, SheetOptions options) {
    requireNonNull(sheet, "sheet");
    requireNonNull(options, "options");
    return switch (requireNonNull(format, "format")) {
      case TEXT -> TextRenderer.render(sheet, options);
      case MARKDOWN -> MarkdownRenderer.render(sheet, options);
      case HTML -> HtmlRenderer.render(sheet, options);
    };
  }

  /**
   * The content of a work-injury result's sheet: the 本人工资 with its 60–300% clamp and the 原工资福利待遇;
   * the disability grade and how it was combined; every item with its payer, amount (or monthly
   * amount, start date and accrued sum), formula and articles; the totals by payer, one-time and
   * monthly apart; the warnings; each parameter used, once, with its value, region, period,
   * verification label and sources; the regime and the options. Nothing is computed here beyond
   * sums of the result's own amounts.
   */
  public static Sheet workInjury(WorkInjuryResult result) {
    return SheetBuilder.build(requireNonNull(result, "result"));
  }

  /** The work-injury sheet as plain text, in Chinese, 100 columns. */
  public static String text(WorkInjuryResult result) {
    return render(workInjury(result), SheetFormat.TEXT, SheetOptions.DEFAULT);
  }

  /** The work-injury sheet as GitHub-flavoured Markdown, in Chinese. */
  public static String markdown(WorkInjuryResult result) {
    return render(workInjury(result), SheetFormat.MARKDOWN, SheetOptions.DEFAULT);
  }

  /** The work-injury sheet as one printable HTML page, in Chinese. */
  public static String html(WorkInjuryResult result) {
    return render(workInjury(result), SheetFormat.HTML, SheetOptions.DEFAULT);
  }
}
