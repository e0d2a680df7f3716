package org.laborcalc.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.arbitration.ArbitrationRulesTest.ar1;
import static org.laborcalc.arbitration.ArbitrationRulesTest.caseOf;
import static org.laborcalc.arbitration.ArbitrationRulesTest.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.laborcalc.finality.FinalityStatus;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;

/**
 * AR-1 with two more claims of the same worker: overtime in April 2023 and the unused leave of
 * 2023, each with its own facts in the claim and the shared ones (region, employment) from the
 * case.
 */
class ArbitrationPayClaimsTest {

  /** AR-1 with c4 (overtime) and c5 (annual leave). */
  static ObjectNode ar1WithPayClaims() {
    ObjectNode f = ar1();
    ArrayNode claims = (ArrayNode) caseOf(f).get("claims");
    ObjectNode ot = claims.addObject();
    ot.put("id", "c4").put("type", "OVERTIME_PAY");
    ot.put("workingHoursSystem", "STANDARD")
        .put("monthlyWage", "5000.00")
        .put("alreadyPaid", "0.00");
    ArrayNode days = ot.putArray("days");
    days.addObject().put("date", "2023-04-03").put("hours", 2); // Monday
    days.addObject().put("date", "2023-04-08").put("hours", 8); // Saturday
    days.addObject().put("date", "2023-04-05").put("hours", 8); // 清明节
    ObjectNode al = claims.addObject();
    al.put("id", "c5").put("type", "UNUSED_ANNUAL_LEAVE_PAY");
    al.putObject("cumulativeWork").put("asOf", "2023-01-01").put("years", 3);
    al.put("monthlyWage", "5000.00");
    al.putArray("years").addObject().put("year", 2023);
    return f;
  }

  @Test
  void overtimeIsPricedDayByDayOnTheCalendar() {
    ClaimResult ot = result(ar1WithPayClaims()).claim("c4").orElseThrow();
    // Hourly 5,000.00 ÷ 21.75 ÷ 8, never rounded (劳社部发〔2008〕3号), each line rounded once:
    // Monday 2 h × 150 % = 2 × 5000 ÷ 21.75 ÷ 8 × 1.5 = 86.2068… → 86.21;
    // Saturday 8 h × 200 % = 459.7701… → 459.77; 清明 2023-04-05 8 h × 300 % = 689.6551… → 689.66.
    // 86.21 + 459.77 + 689.66 = 1,235.64.
    assertThat(ot.amount()).isEqualTo(Money.parse("1235.64"));
    // 劳动报酬 (art. 27 ¶4): one year from the end of the employment 2023-08-31 → 2024-08-31.
    assertThat(ot.lines().get(0).limitation().deadline().orElseThrow()).hasToString("2024-08-31");
    assertThat(ot.limitation()).contains(LimitationStatus.WITHIN);
    assertThat(ot.finality().get(0).status()).isEqualTo(FinalityStatus.FINAL);
  }

  @Test
  void theLeaversLeaveIsProRatedAndItsLimitRunsFromTheFollowingYearsEnd() {
    ClaimResult al = result(ar1WithPayClaims()).claim("c5").orElseThrow();
    // Band 5 days (3 years' cumulative work, 条例 art. 3); leaver (实施办法 art. 12): 2023-01-01..08-31
    // = 243 days, 243 ÷ 365 × 5 = 3.33 → 3 days; pay 3 × 5,000.00 ÷ 21.75 × 200 % = 1,379.3103… →
    // 1,379.31.
    assertThat(al.amount()).isEqualTo(Money.parse("1379.31"));
    // Default accrual: the end of the year after the leave year, 2024-12-31 (ARBITRATION.md §2.8):
    // the period has not begun on 2023-09-20 → within.
    assertThat(al.lines().get(0).limitation().accrual().orElseThrow()).hasToString("2024-12-31");
    assertThat(al.limitation()).contains(LimitationStatus.WITHIN);
  }

  @Test
  void theLeaveAsARestStandardIsFinalByNature() {
    ObjectNode f = ar1WithPayClaims();
    f.putObject("options").put("finality.annualLeaveClass", "REST_AND_LEAVE_STANDARD");
    ClaimResult al = result(f).claim("c5").orElseThrow();
    assertThat(al.finality().get(0).item().awardClass().name()).isEqualTo("LABOUR_STANDARDS");
    assertThat(al.finality().get(0).status()).isEqualTo(FinalityStatus.FINAL);
  }

  @Test
  void totalsOfFiveClaims() {
    ArbitrationResult r = result(ar1WithPayClaims());
    // 67,261.90 (AR-1) + 1,235.64 + 1,379.31 = 69,876.85; less the 10,000.00 out of time
    // = 59,876.85.
    assertThat(r.totals().total()).isEqualTo(Money.parse("69876.85"));
    assertThat(r.totals().totalIfLimitationRaised()).isEqualTo(Money.parse("59876.85"));
    // Final: 7,500.00 + 5,000.00 + 1,235.64 + 1,379.31 = 15,114.95; not final: 54,761.90.
    assertThat(r.totals().finalTotal()).isEqualTo(Money.parse("15114.95"));
    assertThat(r.totals().nonFinalTotal()).isEqualTo(Money.parse("54761.90"));
  }
}
