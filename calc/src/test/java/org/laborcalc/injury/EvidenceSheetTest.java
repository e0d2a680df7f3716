package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.money.Money;
import org.laborcalc.sheet.CalculationSheets;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.wage.EvidenceItem;

/** The calculation sheet shows the wage month by month, with the evidence rejected and why. */
class EvidenceSheetTest {

  @Test
  void theSeedSheetListsEveryMonthWithTheRejectedPayroll() {
    List<EvidenceItem> evidence = new ArrayList<>();
    for (int month = 3; month <= 11; month++) {
      YearMonth ym = YearMonth.of(2019, month);
      evidence.add(EvidenceItem.payroll(ym, Money.parse("3500.00"), false));
      evidence.add(EvidenceItem.bankDeposit(ym, Money.parse("6500.00")));
    }
    CaseBuilder b =
        CaseBuilder.create()
            .region("370800")
            .employed("2019-03-01")
            .injured("2019-12-18", false)
            .graded("2020-08-20", 9)
            .terminated("2020-10-31", InitiatedBy.WORKER)
            .insurance(InsuranceStatus.UNINSURED, null);
    b.wage(WorkInjuryCase.WageFacts.fromEvidence(evidence, null));
    WorkInjuryResult r =
        WorkInjuryCalculator.of(
                CallerFigures.create()
                    .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
                    .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
                    .overBundled())
            .calculate(b.build());

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
