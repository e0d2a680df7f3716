package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Choices the law leaves open, each named, with a documented default, and recorded in every result.
 * Immutable.
 *
 * @param asOf the date to which monthly items are accrued, or null for no accrual
 * @param knownAsOf compute with the parameters as they were known on this date (entries whose
 *     {@code knownSince} is later are ignored), to reproduce an award as it was made; null for all
 * @param regimeRule which date selects the version of the Regulation and of provincial rules
 * @param suspensionDays how a part month of the 停工留薪期 is paid
 * @param pensionCap how dependants' pensions are cut when they exceed the deceased's wage
 * @param unpublishedYearlyFigure what a yearly statistic not yet published (or not supplied) for
 *     the year a benefit needs comes to
 * @param majorSelfCare which count of activities a 大部分生活自理障碍 stands for where a province pays
 *     living care by the count and the appraisal gives only the national level
 * @param pensionCapWage the wage the dependants' pensions together may not exceed
 */
public record CalculationOptions(
    LocalDate asOf,
    LocalDate knownAsOf,
    RegimeRule regimeRule,
    SuspensionDays suspensionDays,
    PensionCapAllocation pensionCap,
    UnpublishedYearlyFigure unpublishedYearlyFigure,
    MajorSelfCare majorSelfCare,
    PensionCapWage pensionCapWage) {

  /**
   * Which date selects the version of 《工伤保险条例》 (2003 or 2010 text) and of provincial rules. The
   * national rule for an injury before 2011 that is graded or terminated later is not settled
   * (legal digest §1b, [U]); Guangdong and Jiangsu key on the date the benefit arises.
   */
  public enum RegimeRule {
    /** The date of the injury decides every item (default). */
    INJURY_DATE,
    /** The date each benefit arises decides: appraisal, termination or death. */
    BENEFIT_DATE
  }

  /** How days beyond whole months of the 停工留薪期 are paid. */
  public enum SuspensionDays {
    /**
     * Remaining days as a fraction of the calendar month in which they fall: original wage × days ÷
     * days of that month (default; never pays a part month more than a whole one).
     */
    CALENDAR_FRACTION,
    /** Remaining days × original wage ÷ 21.75 pay days (劳社部发〔2008〕3号 daily wage). */
    PAY_DAYS
  }

  /**
   * How dependants' pensions above the deceased's wage are cut (art. 39 ¶1 (2) sets only the cap:
   * “核定的各供养亲属的抚恤金之和不应高于因工死亡职工生前的工资”).
   */
  public enum PensionCapAllocation {
    /**
     * Every pension is cut in the same proportion, fractions of a fen dropped (default): the cut
     * pensions never exceed the cap and each depends only on its own share, not on who else is
     * listed; their sum may fall short of the cap by a few fen.
     */
    PROPORTIONAL,
    /**
     * Cut in the same proportion, then the fen the round-down left over given one each to the
     * pensions with the largest dropped fractions (ties in the order the lines are listed), so that
     * the pensions add up to the cap exactly.
     */
    LARGEST_REMAINDER
  }

  /**
   * What a yearly statistic (上年度 average wage, national disposable income) comes to when the year a
   * benefit needs has none: not yet published on the award date ({@code knownAsOf}), or not
   * supplied.
   */
  public enum UnpublishedYearlyFigure {
    /** It is missing: the items that need it are left out and listed (default). */
    MISSING,
    /**
     * The previous year's figure is used provisionally, with a {@code PROVISIONAL} warning for
     * every line it touches: 人社部发〔2013〕34号 (“若上一年度相关数据尚未公布，可暂按前一年度的全国城镇居民人均可支配收入、
     * 统筹地区职工月平均工资核定和计发，待相关数据公布后再重新核定……补发差额”; legal digest §4b, text from secondary sources only,
     * item number unconfirmed). Only the year just before is taken, never an older one.
     */
    PREVIOUS_YEAR_PROVISIONALLY
  }

  /**
   * Which count of activities needing care (of the five the appraisal looks at) a 大部分生活自理障碍 stands
   * for, where a province pays 生活护理费 by the count and the case gives only the national level — an
   * interpretation, hence named. The national level 大部分 covers three or four activities (GB/T
   * 16180-2014 as quoted by secondary pages, legal digest §4), which may fall in two of the
   * province's levels: Guangdong art. 17 ¶3 makes four activities 二级 (50%, art. 26 ¶2) and three 三级
   * (40%). 完全 (all five) and 部分 (one or two) map onto one level each and need no choice; a case
   * that lists the activities needing care ({@code appraisal.activitiesNeedingCare}) needs none
   * either.
   */
  public enum MajorSelfCare {
    /**
     * No reading is assumed (default): the case must list the activities needing care, or choose
     * one of the others; otherwise a located error at {@code appraisal.activitiesNeedingCare}.
     */
    REQUIRE_ACTIVITIES,
    /** Four activities: the heavier of the two (Guangdong 二级). */
    FOUR_ACTIVITIES,
    /** Three activities: the lighter of the two (Guangdong 三级). */
    THREE_ACTIVITIES
  }

  /**
   * The wage the dependants' pensions together may not exceed: art. 39 ¶1 (二) “核定的各供养亲属的抚恤金之和不应高于
   * 因工死亡职工生前的工资”, while the pensions themselves are “按照职工本人工资的一定比例”. The text names two different
   * wages and the case holds the wage of the 12 months before the injury.
   */
  public enum PensionCapWage {
    /**
     * The 本人工资 the pensions are percentages of, after the art. 64 clamp (default): the reading that
     * keeps the pensions within 100% of their own base, as the engine has always computed.
     */
    OWN_WAGE,
    /**
     * The average monthly wage found before the art. 64 clamp (the wage of the 12 months before the
     * injury, stated or weighed from the evidence): the literal “生前的工资” where the worker died of
     * the injury without a later change of pay. Higher than {@code OWN_WAGE} when the wage was
     * capped at 300% of the regional average, lower when it was raised to 60%.
     */
    AVERAGE_WAGE_FOUND
  }

  public CalculationOptions {
    requireNonNull(regimeRule, "regimeRule");
    requireNonNull(suspensionDays, "suspensionDays");
    requireNonNull(pensionCap, "pensionCap");
    requireNonNull(unpublishedYearlyFigure, "unpublishedYearlyFigure");
    requireNonNull(majorSelfCare, "majorSelfCare");
    requireNonNull(pensionCapWage, "pensionCapWage");
  }

  /**
   * The options of the first six choices, a 大部分 self-care level needing its activities listed, the
   * pension cap on 本人工资.
   */
  public CalculationOptions(
      LocalDate asOf,
      LocalDate knownAsOf,
      RegimeRule regimeRule,
      SuspensionDays suspensionDays,
      PensionCapAllocation pensionCap,
      UnpublishedYearlyFigure unpublishedYearlyFigure) {
    this(
        asOf,
        knownAsOf,
        regimeRule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        MajorSelfCare.REQUIRE_ACTIVITIES,
        PensionCapWage.OWN_WAGE);
  }

  /** The options of the first five choices, a missing yearly figure staying missing. */
  public CalculationOptions(
      LocalDate asOf,
      LocalDate knownAsOf,
      RegimeRule regimeRule,
      SuspensionDays suspensionDays,
      PensionCapAllocation pensionCap) {
    this(asOf, knownAsOf, regimeRule, suspensionDays, pensionCap, UnpublishedYearlyFigure.MISSING);
  }

  /**
   * The defaults: no accrual, every parameter known, injury date, calendar fraction, proportional,
   * an unpublished yearly figure missing, a 大部分 self-care level needing its activities listed, the
   * pension cap on 本人工资.
   */
  public static CalculationOptions defaults() {
    return new CalculationOptions(
        null,
        null,
        RegimeRule.INJURY_DATE,
        SuspensionDays.CALENDAR_FRACTION,
        PensionCapAllocation.PROPORTIONAL,
        UnpublishedYearlyFigure.MISSING,
        MajorSelfCare.REQUIRE_ACTIVITIES,
        PensionCapWage.OWN_WAGE);
  }

  public CalculationOptions withAsOf(LocalDate date) {
    return new CalculationOptions(
        date,
        knownAsOf,
        regimeRule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        majorSelfCare,
        pensionCapWage);
  }

  /** The parameters as known on {@code date}, e.g. the day an award was made. */
  public CalculationOptions withKnownAsOf(LocalDate date) {
    return new CalculationOptions(
        asOf,
        date,
        regimeRule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        majorSelfCare,
        pensionCapWage);
  }

  public CalculationOptions withRegimeRule(RegimeRule rule) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        rule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        majorSelfCare,
        pensionCapWage);
  }

  public CalculationOptions withSuspensionDays(SuspensionDays convention) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        regimeRule,
        convention,
        pensionCap,
        unpublishedYearlyFigure,
        majorSelfCare,
        pensionCapWage);
  }

  /** A yearly figure not yet published for the year needed, as {@code rule} says. */
  public CalculationOptions withUnpublishedYearlyFigure(UnpublishedYearlyFigure rule) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        regimeRule,
        suspensionDays,
        pensionCap,
        rule,
        majorSelfCare,
        pensionCapWage);
  }

  public CalculationOptions withPensionCap(PensionCapAllocation allocation) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        regimeRule,
        suspensionDays,
        allocation,
        unpublishedYearlyFigure,
        majorSelfCare,
        pensionCapWage);
  }

  /** A 大部分 self-care level read as {@code reading} says, where a province's scale needs a count. */
  public CalculationOptions withMajorSelfCare(MajorSelfCare reading) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        regimeRule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        reading,
        pensionCapWage);
  }

  /** The dependants' pensions capped at {@code wage}. */
  public CalculationOptions withPensionCapWage(PensionCapWage wage) {
    return new CalculationOptions(
        asOf,
        knownAsOf,
        regimeRule,
        suspensionDays,
        pensionCap,
        unpublishedYearlyFigure,
        majorSelfCare,
        wage);
  }
}
