package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.testkit.GeneratedCases;

/**
 * The sheet states the result's own total (issue 20): whatever the case, the language and the
 * width, the totals table's last row reads the result's one-time total, and the sheet never sums
 * anything else into it.
 */
class SheetTotalProperties {

  private static final WorkInjuryCalculator CALC = GeneratedCases.calculator();

  /** The total row of the text format: {@code | 合计 | 250,800.00 | …}, in any language. */
  private static final Pattern TOTAL_ROW =
      Pattern.compile(
          "^\\| (?:合计|Total|合计 Total) +\\| +(-?[0-9,]+\\.[0-9]{2}) \\|", Pattern.MULTILINE);

  @Provide
  Arbitrary<WorkInjuryCase> cases() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.integers().between(1, 10),
            Arbitraries.of(GeneratedCases.REGIONS),
            Arbitraries.of(InsuranceStatus.class))
        .as((seed, g, region, status) -> GeneratedCases.generate(seed, g, region, status, true));
  }

  @Provide
  Arbitrary<SheetOptions> options() {
    return Combinators.combine(
            Arbitraries.of(SheetLanguage.class), Arbitraries.integers().between(40, 200))
        .as((lang, width) -> SheetOptions.DEFAULT.withLanguage(lang).withWidth(width));
  }

  @Property(tries = 100)
  void theSheetsTotalIsTheResultsTotal(
      @ForAll("cases") WorkInjuryCase c, @ForAll("options") SheetOptions options) {
    WorkInjuryResult r = CALC.calculate(c);
    String text =
        CalculationSheets.render(CalculationSheets.workInjury(r), SheetFormat.TEXT, options);
    Matcher m = TOTAL_ROW.matcher(text);
    List<String> totals = m.results().map(x -> x.group(1)).toList();
    assertThat(totals).containsExactly(r.totals().total().toGroupedString());
  }

  @Provide
  Arbitrary<SheetOptions> wide() {
    return Combinators.combine(
            Arbitraries.of(SheetLanguage.class), Arbitraries.integers().between(100, 200))
        .as((lang, width) -> SheetOptions.DEFAULT.withLanguage(lang).withWidth(width));
  }

  @Property(tries = 100)
  void noTextLineIsWiderThanTheWidthAskedFor(
      @ForAll("cases") WorkInjuryCase c, @ForAll("wide") SheetOptions options) {
    WorkInjuryResult r = CALC.calculate(c);
    String text =
        CalculationSheets.render(CalculationSheets.workInjury(r), SheetFormat.TEXT, options);
    // every line within the width, tables included: their text columns wrap; from 100 columns on
    // the amount and date columns of every work-injury table fit beside them
    for (String line : text.split("\n")) {
      assertThat(DisplayWidth.of(line)).as(line).isLessThanOrEqualTo(options.width());
    }
  }
}
