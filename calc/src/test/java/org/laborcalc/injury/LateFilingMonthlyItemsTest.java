package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * Art. 17 ¶4 for a monthly item (issue 22 §7):
 * “用人单位未在本条第一款规定的时限内提交工伤认定申请，在此期间发生符合本条例规定的工伤待遇等有关费用由该用人单位负担” — a pension that starts in the gap is
 * the employer's for the months in it only.
 *
 * <p>Jining, insured, injured 2020-01-10: the 30 days (art. 17 ¶1) end 2020-02-09, the gap runs
 * from 2020-02-10 to the late application. Spouse 40% × 6,500.00 = 2,600.00 a month.
 */
class LateFilingMonthlyItemsTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2019, "6000.00")
              .overBundled());

  private static WorkInjuryResult died(String death, String filed) {
    return CALC.calculate(
        CaseBuilder.create()
            .region("370800")
            .employed("2019-03-01")
            .injured("2020-01-10", false)
            .insurance(new Insurance(InsuranceStatus.INSURED, null, null, LocalDate.parse(filed)))
            .wage("6500.00")
            .died(death, new Dependant("妻", Relation.SPOUSE, null, false))
            .build());
  }

  /**
   * Death 2020-03-01 in the gap, applied 2020-06-15: the employer 2020-03-01 to 06-15, the fund
   * from 2020-06-16 — not the employer for life.
   */
  @Test
  void aPensionStartingInTheGapIsTheEmployersForTheGapOnly() {
    assertThat(died("2020-03-01", "2020-06-15").linesOf(BenefitItem.DEPENDANT_PENSION))
        .extracting(
            BenefitLine::payer,
            BenefitLine::monthlyAmount,
            BenefitLine::startDate,
            BenefitLine::until)
        .containsExactly(
            tuple(
                Party.EMPLOYER,
                Money.parse("2600.00"),
                LocalDate.of(2020, 3, 1),
                LocalDate.of(2020, 6, 15)),
            tuple(Party.FUND, Money.parse("2600.00"), LocalDate.of(2020, 6, 16), null));
  }

  /** Death on the application day, the gap's last: one day the employer's, then the fund's. */
  @Test
  void aPensionStartingOnTheGapsLastDay() {
    assertThat(died("2020-06-15", "2020-06-15").linesOf(BenefitItem.DEPENDANT_PENSION))
        .extracting(BenefitLine::payer, BenefitLine::startDate, BenefitLine::until)
        .containsExactly(
            tuple(Party.EMPLOYER, LocalDate.of(2020, 6, 15), LocalDate.of(2020, 6, 15)),
            tuple(Party.FUND, LocalDate.of(2020, 6, 16), null));
  }

  /** Death the day after the application, outside the gap: the fund's, one line. */
  @Test
  void aPensionStartingAfterTheGapIsTheFunds() {
    assertThat(died("2020-06-16", "2020-06-15").linesOf(BenefitItem.DEPENDANT_PENSION))
        .extracting(BenefitLine::payer, BenefitLine::startDate)
        .containsExactly(tuple(Party.FUND, LocalDate.of(2020, 6, 16)));
  }
}
