package org.laborcalc.cli;

import org.laborcalc.injury.WorkInjuryResult;

/**
 * Renders a result for people in the CLI's text, Markdown and HTML formats. This is the seam where
 * the calculation sheets ({@code org.laborcalc.sheet.CalculationSheets}: {@code text}, {@code
 * markdown}, {@code html}) plug in; {@link PlainSheetRenderer} is the short table used until then.
 * Implementations must be thread-safe and deterministic (the same result gives the same text).
 */
public interface SheetRenderer {
  String text(WorkInjuryResult result);

  String markdown(WorkInjuryResult result);

  String html(WorkInjuryResult result);
}
