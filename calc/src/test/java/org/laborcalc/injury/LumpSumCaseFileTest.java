package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.CaseFile;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;

/** The case file's {@code lumpSum} and {@code options.pensionCapWage}: read, written, refused. */
class LumpSumCaseFileTest {
  private static String file(String lumpSum, String options) {
    return """
        {"case": {"region": "330100",
          "worker": {"birthDate": "1985-05-20", "retirementCategory": "MALE"},
          "employment": {"start": "2020-01-01"},
          "injury": {"date": "2023-06-01"},
          "appraisal": {"date": "2024-03-01", "itemGrades": [2]},
          "insurance": {"status": "UNINSURED"},
          "wage": {"monthlyWage": "2000.00"}%s},
         "options": {%s}}
        """
        .formatted(lumpSum, options);
  }

  @Test
  void readAndWrittenBack() {
    CaseFile f =
        LaborCalcJson.readCaseFile(
            file(
                ", \"lumpSum\": {\"agreedWithEmployer\": true, \"amount\": \"300000.00\"}",
                "\"pensionCapWage\": \"AVERAGE_WAGE_FOUND\""));
    assertThat(f.workInjuryCase().lumpSum())
        .isEqualTo(new WorkInjuryCase.LumpSum(true, Money.parse("300000.00")));
    assertThat(f.options().pensionCapWage())
        .isEqualTo(CalculationOptions.PensionCapWage.AVERAGE_WAGE_FOUND);
    CaseFile again = LaborCalcJson.readCaseFile(LaborCalcJson.writeCaseFile(f));
    assertThat(again.workInjuryCase()).isEqualTo(f.workInjuryCase());
    assertThat(again.options()).isEqualTo(f.options());
  }

  @Test
  void absentMeansNoneAndTheDefault() {
    CaseFile f = LaborCalcJson.readCaseFile(file("", ""));
    assertThat(f.workInjuryCase().lumpSum()).isNull();
    assertThat(f.options().pensionCapWage()).isEqualTo(CalculationOptions.PensionCapWage.OWN_WAGE);
  }

  @Test
  void aBadValueIsLocated() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                LaborCalcJson.readCaseFile(
                    file(", \"lumpSum\": {\"amount\": \"abc\"}", "\"pensionCapWage\": \"X\"")));
    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder("case.lumpSum.amount", "options.pensionCapWage");
  }
}
