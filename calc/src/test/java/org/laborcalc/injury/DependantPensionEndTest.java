package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;

/**
 * Issue 15 §6: a dependant whose own death ends their 供养亲属抚恤金. When a dependant's pension stops
 * (劳社部令第18号) is not in the legal folder, so the last day is the case's input ({@code
 * pensionEndInclusive}), the line says so, and the pension stops after it.
 *
 * <p>Jining (the national start: the pensions from the death; Henan's from the month after, art. 30
 * ¶1, is HenanMonthlyStartTest's), 本人工资 6,000.00 (the 2021 average 6,000.00), injured 2022-03-01,
 * died 2022-03-10: spouse 40% = 2,400.00 a month, mother 30% = 1,800.00 a month (art. 39 ¶1 (二));
 * together 4,200.00, under the cap of 6,000.00.
 */
class DependantPensionEndTest {
  private static final WorkInjuryCalculator JINING =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2021, "6000.00")
              .overBundled());
  private static final Dependant SPOUSE =
      new Dependant("配偶", Relation.SPOUSE, LocalDate.of(1985, 1, 1), false);

  private static Dependant mother(LocalDate lastDay) {
    return new Dependant("母亲", Relation.PARENT, LocalDate.of(1950, 1, 1), false, lastDay);
  }

  private static WorkInjuryCaseBuilder died(Dependant... dependants) {
    return WorkInjuryCase.builder()
        .region(Region.of("370800"))
        .worker(LocalDate.of(1980, 1, 1), RetirementCategory.MALE)
        .employedFrom(LocalDate.of(2015, 1, 1))
        .injuredOn(LocalDate.of(2022, 3, 1))
        .died(LocalDate.of(2022, 3, 10), dependants)
        .monthlyWage(Money.parse("6000.00"));
  }

  private static List<BenefitLine> pensions(WorkInjuryResult r) {
    return r.linesOf(BenefitItem.DEPENDANT_PENSION);
  }

  /**
   * The mother's pension is found to end on 2022-06-15. As of 2022-12-10: hers from 2022-03-10 to
   * 2022-06-16 (exclusive) = 3 months (to 06-10) and 6 days of June's 30: 1,800 × 3 + 1,800 × 6 ÷
   * 30 = 5,400.00 + 360.00 = 5,760.00; the spouse's 9 whole months: 2,400 × 9 = 21,600.00.
   */
  @Test
  void theEndedPensionStopsAfterItsLastDayAndSaysWhy() {
    WorkInjuryResult r =
        JINING.calculate(
            died(SPOUSE, mother(LocalDate.of(2022, 6, 15))).insured().build(),
            CalculationOptions.defaults().withAsOf(LocalDate.of(2022, 12, 10)));
    assertThat(pensions(r))
        .extracting(
            BenefitLine::label,
            BenefitLine::monthlyAmount,
            BenefitLine::startDate,
            BenefitLine::until,
            BenefitLine::accrued)
        .containsExactlyInAnyOrder(
            tuple(
                "配偶",
                Money.parse("2400.00"),
                LocalDate.of(2022, 3, 10),
                null,
                Money.parse("21600.00")),
            tuple(
                "母亲",
                Money.parse("1800.00"),
                LocalDate.of(2022, 3, 10),
                LocalDate.of(2022, 6, 15),
                Money.parse("5760.00")));
    BenefitLine hers =
        pensions(r).stream().filter(l -> l.label().equals("母亲")).findFirst().orElseThrow();
    assertThat(hers.explanationZh()).contains("支付至 2022-06-15", "劳社部令第18号未收录");
    BenefitLine spouse =
        pensions(r).stream().filter(l -> l.label().equals("配偶")).findFirst().orElseThrow();
    assertThat(spouse.explanationZh()).doesNotContain("支付至");
  }

  /** A last day before the worker's death is a located error. */
  @Test
  void aLastDayBeforeTheDeathIsRefused() {
    List<Violation> v =
        JINING.validate(died(SPOUSE, mother(LocalDate.of(2022, 3, 9))).insured().build());
    assertThat(v)
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("death.dependants[1].pensionEndInclusive", "DATE_ORDER"));
  }

  /**
   * Enrolled after the injury on 2022-09-01: a pension that ended on 2022-06-15 lies wholly before
   * the enrolment, one line, the employer's (art. 62 ¶2); one that ends on 2022-10-31 is split, the
   * employer's to 2022-08-31 and the fund's from 2022-09-01 to 2022-10-31 (art. 62 ¶3,
   * 人社部发〔2016〕29号 item 三 (二)).
   */
  @Test
  void afterALateEnrolmentAnEndedPensionIsSplitOnlyIfItRunsPastTheEnrolment() {
    WorkInjuryResult early =
        JINING.calculate(
            died(mother(LocalDate.of(2022, 6, 15)))
                .enrolledAfterInjury(LocalDate.of(2022, 9, 1))
                .build());
    assertThat(pensions(early))
        .extracting(BenefitLine::payer, BenefitLine::startDate, BenefitLine::until)
        .containsExactly(
            tuple(Party.EMPLOYER, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 6, 15)));
    WorkInjuryResult late =
        JINING.calculate(
            died(mother(LocalDate.of(2022, 10, 31)))
                .enrolledAfterInjury(LocalDate.of(2022, 9, 1))
                .build());
    assertThat(pensions(late))
        .extracting(BenefitLine::payer, BenefitLine::startDate, BenefitLine::until)
        .containsExactly(
            tuple(Party.EMPLOYER, LocalDate.of(2022, 3, 10), LocalDate.of(2022, 8, 31)),
            tuple(Party.FUND, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 10, 31)));
  }

  /**
   * Zhejiang art. 35 ¶2 pays an uninsured employer's lump sum by periods from the death; how for a
   * dependant whose pension has ended it does not say: chosen, it is refused at {@code lumpSum}.
   */
  @Test
  void aZhejiangLumpSumWithAnEndedPensionIsRefused() {
    WorkInjuryCalculator hangzhou =
        WorkInjuryCalculator.of(
            CallerFigures.create()
                .year("wage.regionalAverageMonthly", "330100", 2021, "8000.00")
                .overBundled());
    WorkInjuryCase c =
        WorkInjuryCase.builder()
            .region(Region.of("330100"))
            .worker(LocalDate.of(1980, 1, 1), RetirementCategory.MALE)
            .employedFrom(LocalDate.of(2015, 1, 1))
            .injuredOn(LocalDate.of(2022, 3, 1))
            .died(LocalDate.of(2022, 3, 10), mother(LocalDate.of(2022, 6, 15)))
            .uninsured()
            .lumpSumChosen(true, null)
            .monthlyWage(Money.parse("8000.00"))
            .build();
    assertThatThrownBy(() -> hangzhou.calculatePartial(c, CalculationOptions.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path, v -> v.messageEn().contains("pension has ended"))
                    .containsExactly(tuple("lumpSum", true)));
    // Without the pension that ended, the same choice computes: the refusal is about it alone.
    WorkInjuryCase running =
        WorkInjuryCase.builder()
            .region(Region.of("330100"))
            .worker(LocalDate.of(1980, 1, 1), RetirementCategory.MALE)
            .employedFrom(LocalDate.of(2015, 1, 1))
            .injuredOn(LocalDate.of(2022, 3, 1))
            .died(LocalDate.of(2022, 3, 10), mother(null))
            .uninsured()
            .lumpSumChosen(true, null)
            .monthlyWage(Money.parse("8000.00"))
            .build();
    assertThat(
            hangzhou
                .calculatePartial(running, CalculationOptions.defaults())
                .linesOf(BenefitItem.DEPENDANT_PENSION_LUMP_SUM))
        .hasSize(1);
  }

  /** The case file names the last day under the dependant; writing the case back keeps it. */
  @Test
  void theCaseFileReadsTheLastDay() {
    String json =
        """
        {"case": {
          "region": "370800",
          "worker": {"birthDate": "1980-01-01", "retirementCategory": "MALE"},
          "employment": {"start": "2015-01-01"},
          "injury": {"date": "2022-03-01"},
          "death": {"date": "2022-03-10", "dependants": [
            {"name": "母亲", "relation": "PARENT", "birthDate": "1950-01-01",
             "pensionEndInclusive": "2022-06-15"}]},
          "insurance": {"status": "INSURED"},
          "wage": {"monthlyWage": "6000.00"}
        }}
        """;
    WorkInjuryCase c = LaborCalcJson.readCaseFile(json).workInjuryCase();
    assertThat(c.death().dependants().get(0).pensionEndInclusive())
        .isEqualTo(LocalDate.of(2022, 6, 15));
    assertThat(pensions(JINING.calculate(c)).get(0).until()).isEqualTo(LocalDate.of(2022, 6, 15));
  }
}
