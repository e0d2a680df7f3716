package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.wagebase.OwnWageBase;

/**
 * What the wage determination tells the tribunal, each warning on both sides of its condition:
 * fewer than twelve months (art. 64; 劳动合同法实施条例 art. 27 by analogy), the adverse inference against
 * an employer that withheld its records (劳动争议调解仲裁法 arts. 6, 39; 证据规定 art. 95), weak evidence, a
 * payer other than the employer, net deposits used as recorded, evidence outside the window, and a
 * partial first month scaled by calendar days. Injury 2019-12-18.
 */
class WageWarningConditionsTest {

  private static List<EvidenceItem> monthly(
      YearMonth from, YearMonth to, java.util.function.Function<YearMonth, EvidenceItem> item) {
    List<EvidenceItem> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(item.apply(m));
    }
    return out;
  }

  private static WageDetermination determine(
      String start, List<EvidenceItem> evidence, ProceduralFacts procedure, WageOptions options) {
    return OwnWageBase.determine(
        new WageCase(INJURY, LocalDate.parse(start), evidence, procedure, options), FIGURES);
  }

  private static WageDetermination determine(String start, List<EvidenceItem> evidence) {
    return determine(start, evidence, ProceduralFacts.none(), WageOptions.defaults());
  }

  private static List<String> codes(WageDetermination d) {
    return d.warnings().stream().map(WageWarning::code).toList();
  }

  private static List<EvidenceItem> signedPayroll(YearMonth from, String amount) {
    return monthly(from, ym(2019, 11), m -> EvidenceItem.payroll(m, yuan(amount), true));
  }

  /** Twelve months worked (2018-12 to 2019-11): no warning; nine months: the warning. */
  @Test
  void fewerThanTwelveMonthsIsWarnedAndTwelveIsNot() {
    WageDetermination twelve = determine("2018-12-01", signedPayroll(ym(2018, 12), "6000"));
    assertThat(twelve.monthsAveraged()).isEqualTo(12);
    assertThat(twelve.average()).isEqualTo(yuan("6000.00"));
    assertThat(codes(twelve)).doesNotContain("FEWER_THAN_TWELVE_MONTHS");
    WageDetermination nine = determine("2019-03-01", signedPayroll(ym(2019, 3), "6000"));
    assertThat(nine.monthsAveraged()).isEqualTo(9);
    assertThat(codes(nine)).contains("FEWER_THAN_TWELVE_MONTHS");
  }

  /** A signed payroll is documentary: no weak basis, no net-amount notice, no payer notice. */
  @Test
  void aSignedPayrollNeedsNoWarning() {
    WageDetermination d = determine("2018-12-01", signedPayroll(ym(2018, 12), "6000"));
    assertThat(codes(d))
        .doesNotContain(
            "WEAK_BASIS",
            "NET_AMOUNTS_AS_RECORDED",
            "PAYER_NOT_EMPLOYER",
            "ADVERSE_INFERENCE_APPLIED",
            "INCOMPLETE_MONTH_PRO_RATED",
            "CONFLICT_SETTLED_BY_POLICY");
  }

  /** An unsigned payroll alone lacks credibility (工资支付暂行规定 art. 6): the basis is weak. */
  @Test
  void anUnsignedPayrollAloneIsAWeakBasis() {
    WageDetermination d =
        determine(
            "2019-03-01",
            monthly(ym(2019, 3), ym(2019, 11), m -> EvidenceItem.payroll(m, yuan("3500"), false)));
    assertThat(codes(d)).contains("WEAK_BASIS");
  }

  /** Deposits are net of contributions and tax; from another payer they need other proof. */
  @Test
  void depositsAreNetAndMayComeFromAnotherPayer() {
    WageDetermination employer =
        determine(
            "2019-03-01",
            monthly(ym(2019, 3), ym(2019, 11), m -> EvidenceItem.bankDeposit(m, yuan("6500"))));
    assertThat(codes(employer))
        .contains("NET_AMOUNTS_AS_RECORDED")
        .doesNotContain("PAYER_NOT_EMPLOYER");
    WageDetermination other =
        determine(
            "2019-03-01",
            monthly(
                ym(2019, 3),
                ym(2019, 11),
                m -> EvidenceItem.bankDeposit(m, yuan("6500")).withPayerIsEmployer(false)));
    assertThat(codes(other)).contains("PAYER_NOT_EMPLOYER");
  }

  /**
   * The employer, ordered to produce its records, did not: the worker's account of 7,000 a month is
   * accepted, and the reason names the order.
   */
  @Test
  void theWorkersAccountIsAcceptedAgainstAnEmployerThatWithheldItsRecords() {
    List<EvidenceItem> statement =
        List.of(
            EvidenceItem.of(EvidenceKind.WORKER_STATEMENT, ym(2019, 3), yuan("7000"))
                .withThrough(ym(2019, 11)));
    WageDetermination d =
        determine(
            "2019-03-01",
            statement,
            ProceduralFacts.employerWithheldRecords("（2020）仲字第1号"),
            WageOptions.defaults());
    assertThat(d.average()).isEqualTo(yuan("7000.00"));
    assertThat(codes(d)).contains("ADVERSE_INFERENCE_APPLIED");
    AssessedEvidence chosen = d.months().get(0).chosen().orElseThrow();
    assertThat(chosen.credibility()).isEqualTo(Credibility.STRONG);
    assertThat(chosen.reasonZh()).contains("工资支付记录（（2020）仲字第1号），用人单位未提供");
    assertThat(chosen.reasonEn()).contains("wage records it holds (（2020）仲字第1号) and it did not");

    WageDetermination unnamed =
        determine(
            "2019-03-01",
            statement,
            ProceduralFacts.employerWithheldRecords(""),
            WageOptions.defaults());
    assertThat(unnamed.months().get(0).chosen().orElseThrow().reasonZh())
        .contains("工资支付记录，用人单位未提供");
  }

  /** Months outside 2018-12..2019-11 are listed as not considered, with the window named. */
  @Test
  void evidenceOutsideTheWindowIsNotConsidered() {
    List<EvidenceItem> evidence = new ArrayList<>(signedPayroll(ym(2018, 12), "6000"));
    evidence.add(EvidenceItem.payroll(ym(2018, 10), yuan("5000"), true).withThrough(ym(2018, 11)));
    WageDetermination d = determine("2018-01-01", evidence);
    assertThat(d.notConsidered()).hasSize(1);
    AssessedEvidence outside = d.notConsidered().get(0);
    assertThat(outside.outcome()).isEqualTo(AssessedEvidence.Outcome.OUTSIDE_WINDOW);
    assertThat(outside.reasonZh()).isEqualTo("所涉月份（2018-10至2018-11）不在计算期间（2018-12至2019-11）内，不予计算");
    assertThat(outside.reasonEn())
        .isEqualTo("its months (2018-10 to 2018-11) are outside the window (2018-12 to 2019-11)");
    assertThat(d.average()).isEqualTo(yuan("6000.00"));
  }

  /**
   * Started 2019-03-16: March has 16 of its 31 days worked. Under PRO_RATE a March payroll of
   * 3,100.00 stands for 3,100 × 31 ÷ 16 = 6,006.25 a month.
   */
  @Test
  void aPartialFirstMonthIsScaledByCalendarDays() {
    List<EvidenceItem> evidence = new ArrayList<>();
    evidence.add(EvidenceItem.payroll(ym(2019, 3), yuan("3100"), true));
    evidence.addAll(signedPayroll(ym(2019, 4), "6000"));
    WageDetermination d =
        determine(
            "2019-03-16",
            evidence,
            ProceduralFacts.none(),
            new WageOptions(
                ConflictPolicy.HIGHER_AMOUNT,
                GrossUpPolicy.AS_RECORDED,
                null,
                PartialMonthPolicy.PRO_RATE));
    MonthRow march = d.months().get(0);
    assertThat(march.month()).isEqualTo(ym(2019, 3));
    assertThat(march.complete()).isFalse();
    assertThat(march.daysWorked()).isEqualTo(16);
    assertThat(march.daysInMonth()).isEqualTo(31);
    assertThat(march.amountUsed()).contains(yuan("6006.25"));
    assertThat(codes(d)).contains("INCOMPLETE_MONTH_PRO_RATED");
    assertThat(d.months().get(1).complete()).isTrue();
    assertThat(d.months().get(1).daysWorked()).isEqualTo(30);
  }
}
