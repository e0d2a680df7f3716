package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.money.Money;
import org.laborcalc.severance.SeveranceResult;

/**
 * Issue 15 §4: a case placed in a county (GB/T 2260 county code) takes the county's own figures
 * where a pack has them, and otherwise falls back to its prefecture, province and the nation.
 */
class CountyRegionsTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  @Test
  void theSeedCaseInAJiningDistrictUsesJiningsFigures() {
    // 任城区 (370811) publishes no average of its own: the example pack's Jining figures (5,200.00
    // for 2018, 5,800.00 for 2019) apply, so the award is the seed's 250,800.00.
    CalcOutcome o =
        CALC.workInjuryJson(
            CaseDoc.example("seed-barite-mine-grade9").set("case.region", "370811").bytes());
    assertThat(o.isValid()).isTrue();
    assertThat(o.result().totals().total()).isEqualTo(Money.parse("250800.00"));
  }

  @Test
  void aCountysOwnFigureComesBeforeItsCitys() {
    // The seed's wage found from the bank statement is 6,500.00 a month, inside 60–300% of Jining's
    // 2018 average of 5,200.00. With a 2018 average of 2,000.00 given for 任城区 itself, its 300%
    // ceiling is 6,000.00, so 本人工资 is clamped down to 6,000.00 (工伤保险条例 art. 64 ¶2): the
    // county's own figure was used, not its city's.
    CalcOutcome o =
        CALC.workInjuryJson(
            CaseDoc.example("seed-barite-mine-grade9")
                .set("case.region", "370811")
                .set(
                    "figures",
                    CaseDoc.parse(
                            "{\"f\":[{\"key\":\"wage.regionalAverageMonthly\",\"region\":\"370811\","
                                + "\"year\":2018,\"value\":\"2000.00\",\"source\":\"test\"}]}")
                        .tree()
                        .get("f"))
                .bytes());
    assertThat(o.isValid()).as("%s", o.violations()).isTrue();
    assertThat(o.result().wage().ownWage()).isEqualTo(Money.parse("6000.00"));
  }

  @Test
  void severanceInACountyIsCappedByItsCitysAverage() {
    // 劳动合同法 art. 47 ¶2: the cap is the 设区的市's figure; for 任城区 that is Jining's, so the
    // example's 13,399.99 is unchanged.
    Outcome o =
        CALC.compute(
            CaseDoc.example("severance/n2-medical-period-notice-pay")
                .set("case.region", "370811")
                .bytes());
    assertThat(o.isValid()).as("%s", o.missing()).isTrue();
    assertThat(((SeveranceResult) o.result()).total()).isEqualTo(Money.parse("13399.99"));
  }
}
