package org.laborcalc.sheet;

import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.injury.WorkInjuryResult;

/** The work-injury sheet in Chinese followed by English (zh+en), for tests that check both. */
final class BothLanguages {
  private BothLanguages() {}

  private static final SheetOptions ZH_EN = SheetOptions.DEFAULT.withLanguage(SheetLanguage.ZH_EN);

  /** Text wide enough that no line wraps, so that a test can find a whole value on one line. */
  static String text(WorkInjuryResult r) {
    return CalculationSheets.render(
        CalculationSheets.workInjury(r), SheetFormat.TEXT, ZH_EN.withWidth(1000));
  }

  /** The Chinese text, wide enough that no line wraps. */
  static String chineseText(WorkInjuryResult r) {
    return CalculationSheets.render(
        CalculationSheets.workInjury(r), SheetFormat.TEXT, SheetOptions.DEFAULT.withWidth(1000));
  }

  static String markdown(WorkInjuryResult r) {
    return CalculationSheets.render(CalculationSheets.workInjury(r), SheetFormat.MARKDOWN, ZH_EN);
  }

  static String html(WorkInjuryResult r) {
    return CalculationSheets.render(CalculationSheets.workInjury(r), SheetFormat.HTML, ZH_EN);
  }
}
