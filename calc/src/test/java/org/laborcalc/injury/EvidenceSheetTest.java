package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.testkit.WorkedExample;

/** The calculation sheet shows the wage month by month, with the evidence rejected and why. */
class EvidenceSheetTest {

  /** The seed case from its evidence: the unsigned payroll against the bank statement. */
  @Test
  void theSeedSheetListsEveryMonthWithTheRejectedPayroll() {
    WorkedExample seed = WorkedExample.named("seed-barite-mine-grade9");
    WorkInjuryResult r =
        WorkInjuryCalculator.of(seed.parameters())
            .calculate(seed.caseFile().workInjuryCase(), seed.caseFile().options());

    for (String sheet :
        List.of(
            CalculationSheets.text(r), CalculationSheets.markdown(r), CalculationSheets.html(r))) {
      for (int month = 3; month <= 11; month++) {
        assertThat(sheet).contains(YearMonth.of(2019, month).toString());
      }
      assertThat(sheet).contains("《工资支付暂行规定》第六条").contains("3,500.00").contains("58,500.00");
    }
    assertThat(CalculationSheets.text(r)).contains("58,500.00 ÷ 9");
  }
}
