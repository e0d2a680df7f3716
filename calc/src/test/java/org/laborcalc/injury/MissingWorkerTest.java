package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Circumstance;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Missing;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * 《工伤保险条例》 art. 41 (issue 22 §2): “职工因工外出期间发生事故或者在抢险救灾中下落不明的，从事故发生当月起3个月内照发工资，从第4个月起停发工资，
 * 由工伤保险基金向其供养亲属按月支付供养亲属抚恤金。生活有困难的，可以预支一次性工亡补助金的50%。职工被人民法院宣告死亡的，按照本条例第三十九条职工因工死亡的规定处理。”
 *
 * <p>Figures: Jining (370800), insured; wage 6,500.00 (inside 60–300% of the caller's 2023 average
 * 7,000.00); national 2023 disposable income 51,821 (bundled): the whole death subsidy 20 ×
 * 51,821.00 = 1,036,420.00.
 */
class MissingWorkerTest {
  private static final WorkInjuryCalculator CALC =
      WorkInjuryCalculator.of(
          CallerFigures.create()
              .year("wage.regionalAverageMonthly", "370800", 2023, "7000.00")
              .year("wage.regionalAverageMonthly", "370800", 2027, "8000.00")
              .year("wage.regionalAverageMonthly", "370800", 2008, "2500.00")
              .money("wage.minimumMonthly", "370800", "2018-01-01", null, "1910.00")
              .overBundled());

  private static final Dependant SPOUSE = new Dependant("妻", Relation.SPOUSE, null, false);

  private static Money m(String s) {
    return Money.parse(s);
  }

  private static WorkInjuryCase missing(
      String accident, Circumstance how, LocalDate declared, boolean hardship) {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("370800")
            .employed("2008-01-01")
            .injured(accident, false)
            .insurance(InsuranceStatus.INSURED, null)
            .wage("6500.00")
            .died(accident, SPOUSE)
            .build();
    return withDeath(
        c,
        new Death(
            LocalDate.parse(accident), List.of(SPOUSE), how, new Missing(declared, hardship)));
  }

