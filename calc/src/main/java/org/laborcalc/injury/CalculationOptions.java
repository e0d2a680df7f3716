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
 */
public record CalculationOptions(
    LocalDate asOf,
    LocalDate knownAsOf,
    RegimeRule regimeRule,
    SuspensionDays suspensionDays,
    PensionCapAllocation pensionCap) {

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

  public CalculationOptions {
    requireNonNull(regimeRule, "regimeRule");
    requireNonNull(suspensionDays, "suspensionDays");
    requireNonNull(pensionCap, "pensionCap");
  }

  /**
   * The defaults: no accrual, every parameter known, injury date, calendar fraction, proportional.
   */
  public static CalculationOptions defaults() {
    return new CalculationOptions(
        null,
        null,
        RegimeRule.INJURY_DATE,
        SuspensionDays.CALENDAR_FRACTION,
        PensionCapAllocation.PROPORTIONAL);
  }

  public CalculationOptions withAsOf(LocalDate date) {
    return new CalculationOptions(date, knownAsOf, regimeRule, suspensionDays, pensionCap);
  }

  /** The parameters as known on {@code date}, e.g. the day an award was made. */
  public CalculationOptions withKnownAsOf(LocalDate date) {
    return new CalculationOptions(asOf, date, regimeRule, suspensionDays, pensionCap);
  }

  public CalculationOptions withRegimeRule(RegimeRule rule) {
    return new CalculationOptions(asOf, knownAsOf, rule, suspensionDays, pensionCap);
  }

  public CalculationOptions withSuspensionDays(SuspensionDays convention) {
    return new CalculationOptions(asOf, knownAsOf, regimeRule, convention, pensionCap);
  }

  public CalculationOptions withPensionCap(PensionCapAllocation allocation) {
    return new CalculationOptions(asOf, knownAsOf, regimeRule, suspensionDays, allocation);
  }
}
