package org.laborcalc.severance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;

/** The laws of termination money (ARBITRATION.md §4.5), over generated cases. */
class SeveranceProperties {
  private static final Region JINING = Region.of("370800");

  /** Local figures for every year 2000–2050: a minimum wage, and the city average {@code avg}. */
  private static Parameters figures(String avg) {
    UserFigures f =
        UserFigures.pack("property-figures")
            .add(
                SeveranceKeys.MINIMUM_MONTHLY_WAGE,
                JINING,
                DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2051, 1, 1)),
                Money.parse("2000.00"),
                "property test figure");
    for (int y = 2000; y <= 2050; y++) {
      f.year(
          SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE, JINING, y, Money.parse(avg), "property test");
    }
    return BundledPacks.parameters().with(f.build());
  }

  private static final SeveranceCalculator ORDINARY = SeveranceCalculator.of(figures("8000.00"));
  private static final SeveranceCalculator RICH_CITY = SeveranceCalculator.of(figures("900000.00"));

  private static SeveranceCase lawful(
      LocalDate start, LocalDate end, Money wage, TerminationGround g) {
    return SeveranceCase.builder()
        .in(JINING)
        .employedFrom(start)
        .terminatedOn(end, g.initiators().iterator().next(), g)
        .wage(
            EvidenceItem.payroll(YearMonth.from(start), wage, true)
                .withThrough(YearMonth.from(end)))
        .build();
  }

  private static Money nOf(SeveranceCalculator calc, SeveranceCase c) {
    return calc.calculate(c, SeveranceOptions.defaults()).total();
  }

  @Provide
  Arbitrary<LocalDate> starts() {
    return Arbitraries.integers()
        .between(0, 20 * 12)
        .map(m -> LocalDate.of(2004, 1, 1).plusMonths(m));
  }

  @Provide
  Arbitrary<Money> wages() {
    return Arbitraries.integers()
        .between(200_000, 6_000_000)
        .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
  }

  @Property(tries = 150)
  void compensationNeverDecreasesAsTheEndMovesLater(
      @ForAll("starts") LocalDate start,
      @ForAll @IntRange(min = 31, max = 6000) int days,
      @ForAll @IntRange(min = 1, max = 800) int later,
      @ForAll("wages") Money wage) {
    LocalDate end = start.plusDays(days);
    if (end.isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE)) {
      end = ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE;
    }
    LocalDate endLater = end.plusDays(later);
    Money n1 = nOf(ORDINARY, lawful(start, end, wage, TerminationGround.LCL_36_EMPLOYER_PROPOSED));
    Money n2 =
        nOf(ORDINARY, lawful(start, endLater, wage, TerminationGround.LCL_36_EMPLOYER_PROPOSED));
    assertThat(n2).as(end + " then " + endLater).isGreaterThanOrEqualTo(n1);
  }

  @Property(tries = 100)
  void exactlySixMonthsIsOneMonthsWage(
      @ForAll @IntRange(min = 0, max = 200) int month,
      @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll("wages") Money wage) {
    LocalDate start = LocalDate.of(2008, 1, day).plusMonths(month);
    LocalDate lastDay = start.plusMonths(6).minusDays(1);
    ServiceSegment s = ServiceLength.of(start, lastDay).whole();
    assertThat(s.statutoryMonths()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(ServiceLength.of(start, lastDay.minusDays(1)).whole().statutoryMonths())
        .isEqualByComparingTo("0.5");
    if (day == 1) {
      Money n = nOf(RICH_CITY, lawful(start, lastDay, wage, TerminationGround.LCL_41_1));
      assertThat(n).isEqualTo(wage);
    }
  }

  @Property(tries = 100)
  void theCapNeverRaisesCompensation(
      @ForAll("starts") LocalDate start,
      @ForAll @IntRange(min = 31, max = 9000) int days,
      @ForAll("wages") Money wage) {
    LocalDate end = start.plusDays(days);
    if (end.isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE)) {
      end = ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE.plusDays(days % 400);
    }
    SeveranceCase c = lawful(start, end, wage, TerminationGround.LCL_40_3);
    SeveranceCase withNotice =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(start)
            .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_40_3)
            .writtenNoticeOn(end.minusDays(30))
            .wage(c.wageEvidence().get(0))
            .build();
    SeveranceCalculator lowAverage = SeveranceCalculator.of(figures("3000.00"));
    assertThat(nOf(lowAverage, withNotice)).isLessThanOrEqualTo(nOf(RICH_CITY, withNotice));
  }

  @Property(tries = 100)
  void damagesAreTwiceTheCompensationStandard(
      @ForAll @IntRange(min = 0, max = 180) int month,
      @ForAll @IntRange(min = 31, max = 7000) int days,
      @ForAll("wages") Money wage,
      @ForAll boolean poorCity) {
    LocalDate start = LocalDate.of(2008, 1, 1).plusMonths(month);
    LocalDate end = start.plusDays(days);
    SeveranceCalculator calc = poorCity ? SeveranceCalculator.of(figures("3000.00")) : ORDINARY;
    SeveranceCase lawful =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(start)
            .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_40_3)
            .writtenNoticeOn(end.minusDays(30))
            .wage(
                EvidenceItem.payroll(YearMonth.from(start), wage, true)
                    .withThrough(YearMonth.from(end)))
            .build();
    SeveranceCase unlawful =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(start)
            .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_48)
            .wage(lawful.wageEvidence().get(0))
            .build();
    Money n =
        calc.calculate(lawful, SeveranceOptions.defaults())
            .line(SeveranceItem.ECONOMIC_COMPENSATION)
            .orElseThrow()
            .amount();
    Money damages = nOf(calc, unlawful);
    assertThat(damages).isEqualTo(n.times(2));
  }

  @Property(tries = 150)
  void totalsAreTheSumOfTheLinesAndEachFormulaGivesItsAmount(
      @ForAll("starts") LocalDate start,
      @ForAll @IntRange(min = 31, max = 6000) int days,
      @ForAll("wages") Money wage,
      @ForAll("grounds") TerminationGround ground) {
    LocalDate end = start.plusDays(days);
    if (end.isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE)) {
      end = ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE;
    }
    SeveranceCaseBuilder b =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(start)
            .terminatedOn(end, ground.initiators().iterator().next(), ground)
            .wage(
                EvidenceItem.payroll(YearMonth.from(start), wage, true)
                    .withThrough(YearMonth.from(end)));
    if (ground.allowsPayInLieuOfNotice()) {
      b.lastMonthStandardWage(wage);
    }
    if (start.isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE)
        && List.of(
                TerminationGround.LCL_44_4,
                TerminationGround.LCL_44_5,
                TerminationGround.REG_6,
                TerminationGround.REG_22,
                TerminationGround.REG_23,
                TerminationGround.JI1_45,
                TerminationGround.JI1_48)
            .contains(ground)) {
      b.pre2008MonthsFound(BigDecimal.ONE);
    }
    SeveranceResult r = ORDINARY.calculate(b.build(), SeveranceOptions.defaults());
    Money sum = r.lines().stream().map(SeveranceLine::amount).reduce(Money.ZERO, Money::plus);
    assertThat(r.total()).isEqualTo(sum);
    r.lines().forEach(l -> assertThat(l.formula().evaluate()).isEqualTo(l.amount()));
    assertThat(r.lines()).allSatisfy(l -> assertThat(l.citations()).isNotEmpty());
  }

  @Provide
  Arbitrary<TerminationGround> grounds() {
    return Arbitraries.of(TerminationGround.class);
  }

  @Property(tries = 300)
  void serviceSegmentsPartitionThePeriod(
      @ForAll @IntRange(min = 0, max = 12000) int startDay,
      @ForAll @IntRange(min = 0, max = 12000) int length) {
    LocalDate start = LocalDate.of(1995, 1, 1).plusDays(startDay);
    LocalDate lastDay = start.plusDays(length);
    ServiceLength s = ServiceLength.of(start, lastDay);
    List<ServiceSegment> parts = s.segments();
    assertThat(parts.get(0).range().start()).isEqualTo(start);
    assertThat(parts.get(parts.size() - 1).range().endInclusive()).contains(lastDay);
    for (int i = 1; i < parts.size(); i++) {
      assertThat(parts.get(i).range().start())
          .isEqualTo(parts.get(i - 1).range().endExclusive().orElseThrow());
    }
    long days = parts.stream().mapToLong(p -> p.range().lengthInDays()).sum();
    assertThat(days).isEqualTo(length + 1L);
    assertThat(parts).allSatisfy(p -> assertThat(p.range().isEmpty()).isFalse());
  }

  @Property(tries = 300)
  void daysLeftOutNeverLengthenTheServiceAndTheRangesStillPartitionIt(
      @ForAll @IntRange(min = 0, max = 8000) int length,
      @ForAll @IntRange(min = 0, max = 8000) int gapOffset,
      @ForAll @IntRange(min = 1, max = 800) int gapLength) {
    LocalDate start = LocalDate.of(2005, 1, 1);
    LocalDate lastDay = start.plusDays(length);
    LocalDate gapFrom = start.plusDays(Math.min(gapOffset, length));
    LocalDate gapLast = gapFrom.plusDays(gapLength - 1L);
    if (gapLast.isAfter(lastDay)) {
      gapLast = lastDay;
    }
    DateRange gap = DateRange.ofClosed(gapFrom, gapLast);
    ServiceLength full = ServiceLength.of(start, lastDay);
    ServiceLength less = ServiceLength.of(start, lastDay, List.of(gap));
    assertThat(less.daysNotCounted()).isEqualTo(gap.lengthInDays());
    assertThat(less.whole().statutoryMonths()).isLessThanOrEqualTo(full.whole().statutoryMonths());
    // The days that remain, laid end to end from the start.
    assertThat(less.whole().length())
        .isEqualTo(
            org.laborcalc.time.MonthsAndDays.between(
                start,
                lastDay.plusDays(1).minusDays(gap.lengthInDays()),
                ServiceLength.MONTH_END_POLICY));
    assertThat(less.segments())
        .extracting(ServiceSegment::range)
        .isEqualTo(full.segments().stream().map(ServiceSegment::range).toList());
  }

  @Property(tries = 200)
  void validateIsEmptyExactlyWhenComputeSucceeds(
      @ForAll("starts") LocalDate start,
      @ForAll @IntRange(min = -400, max = 6000) int days,
      @ForAll("grounds") TerminationGround ground,
      @ForAll("initiators") InitiatedBy by,
      @ForAll boolean unlawful,
      @ForAll boolean withWage,
      @ForAll boolean withStandard,
      @ForAll boolean withFigures) {
    SeveranceCaseBuilder b =
        SeveranceCase.builder()
            .in(JINING)
            .employedFrom(start)
            .terminatedOn(start.plusDays(days), by, ground);
    if (unlawful) {
      b.foundUnlawful();
    }
    if (withWage) {
      b.wage(
          EvidenceItem.payroll(YearMonth.from(start), Money.parse("6000.00"), true)
              .withThrough(YearMonth.from(start.plusDays(Math.max(days, 0)))));
    }
    if (withStandard) {
      b.lastMonthStandardWage(Money.parse("6000.00"));
    }
    SeveranceCalculator calc =
        withFigures ? ORDINARY : SeveranceCalculator.of(BundledPacks.parameters());
    SeveranceCase c = b.build();
    boolean computes;
    try {
      calc.calculate(c, SeveranceOptions.defaults());
      computes = true;
    } catch (InvalidInputException e) {
      computes = false;
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).isNotNull());
    }
    assertThat(calc.validate(c, SeveranceOptions.defaults()).isEmpty()).isEqualTo(computes);
  }

  @Provide
  Arbitrary<InitiatedBy> initiators() {
    return Arbitraries.of(InitiatedBy.class);
  }
}
