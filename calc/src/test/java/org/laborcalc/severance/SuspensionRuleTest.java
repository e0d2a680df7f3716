package org.laborcalc.severance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;

/**
 * 山东省劳动合同条例第二十六条第二款, "劳动合同中止期间不计算为劳动者在用人单位的工作年限", in force from 2013-10-01 (art. 62): both sides of
 * that day, and a period across it. The service figures are counted by hand in each comment: the
 * end of the service is brought forward by the days left out.
 */
class SuspensionRuleTest {
  private static final Region JINING = Region.of("370800");

  private static final SeveranceCalculator CALC = SeveranceCalculator.of(figures());

  private static Parameters figures() {
    UserFigures f =
        UserFigures.pack("suspension-test-figures")
            .add(
                SeveranceKeys.MINIMUM_MONTHLY_WAGE,
                JINING,
                DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 1, 1)),
                Money.parse("2000.00"),
                "test figure");
    for (int y = 2010; y <= 2029; y++) {
      f.year(SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE, JINING, y, Money.parse("8000.00"), "test");
    }
    return BundledPacks.parameters().with(f.build());
  }

  /** Employed 2013-03-01 to 2014-02-28 (one year exactly), 6,000.00 a month, laid off. */
  private static SeveranceCase suspended(LocalDate from, LocalDate lastDay) {
    return SeveranceCase.builder()
        .in(JINING)
        .employedFrom(LocalDate.of(2013, 3, 1))
        .terminatedOn(LocalDate.of(2014, 2, 28), InitiatedBy.EMPLOYER, TerminationGround.LCL_41_1)
        .wage(
            EvidenceItem.payroll(YearMonth.of(2013, 3), Money.parse("6000.00"), true)
                .withThrough(YearMonth.of(2014, 2)))
        .suspended(from, lastDay, SeveranceCase.Suspension.Ground.LIBERTY_RESTRICTED)
        .build();
  }

  private static SeveranceResult compute(SeveranceCase c) {
    return CALC.calculate(c, SeveranceOptions.defaults());
  }

  private static final String ART_26 = "《山东省劳动合同条例》第二十六条第二款";

  @Test
  void aSuspensionBeforeTheRegulationTookEffectIsCounted() {
    // 2013-09-01..30: no rule held on those days; service 2013-03-01..2014-02-28 = 12 months → 1.
    SeveranceResult r = compute(suspended(LocalDate.of(2013, 9, 1), LocalDate.of(2013, 9, 30)));
    ServiceLength s = r.service();
    assertThat(s.notCounted()).isEmpty();
    assertThat(s.whole().length().months()).isEqualTo(12);
    assertThat(s.whole().length().days()).isZero();
    // N = 1 × 6,000.00.
    assertThat(r.total()).isEqualTo(Money.parse("6000.00"));
    assertThat(r.notices()).extracting(SeveranceResult.Notice::code).contains("SUSPENSION_COUNTED");
    assertThat(r.lines().get(0).citations()).extracting(Citation::toChinese).doesNotContain(ART_26);
  }

  @Test
  void aSuspensionFromTheDayTheRegulationTookEffectIsNotService() {
    // 2013-10-01..31: 31 days; end 2014-03-01 (exclusive) − 31 days = 2014-01-29;
    // 2013-03-01..2014-01-29 = 10 months 28 days: remainder ≥ 6 months → 1 month still.
    SeveranceResult r = compute(suspended(LocalDate.of(2013, 10, 1), LocalDate.of(2013, 10, 31)));
    ServiceLength s = r.service();
    assertThat(s.notCounted())
        .containsExactly(DateRange.ofClosed(LocalDate.of(2013, 10, 1), LocalDate.of(2013, 10, 31)));
    assertThat(s.daysNotCounted()).isEqualTo(31);
    assertThat(s.whole().length().months()).isEqualTo(10);
    assertThat(s.whole().length().days()).isEqualTo(28);
    // The range is the employment still: the days are left out of the length only.
    assertThat(s.whole().range())
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2013, 3, 1), LocalDate.of(2014, 2, 28)));
    assertThat(r.total()).isEqualTo(Money.parse("6000.00"));
    assertThat(r.notices())
        .extracting(SeveranceResult.Notice::code)
        .contains("SUSPENSION_NOT_SERVICE")
        .doesNotContain("SUSPENSION_COUNTED");
    assertThat(r.lines().get(0).citations()).extracting(Citation::toChinese).contains(ART_26);
    assertThat(r.lines().get(0).parameters())
        .extracting(p -> p.key())
        .contains("severance.suspension");
  }

  @Test
  void aSuspensionAcrossTheEffectiveDayLosesOnlyTheDaysFromIt() {
    // 2013-09-20..2013-10-10: 09-20..30 counted (no rule), 10-01..10 (10 days) left out.
    SeveranceResult r = compute(suspended(LocalDate.of(2013, 9, 20), LocalDate.of(2013, 10, 10)));
    assertThat(r.service().notCounted())
        .containsExactly(DateRange.ofClosed(LocalDate.of(2013, 10, 1), LocalDate.of(2013, 10, 10)));
    assertThat(r.notices())
        .extracting(SeveranceResult.Notice::code)
        .contains("SUSPENSION_COUNTED", "SUSPENSION_NOT_SERVICE");
  }

  @Test
  void leavingOutTheDaysCrossesTheSixMonthStepOnBothSides() {
    // Employed 2013-03-01..2014-08-31 = 1 year 6 months 0 days → 2 months: 2 × 6,000.00.
    // Suspended 2013-09-01..30 (before the Regulation): counted, still 2 months = 12,000.00.
    assertThat(compute(longer(LocalDate.of(2013, 9, 1), LocalDate.of(2013, 9, 30))).total())
        .isEqualTo(Money.parse("12000.00"));
    // Suspended 2013-10-01..31: 31 days; 2014-09-01 (exclusive) − 31 days = 2014-08-01;
    // 2013-03-01..2014-08-01 = 1 year 5 months 0 days → 1.5 months: 1.5 × 6,000.00 = 9,000.00.
    SeveranceResult r = compute(longer(LocalDate.of(2013, 10, 1), LocalDate.of(2013, 10, 31)));
    assertThat(r.service().whole().length().months()).isEqualTo(17);
    assertThat(r.total()).isEqualTo(Money.parse("9000.00"));
  }

  private static SeveranceCase longer(LocalDate from, LocalDate lastDay) {
    return SeveranceCase.builder()
        .in(JINING)
        .employedFrom(LocalDate.of(2013, 3, 1))
        .terminatedOn(LocalDate.of(2014, 8, 31), InitiatedBy.EMPLOYER, TerminationGround.LCL_41_1)
        .wage(
            EvidenceItem.payroll(YearMonth.of(2013, 3), Money.parse("6000.00"), true)
                .withThrough(YearMonth.of(2014, 8)))
        .suspended(from, lastDay, SeveranceCase.Suspension.Ground.AGREED_IN_WRITING)
        .build();
  }

  @Test
  void aSuspensionOutsideTheEmploymentOrOverlappingAnotherIsLocated() {
    SeveranceCase c =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(LocalDate.of(2013, 3, 1))
            .terminatedOn(
                LocalDate.of(2014, 2, 28), InitiatedBy.EMPLOYER, TerminationGround.LCL_41_1)
            .suspended(
                LocalDate.of(2013, 2, 1),
                LocalDate.of(2013, 3, 31),
                SeveranceCase.Suspension.Ground.FORCE_MAJEURE)
            .suspended(
                LocalDate.of(2013, 5, 1),
                LocalDate.of(2013, 5, 31),
                SeveranceCase.Suspension.Ground.AGREED_IN_WRITING)
            .suspended(
                LocalDate.of(2013, 5, 31),
                LocalDate.of(2013, 6, 30),
                SeveranceCase.Suspension.Ground.AGREED_IN_WRITING)
            .suspended(
                LocalDate.of(2013, 8, 31),
                LocalDate.of(2013, 8, 1),
                SeveranceCase.Suspension.Ground.OTHER_BY_LAW)
            .build();
    assertThatThrownBy(() -> compute(c))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(
                        org.assertj.core.api.Assertions.tuple(
                            "case.employment.suspensions[0]", "OUTSIDE_EMPLOYMENT"),
                        org.assertj.core.api.Assertions.tuple(
                            "case.employment.suspensions[2]", "OVERLAPS"),
                        org.assertj.core.api.Assertions.tuple(
                            "case.employment.suspensions[3].lastDay", "END_BEFORE_START")));
  }
}