  private static WorkInjuryCase withDeath(WorkInjuryCase c, Death death) {
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
        death,
        c.alreadyPaid(),
        c.wage(),
        c.lumpSum());
  }

  private static List<String> citations(BenefitLine l) {
    return l.citations().stream().map(Citation::toString).toList();
  }

  /**
   * Missing since 2024-03-15 on a work trip: wages for March, April and May, 3 × 6,500.00 =
   * 19,500.00, the employer's; the spouse's pension 40% × 6,500.00 = 2,600.00 a month from
   * 2024-06-01 (the 4th month), the fund's; no funeral grant and no death subsidy before a
   * declaration of death.
   */
  @Test
  void wagesForThreeMonthsThenTheDependantsPensionsFromTheFourth() {
    WorkInjuryResult r =
        CALC.calculate(missing("2024-03-15", Circumstance.WORK_TRIP_ACCIDENT, null, false));
    BenefitLine wages = r.linesOf(BenefitItem.MISSING_WORKER_WAGES).get(0);
    assertThat(wages.amount()).isEqualTo(m("19500.00"));
    assertThat(wages.payer()).isEqualTo(Party.EMPLOYER);
    assertThat(citations(wages)).containsExactly("工伤保险条例 art. 41");
    assertThat(wages.explanationZh()).contains("因工外出期间发生事故").contains("2024年3月");
    BenefitLine pension = r.linesOf(BenefitItem.DEPENDANT_PENSION).get(0);
    assertThat(pension.monthlyAmount()).isEqualTo(m("2600.00"));
    assertThat(pension.startDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(pension.payer()).isEqualTo(Party.FUND);
    assertThat(citations(pension)).containsExactly("工伤保险条例 art. 39 ¶1 item 2", "工伤保险条例 art. 41");
    assertThat(r.linesOf(BenefitItem.FUNERAL_SUBSIDY)).isEmpty();
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
    assertThat(r.linesOf(BenefitItem.DEATH_SUBSIDY_ADVANCE)).isEmpty();
  }

  /** Not claimed: the advance is named with its amount, 50% × 1,036,420.00 = 518,210.00. */
  @Test
  void theAdvanceNotClaimedIsNamedWithItsAmount() {
    WorkInjuryResult r =
        CALC.calculate(missing("2024-03-15", Circumstance.WORK_TRIP_ACCIDENT, null, false));
    assertThat(r.warnings())
        .anySatisfy(
            n -> {
              assertThat(n.code()).isEqualTo("MISSING_WORKER");
              assertThat(n.messageZh()).contains("518210.00").contains("50%");
            });
  }

  /** In hardship: the advance 50% × 1,036,420.00 = 518,210.00, the fund's, citing arts. 41, 39. */
  @Test
  void inHardshipTheAdvanceIsALine() {
    WorkInjuryResult r =
        CALC.calculate(missing("2024-03-15", Circumstance.RESCUE_OR_DISASTER_RELIEF, null, true));
    BenefitLine advance = r.linesOf(BenefitItem.DEATH_SUBSIDY_ADVANCE).get(0);
    assertThat(advance.amount()).isEqualTo(m("518210.00"));
    assertThat(advance.payer()).isEqualTo(Party.FUND);
    assertThat(citations(advance))
        .containsExactly(
            "工伤保险条例 art. 41", "工伤保险条例 art. 39 ¶1 item 3", "实施《中华人民共和国社会保险法》若干规定 art. 11");
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY)).isEmpty();
    assertThat(r.linesOf(BenefitItem.MISSING_WORKER_WAGES).get(0).explanationZh())
        .contains("在抢险救灾中下落不明");
  }

  /**
   * Declared dead 2028-05-10: art. 39 in full from then — the funeral grant 6 × 8,000.00 (2027) =
   * 48,000.00 and the whole death subsidy 1,036,420.00, each citing art. 41 too; the pension still
   * from 2024-06-01; the wages as before.
   */
  @Test
  void declaredDeadTheDeathBenefitsOfArticle39Follow() {
    WorkInjuryResult r =
        CALC.calculate(
            missing(
                "2024-03-15", Circumstance.WORK_TRIP_ACCIDENT, LocalDate.of(2028, 5, 10), true));
    BenefitLine funeral = r.linesOf(BenefitItem.FUNERAL_SUBSIDY).get(0);
    assertThat(funeral.amount()).isEqualTo(m("48000.00"));
    assertThat(citations(funeral)).contains("工伤保险条例 art. 39 ¶1 item 1", "工伤保险条例 art. 41");
    BenefitLine subsidy = r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY).get(0);
    assertThat(subsidy.amount()).isEqualTo(m("1036420.00"));
    assertThat(citations(subsidy)).contains("工伤保险条例 art. 39 ¶1 item 3", "工伤保险条例 art. 41");
    assertThat(r.linesOf(BenefitItem.DEATH_SUBSIDY_ADVANCE)).isEmpty();
    assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION).get(0).startDate())
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(r.linesOf(BenefitItem.MISSING_WORKER_WAGES).get(0).amount())
        .isEqualTo(m("19500.00"));
    assertThat(r.warnings()).anySatisfy(n -> assertThat(n.messageZh()).contains("预支"));
  }

  /**
   * The 4th month at the month's edges: missing on 2024-03-31 (March is month 1) → pensions from
   * 2024-06-01; on 2024-04-01 (April is month 1) → from 2024-07-01.
   */
  @Test
  void theFourthMonthCountsFromTheAccidentsCalendarMonth() {
    assertThat(
            CALC.calculate(missing("2024-03-31", Circumstance.WORK_TRIP_ACCIDENT, null, false))
                .linesOf(BenefitItem.DEPENDANT_PENSION)
                .get(0)
                .startDate())
        .isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(
            CALC.calculate(missing("2024-04-01", Circumstance.WORK_TRIP_ACCIDENT, null, false))
                .linesOf(BenefitItem.DEPENDANT_PENSION)
                .get(0)
                .startDate())
        .isEqualTo(LocalDate.of(2024, 7, 1));
  }

  /** An ordinary death keeps its pensions from the death and no art. 41 line. */
  @Test
  void anOrdinaryDeathIsUntouched() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .region("370800")
            .employed("2008-01-01")
            .injured("2024-03-15", false)
            .insurance(InsuranceStatus.INSURED, null)
            .wage("6500.00")
            .died("2024-03-15", SPOUSE)
            .build();
    WorkInjuryResult r = CALC.calculate(c);
    assertThat(r.linesOf(BenefitItem.MISSING_WORKER_WAGES)).isEmpty();
    assertThat(r.linesOf(BenefitItem.DEPENDANT_PENSION).get(0).startDate())
        .isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(r.linesOf(BenefitItem.ONE_TIME_DEATH_SUBSIDY).get(0).amount())
        .isEqualTo(m("1036420.00"));
  }

  /** Art. 41's two cases only: none given, or an act of bravery, is refused at the circumstance. */
  @Test
  void theCaseMustBeOneOfArticle41sTwo() {
    assertThat(CALC.validate(missing("2024-03-15", null, null, false)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("death.circumstance", "REQUIRED"));
    assertThat(CALC.validate(missing("2024-03-15", Circumstance.RIGHTEOUS_ACT, null, false)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("death.circumstance", "CONTRADICTION"));
  }

  /** A declaration the day before the disappearance is refused; on the day itself accepted. */
  @Test
  void theDeclarationComesAfterTheDisappearance() {
    assertThat(
            CALC.validate(
                missing(
                    "2024-03-15",
                    Circumstance.WORK_TRIP_ACCIDENT,
                    LocalDate.of(2024, 3, 14),
                    false)))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("death.missing.declaredDeadOn", "DATE_ORDER"));
    assertThat(
            CALC.validate(
                missing(
                    "2024-03-15",
                    Circumstance.WORK_TRIP_ACCIDENT,
                    LocalDate.of(2024, 3, 15),
                    false)))
        .isEmpty();
  }

  /** Under the 2003 text (injury in 2009) the article is not held: refused, by validate too. */
  @Test
  void aMissingWorkerUnderThe2003TextIsRefused() {
    WorkInjuryCase c = missing("2009-06-01", Circumstance.WORK_TRIP_ACCIDENT, null, false);
    assertThatThrownBy(() -> CALC.calculate(c))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("death.missing", "NO_APPLICABLE_RULE")));
    assertThat(CALC.validate(c))
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("death.missing", "NO_APPLICABLE_RULE"));
  }
}
