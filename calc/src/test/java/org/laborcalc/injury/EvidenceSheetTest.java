package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.sheet.SheetOptions;
import org.laborcalc.testkit.WorkedExample;
import org.laborcalc.wage.MonthRow;

/**
 * The calculation sheet shows the wage month by month, with the evidence rejected and why;
 * consecutive months with the same finding share one row, and the result keeps every month.
 */
class EvidenceSheetTest {

  /** The seed case from its evidence: the unsigned payroll against the bank statement. */
  @Test
  void theSeedSheetShowsTheNineEqualMonthsAsOneRowWithTheRejectedPayroll() {
    WorkedExample seed = WorkedExample.named("seed-barite-mine-grade9");
    WorkInjuryResult r =
        WorkInjuryCalculator.of(seed.parameters())
            .calculate(seed.caseFile().workInjuryCase(), seed.caseFile().options());

    for (String sheet :
        List.of(
            // the text unwrapped, so that each value is on one line
            CalculationSheets.render(
                CalculationSheets.workInjury(r),
                SheetFormat.TEXT,
                SheetOptions.DEFAULT.withWidth(1000)),
            CalculationSheets.markdown(r),
            CalculationSheets.html(r))) {
      // one row for the nine months; each month once more in the appendix, without the reason
      assertThat(sheet).containsOnlyOnce("2019-03 至 2019-11（9个月）").containsOnlyOnce("2019-04");
      assertThat(sheet).containsOnlyOnce("工资表无劳动者签字");
      assertThat(sheet).contains("《工资支付暂行规定》第六条").contains("3,500.00").contains("58,500.00");
    }
    assertThat(CalculationSheets.text(r)).contains("58,500.00 ÷ 9");
    assertThat(r.wage().determination().months())
        .extracting(MonthRow::month)
        .containsExactly(
            YearMonth.of(2019, 3),
            YearMonth.of(2019, 4),
            YearMonth.of(2019, 5),
            YearMonth.of(2019, 6),
            YearMonth.of(2019, 7),
            YearMonth.of(2019, 8),
            YearMonth.of(2019, 9),
            YearMonth.of(2019, 10),
            YearMonth.of(2019, 11));
  }
}
