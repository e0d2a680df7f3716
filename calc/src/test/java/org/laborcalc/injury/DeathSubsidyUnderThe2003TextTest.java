package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.WorkInjuryCase.Circumstance;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 一次性工亡补助金 under the 2003 text (国务院令第375号 art. 37 ¶1 (三): “48个月至60个月的统筹地区上年度职工月平均工资。具体标准由统筹地区的人民政府
 * 根据当地经济、社会发展状况规定”), issue 22 §7: the local months are those of the text that governs the case (the
 * injury's, by default), not of the death date; a local figure outside 48–60 is refused.
 *
 * <p>Henan: 河南省工伤保险条例 (2007) art. 29 ¶1 sets 54 months (bundled, 2007-10-01 to 2011-01-01).
 * Zhengzhou (410100) averages are the test's own caller figures: 2008 2,500.00, 2011 3,000.00.
 */
class DeathSubsidyUnderThe2003TextTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static CallerFigures figures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "410100", 2008, "2500.00")
        .year("wage.regionalAverageMonthly", "410100", 2011, "3000.00")
        .year("wage.regionalAverageMonthly", "370800", 2008, "2500.00");
  }

  private static CaseBuilder zhengzhou(String died) {
    return CaseBuilder.create()
        .region("410100")
        .employed("2008-01-01")
        .injured("2009-06-01", false)
        .wage("6500.00")
        .died(died);
  }

  private static BenefitLine deathSubsidy(WorkInjuryResult r) {
    return r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY).get(0);
  }

  /** Death in 2009, the year's text: 54 × 2,500.00 (2008) = 135,000.00. */
  @Test
  void henanFiftyFourMonthsForADeathUnderThe2003Text() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(figures().overBundled()).calculate(zhengzhou("2009-06-20").build());
    assertThat(deathSubsidy(r).amount()).isEqualTo(m("135000.00"));
    assertThat(deathSubsidy(r).citations())
        .contains(Citation.of(Instruments.get("gsbx-tiaoli-2003"), 37, 1, 3));
  }

  /**
   * A 2009 injury, death in 2012, the injury's text (default option): Henan's 54 months, in force
   * on the injury day though no longer on the death day, × the 2011 average 3,000.00 = 162,000.00.
   */
  @Test
  void aDeathAfter2010UnderThe2003TextTakesTheMonthsOfTheGoverningText() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(figures().overBundled()).calculate(zhengzhou("2012-03-01").build());
    assertThat(r.isComplete()).isTrue();
    assertThat(deathSubsidy(r).amount()).isEqualTo(m("162000.00"));
    assertThat(deathSubsidy(r).formulaText()).startsWith("54 × 3,000.00");
  }

  /**
   * The other option, the death date's text: the 2010 text, whose subsidy is 20 × the national
   * income of the year before the injury (2008, not bundled): missing, never Henan's months.
   */
  @Test
  void underTheBenefitDateOptionTheDeathFallsUnderThe2010Text() {
    WorkInjuryResult r =
        WorkInjuryCalculator.of(figures().overBundled())
            .calculatePartial(
                zhengzhou("2012-03-01").build(),
                CalculationOptions.defaults().withRegimeRule(RegimeRule.BENEFIT_DATE));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
    assertThat(r.missing())
        .anySatisfy(
            f -> assertThat(f.key().name()).isEqualTo("income.nationalUrbanDisposablePerCapita"));
  }

  private static WorkInjuryCalculator jiningMonths(String months) {
    return WorkInjuryCalculator.of(
        figures()
            .number("death.oneTimeSubsidy.regionalWageMonths", "370800", "2004-01-01", null, months)
            .overBundled());
  }

  private static CaseBuilder jining() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2008-01-01")
        .injured("2009-06-01", false)
        .wage("6500.00")
        .died("2009-06-20");
  }

  /** The edges of the range, inside: 48 × 2,500.00 = 120,000.00; 60 × 2,500.00 = 150,000.00. */
  @Test
  void localMonthsAtTheEdgesOfTheRangeAreUsed() {
    assertThat(deathSubsidy(jiningMonths("48").calculate(jining().build())).amount())
        .isEqualTo(m("120000.00"));
    assertThat(deathSubsidy(jiningMonths("60").calculate(jining().build())).amount())
        .isEqualTo(m("150000.00"));
  }

  /** Just outside: 47 and 61 months are refused, at the parameters, by validate too. */
  @Test
  void localMonthsOutsideTheRangeAreRefusedWithALocatedError() {
    for (String months : List.of("47", "61")) {
      WorkInjuryCalculator calc = jiningMonths(months);
      assertThatThrownBy(() -> calc.calculate(jining().build()))
          .isInstanceOf(InvalidInputException.class)
          .satisfies(
              e -> {
                Violation v = ((InvalidInputException) e).violations().get(0);
                assertThat(v.path()).isEqualTo("parameters");
                assertThat(v.code()).isEqualTo("OUT_OF_RANGE");
                assertThat(v.messageEn())
                    .contains("death.oneTimeSubsidy.regionalWageMonths@370800")
                    .contains("48 to 60");
              });
      assertThat(calc.validate(jining().build()))
          .extracting(Violation::path, Violation::code)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("parameters", "OUT_OF_RANGE"));
    }
  }

  /**
   * Henan art. 29 ¶1, second sentence: “对属于抢险救灾、见义勇为工亡者，按六十个月发给” — 60 × 2,500.00 = 150,000.00 for
   * either circumstance, citing Henan's article beside the Regulation's.
   */
  @Test
  void henanSixtyMonthsForADeathInRescueOrAnActOfBravery() {
    WorkInjuryCalculator calc = WorkInjuryCalculator.of(figures().overBundled());
    for (Circumstance how :
        List.of(Circumstance.RESCUE_OR_DISASTER_RELIEF, Circumstance.RIGHTEOUS_ACT)) {
      WorkInjuryCase c = withCircumstance(zhengzhou("2009-06-20").build(), how);
      BenefitLine line = deathSubsidy(calc.calculate(c));
      assertThat(line.amount()).isEqualTo(m("150000.00"));
      // the uninsured employer's liability (2003 art. 60) follows the rule's own articles
      assertThat(line.citations())
          .extracting(Citation::toString)
          .containsExactly(
              "工伤保险条例 (2003年) art. 37 ¶1 item 3", "河南省工伤保险条例 art. 29 ¶1", "工伤保险条例 (2003年) art. 60");
      assertThat(line.explanationZh()).contains("60个月");
    }
  }

  /**
   * Without the circumstance, or with another (an accident on a work trip), Henan's 54 months,
   * citing art. 29 ¶1 too.
   */
  @Test
  void henanWithoutTheCircumstanceKeepsFiftyFourMonthsAndCitesItsArticle() {
    WorkInjuryCalculator calc = WorkInjuryCalculator.of(figures().overBundled());
    assertThat(
            deathSubsidy(
                    calc.calculate(
                        withCircumstance(
                            zhengzhou("2009-06-20").build(), Circumstance.WORK_TRIP_ACCIDENT)))
                .amount())
        .isEqualTo(m("135000.00"));
    BenefitLine line = deathSubsidy(calc.calculate(zhengzhou("2009-06-20").build()));
    assertThat(line.amount()).isEqualTo(m("135000.00"));
    assertThat(line.citations()).extracting(Citation::toString).contains("河南省工伤保险条例 art. 29 ¶1");
  }

  /**
   * A region that sets no months of its own for rescue (a caller's 50 for Jining): the circumstance
   * changes nothing, 50 × 2,500.00 = 125,000.00, and the caller's figure is not cited as law.
   */
  @Test
  void aRegionWithoutSpecialMonthsPaysItsOrdinaryMonthsForARescueDeath() {
    WorkInjuryCase c = withCircumstance(jining().build(), Circumstance.RESCUE_OR_DISASTER_RELIEF);
    BenefitLine line = deathSubsidy(jiningMonths("50").calculate(c));
    assertThat(line.amount()).isEqualTo(m("125000.00"));
    assertThat(line.citations())
        .extracting(Citation::toString)
        .containsExactly("工伤保险条例 (2003年) art. 37 ¶1 item 3", "工伤保险条例 (2003年) art. 60");
  }

  private static WorkInjuryCase withCircumstance(WorkInjuryCase c, Circumstance how) {
    return new WorkInjuryCase(
        c.region(),
        c.worker(),
        c.employment(),
        c.injury(),
        c.appraisal(),
        c.suspension(),
        c.hospitalStays(),
        c.expenses(),
        c.insurance(),
        new Death(c.death().date(), c.death().dependants(), how),
        c.alreadyPaid(),
        c.wage(),
        c.lumpSum());
  }
}
