package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.CalcOutcome;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.result.Party;

/** What every outcome of {@code LaborCalc.workInjuryJson} must be, whatever the input. */
final class OutcomeChecks {
  private OutcomeChecks() {}

  /** A violation a person can act on: located, coded, in both languages, no stack trace. */
  static void isWellFormed(Violation v) {
    assertThat(v.path())
        .as("path of " + v)
        .doesNotContainPattern("\\p{Cntrl}")
        .hasSizeLessThan(300);
    assertThat(v.code()).as("code of " + v).matches("[A-Z][A-Z0-9_]+");
    assertThat(v.messageZh()).as("Chinese message of " + v).containsPattern("\\p{IsHan}");
    assertThat(v.messageEn()).as("English message of " + v).containsPattern("[A-Za-z]{3,} [a-z]+");
    for (String m : List.of(v.messageZh(), v.messageEn())) {
      assertThat(m)
          .as("message of " + v)
          .doesNotContain("Exception", "\tat ", "org.laborcalc.", "com.fasterxml.", "java.");
      assertThat(m.length()).as("length of a message of " + v.path()).isLessThan(1000);
    }
  }

  /** An invalid outcome: at least one violation, each well-formed. */
  static void isExplained(CalcOutcome o) {
    assertThat(o.isValid()).isFalse();
    assertThat(o.violations()).isNotEmpty();
    o.violations().forEach(OutcomeChecks::isWellFormed);
  }

  /**
   * A result whose totals are the sums of its lines, by payer: one-time amounts (deductions
   * included) and monthly amounts apart; each line one-time or monthly, never both. Summed here as
   * plain decimals, independently of {@code Money}'s arithmetic.
   */
  /**
   * The totals are the sums of the lines by payer; a monthly line the worker's death ended ({@code
   * until} on or before {@code died}, art. 42 ¶1 (一)) is not among the monthly totals.
   */
  static void totalsAreTheSumsOfTheLines(WorkInjuryResult r, java.time.LocalDate died) {
    BigDecimal employer = BigDecimal.ZERO;
    BigDecimal fund = BigDecimal.ZERO;
    BigDecimal monthlyEmployer = BigDecimal.ZERO;
    BigDecimal monthlyFund = BigDecimal.ZERO;
    for (BenefitLine l : r.lines()) {
      assertThat(l.amount() == null)
          .as("exactly one of amount and monthlyAmount: " + l)
          .isNotEqualTo(l.monthlyAmount() == null);
      if (l.monthlyAmount() != null) {
        assertThat(l.monthlyAmount().isNegative()).as("a negative monthly amount: " + l).isFalse();
        if (died != null && l.until() != null && !l.until().isAfter(died)) {
          continue;
        }
        if (l.payer() == Party.EMPLOYER) {
          monthlyEmployer = monthlyEmployer.add(l.monthlyAmount().amount());
        } else {
          monthlyFund = monthlyFund.add(l.monthlyAmount().amount());
        }
      } else if (l.payer() == Party.EMPLOYER) {
        employer = employer.add(l.amount().amount());
      } else {
        fund = fund.add(l.amount().amount());
      }
    }
    Totals t = r.totals();
    assertThat(t.employer().amount()).isEqualByComparingTo(employer);
    assertThat(t.fund().amount()).isEqualByComparingTo(fund);
    assertThat(t.total().amount()).isEqualByComparingTo(employer.add(fund));
    assertThat(t.monthlyEmployer().amount()).isEqualByComparingTo(monthlyEmployer);
    assertThat(t.monthlyFund().amount()).isEqualByComparingTo(monthlyFund);
  }

  /** The result document states the same totals as the result. */
  static void documentStatesTheTotals(String json, WorkInjuryResult r) {
    JsonNode totals = CaseDoc.json(json).get("totals");
    assertThat(totals.get("employer").asText()).isEqualTo(r.totals().employer().toString());
    assertThat(totals.get("fund").asText()).isEqualTo(r.totals().fund().toString());
    assertThat(totals.get("total").asText()).isEqualTo(r.totals().total().toString());
    assertThat(totals.get("monthlyEmployer").asText())
        .isEqualTo(r.totals().monthlyEmployer().toString());
    assertThat(totals.get("monthlyFund").asText()).isEqualTo(r.totals().monthlyFund().toString());
  }
}
