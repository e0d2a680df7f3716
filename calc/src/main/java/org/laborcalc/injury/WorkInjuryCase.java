package org.laborcalc.injury;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.Worker;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageOptions;

/**
 * The facts of a work-injury case, as a tribunal finds them. Immutable; lists are copied. Field
 * constraints are checked by {@link WorkInjuryCalculator} (Bean Validation plus the cross-field
 * rules), and every problem is reported with its field path.
 *
 * @param region the 统筹地区 (pooling area) where the worker is insured or should have been
 * @param worker the worker
 * @param employment the labour relation
 * @param injury the injury or occupational disease
 * @param appraisal the work-capacity appraisal, null if none yet (or on death without one)
 * @param suspension the 停工留薪期, null if none
 * @param hospitalStays days in hospital, for the 住院伙食补助费 (closed ranges)
 * @param expenses actual costs documented by receipts
 * @param insurance the employer's work-injury insurance status
 * @param death the death, null when the worker is alive
 * @param alreadyPaid amounts the employer has already paid towards the award
 * @param wage the wage facts
 * @param lumpSum the one-time payment chosen in place of monthly benefits where a province lets an
 *     uninsured employer pay one, or null
 * @param pension the worker's basic pension at the retirement age, where a rule depends on it, or
 *     null (浙江省工伤保险条例 (2020) art. 26 ¶2)
 * @param relocation the move of the worker's household registration back to the place of origin,
 *     where a rule depends on it, or null (广东省工伤保险条例 (2019) art. 29)
 */
public record WorkInjuryCase(
    @NotNull Region region,
    @NotNull @Valid Worker worker,
    @NotNull @Valid Employment employment,
    @NotNull @Valid Injury injury,
    @Valid Appraisal appraisal,
    @Valid Suspension suspension,
    List<@NotNull DateRange> hospitalStays,
    List<@NotNull @Valid Expense> expenses,
    @NotNull @Valid Insurance insurance,
    @Valid Death death,
    List<@NotNull @Valid Payment> alreadyPaid,
    @NotNull @Valid WageFacts wage,
    @Valid LumpSum lumpSum,
    @Valid PensionAtRetirement pension,
    @Valid Relocation relocation) {

  public WorkInjuryCase {
    hospitalStays = hospitalStays == null ? List.of() : List.copyOf(hospitalStays);
    expenses = expenses == null ? List.of() : List.copyOf(expenses);
    alreadyPaid = alreadyPaid == null ? List.of() : List.copyOf(alreadyPaid);
  }

  /** A case without a relocation of the household registration. */
  public WorkInjuryCase(
      Region region,
      Worker worker,
      Employment employment,
      Injury injury,
      Appraisal appraisal,
      Suspension suspension,
      List<DateRange> hospitalStays,
      List<Expense> expenses,
      Insurance insurance,
      Death death,
      List<Payment> alreadyPaid,
      WageFacts wage,
      LumpSum lumpSum,
      PensionAtRetirement pension) {
    this(
        region,
        worker,
        employment,
        injury,
        appraisal,
        suspension,
        hospitalStays,
        expenses,
        insurance,
        death,
        alreadyPaid,
        wage,
        lumpSum,
        pension,
        null);
  }

  /**
   * The move of a grade 1–4 worker's household registration (户籍) from the employer's place back to
   * the place of origin (原籍): 广东省工伤保险条例 (2019) art. 29 “用人单位应当按照全省上年度职工月平均工资为基数发给六个月的安家补助费”.
   *
   * @param date the day the registration moved
   */
  public record Relocation(@NotNull LocalDate date) {}

  /** A case without pension facts at the retirement age. */
  public WorkInjuryCase(
      Region region,
      Worker worker,
      Employment employment,
      Injury injury,
      Appraisal appraisal,
      Suspension suspension,
      List<DateRange> hospitalStays,
      List<Expense> expenses,
      Insurance insurance,
      Death death,
      List<Payment> alreadyPaid,
      WageFacts wage,
      LumpSum lumpSum) {
    this(
        region,
        worker,
        employment,
        injury,
        appraisal,
        suspension,
        hospitalStays,
        expenses,
        insurance,
        death,
        alreadyPaid,
        wage,
        lumpSum,
        null);
  }

  /**
   * The worker's basic pension at the statutory retirement age, where a province's rule depends on
   * it: 浙江省工伤保险条例 (2020) art. 26 ¶2 “一级至四级工伤职工达到法定退休年龄，不符合按月领取基本养老保险待遇条件的，由工伤保险基金继续按月发放伤残津贴，
   * 职工个人养老金账户金额按照规定计发标准按月冲抵到伤残津贴”.
   *
   * @param noMonthlyPension true when at the retirement age the worker does not meet the conditions
   *     for a monthly basic pension
   * @param accountMonthlyOffset the amount of the worker's personal pension account set against the
   *     allowance each month under the payout standard (the agency's figure: the text gives none);
   *     required where the province offsets it
   */
  public record PensionAtRetirement(boolean noMonthlyPension, Money accountMonthlyOffset) {}

  /** A case without a lump sum chosen. */
  public WorkInjuryCase(
      Region region,
      Worker worker,
      Employment employment,
      Injury injury,
      Appraisal appraisal,
      Suspension suspension,
      List<DateRange> hospitalStays,
      List<Expense> expenses,
      Insurance insurance,
      Death death,
      List<Payment> alreadyPaid,
      WageFacts wage) {
    this(
        region,
        worker,
        employment,
        injury,
        appraisal,
        suspension,
        hospitalStays,
        expenses,
        insurance,
        death,
        alreadyPaid,
        wage,
        null);
  }

  /** The wage facts as a case for the evidence weighing (no procedure or options: the defaults). */
  public WageCase wageCase() {
    return new WageCase(
        injury.date(),
        employment.start(),
        wage.evidence(),
        wage.procedure() != null ? wage.procedure() : ProceduralFacts.none(),
        wage.options() != null ? wage.options() : WageOptions.defaults());
  }

  /** A case built step by step, each step named after the fact it records. */
  public static WorkInjuryCaseBuilder builder() {
    return new WorkInjuryCaseBuilder();
  }

  /**
   * The injury or occupational disease.
   *
   * @param date the date of the accident or of the first diagnosis
   * @param occupationalDisease true for an occupational disease (职业病)
   */
  public record Injury(@NotNull LocalDate date, boolean occupationalDisease) {}

  /**
   * The work-capacity appraisal (劳动能力鉴定).
   *
   * @param date the date of the appraisal conclusion
   * @param itemGrades the grade of each injured item; combined by GB/T 16180-2014 4.2
   * @param selfCare the self-care level found, or null to derive it from {@code
   *     activitiesNeedingCare}
   * @param activitiesNeedingCare the daily activities that need care, used when {@code selfCare} is
   *     null
   */
  public record Appraisal(
      @NotNull LocalDate date,
      @NotNull List<@NotNull DisabilityGrade> itemGrades,
      SelfCareLevel selfCare,
      Set<DailyActivity> activitiesNeedingCare) {
    public Appraisal {
      itemGrades = itemGrades == null ? null : List.copyOf(itemGrades);
      activitiesNeedingCare =
          activitiesNeedingCare == null ? Set.of() : Set.copyOf(activitiesNeedingCare);
    }
  }

  /**
   * The 停工留薪期 (paid suspension period): from its first day, either to its last day or for the
   * months the certificate (停工留薪期确认书) or the award states, such as 4.5个月 — exactly one of the two.
   *
   * @param start first day
   * @param endInclusive last day, or null when {@code certifiedMonths} is given
   * @param extensionConfirmed true when the appraisal committee confirmed an extension beyond 12
   *     months (art. 33 ¶2)
   * @param certifiedMonths the months as certified (at most two decimals), or null when {@code
   *     endInclusive} is given
   * @param relativesCareMonths the months of the period in which near relatives, with their
   *     consent, nursed the worker who could not take care of themself, where a province sets a
   *     monthly fee for them (浙江省工伤保险条例 (2020) art. 25); null when not at issue
   */
  public record Suspension(
      @NotNull LocalDate start,
      LocalDate endInclusive,
      boolean extensionConfirmed,
      BigDecimal certifiedMonths,
      BigDecimal relativesCareMonths) {

    /** A period given by its dates, both included. */
    public Suspension(LocalDate start, LocalDate endInclusive, boolean extensionConfirmed) {
      this(start, endInclusive, extensionConfirmed, null, null);
    }

    /** A period without relatives' care at issue. */
    public Suspension(
        LocalDate start,
        LocalDate endInclusive,
        boolean extensionConfirmed,
        BigDecimal certifiedMonths) {
      this(start, endInclusive, extensionConfirmed, certifiedMonths, null);
    }

    /** A period of the months certified, from {@code start}. */
    public static Suspension ofMonths(
        LocalDate start, BigDecimal certifiedMonths, boolean extensionConfirmed) {
      return new Suspension(start, null, extensionConfirmed, certifiedMonths);
    }

    /**
     * The last day: the one stated, or for certified months the day their span from {@code start}
     * ends — the whole months (a month after 31 January is the end of February), then the fraction
     * of the next month's days rounded up to a whole day. Used for the checks on dates only (the
     * original pay stopping at the appraisal; a death after the period); the pay is the months
     * certified.
     */
    public LocalDate lastDay() {
      if (endInclusive != null || certifiedMonths == null || start == null) {
        return endInclusive;
      }
      int whole = certifiedMonths.intValue();
      LocalDate afterWhole = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, whole);
      BigDecimal fraction = certifiedMonths.subtract(BigDecimal.valueOf(whole));
      long days =
          fraction
              .multiply(BigDecimal.valueOf(afterWhole.lengthOfMonth()))
              .setScale(0, RoundingMode.CEILING)
              .longValueExact();
      return afterWhole.plusDays(days).minusDays(1);
    }
  }

  /**
   * An actual cost: documented by receipts ({@code amount}), or — as tribunals award care during
   * the suspension and similar costs — a number of days at a daily rate ({@code days} × {@code
   * dailyRate}, e.g. 90 days of 护理 at the local 护工 rate). Exactly one of the two forms; the rate is
   * the caller's finding, shown in the formula.
   *
   * @param item one of the actual-cost items (medical expenses, fees …)
   * @param amount the amount by receipt; null when given as days × a daily rate
   * @param date when it was incurred; null = at the injury
   * @param description what it was, for the calculation sheet
   * @param days the days of a cost given per day; null for a receipt
   * @param dailyRate the rate a day of that cost; null for a receipt
   */
  public record Expense(
      @NotNull BenefitItem item,
      Money amount,
      LocalDate date,
      String description,
      Integer days,
      Money dailyRate) {

    /** A cost documented by a receipt. */
    public Expense(BenefitItem item, Money amount, LocalDate date, String description) {
      this(item, amount, date, description, null, null);
    }

    /** True when the cost is given as days × a daily rate rather than by receipt. */
    public boolean isPerDay() {
      return amount == null && days != null && dailyRate != null;
    }

    /**
     * The cost: the receipt's amount, or days × the daily rate (exact in fen, no rounding needed);
     * null when neither form is complete (a validation error).
     */
    public Money total() {
      if (amount != null) {
        return amount;
      }
      return days == null || dailyRate == null ? null : dailyRate.times(days);
    }
  }

  /**
   * The employer's work-injury insurance.
   *
   * @param status insured or not
   * @param enrolmentDate when the employer enrolled after the injury (status {@code
   *     ENROLLED_AFTER_INJURY})
   * @param declaredMonthlyBase the monthly contribution base the employer declared (status {@code
   *     UNDER_DECLARED_BASE})
   * @param recognitionFiledOn when the employer applied for 工伤认定, where it applied later than the
   *     30 days of art. 17 ¶1: costs arising in between are the employer's (art. 17 ¶4); null when
   *     filed in time or not at issue
   */
  public record Insurance(
      @NotNull InsuranceStatus status,
      LocalDate enrolmentDate,
      Money declaredMonthlyBase,
      LocalDate recognitionFiledOn) {

    /** Insurance without an under-declared base or a late filing. */
    public Insurance(InsuranceStatus status, LocalDate enrolmentDate) {
      this(status, enrolmentDate, null, null);
    }
  }

  /** The employer's insurance status. */
  public enum InsuranceStatus {
    /** Insured before the injury. */
    INSURED,
    /** Never insured: the employer pays every item (art. 62 ¶2). */
    UNINSURED,
    /** Enrolled and paid arrears after the injury: art. 62 ¶3. */
    ENROLLED_AFTER_INJURY,
    /**
     * Insured on a contribution base below the wage: the fund pays on the declared base and, where
     * the province says so, the employer pays the difference.
     */
    UNDER_DECLARED_BASE
  }

  /**
   * The death of the worker.
   *
   * @param date date of death
   * @param dependants the relatives the deceased supported, as found eligible by the tribunal (the
   *     range of dependants is set by the ministry under art. 39 ¶1 (2))
   * @param circumstance how the worker died (or went missing), where a rule depends on it, else
   *     null: a region may set a different death subsidy for a death in rescue and disaster relief
   *     or an act of bravery (河南省工伤保险条例 (2007) art. 29 ¶1); a worker missing after an accident must
   *     say which of art. 41's two cases it is
   * @param missing the worker went missing in the accident (art. 41) rather than died: {@code date}
   *     is then the day he went missing, and the death benefits of art. 39 follow only once a court
   *     declares him dead; null for a death
   */
  public record Death(
      @NotNull LocalDate date,
      List<@NotNull @Valid Dependant> dependants,
      Circumstance circumstance,
      @Valid Missing missing) {
    public Death {
      dependants = dependants == null ? List.of() : List.copyOf(dependants);
    }

    /** A death with no circumstance a rule depends on. */
    public Death(LocalDate date, List<Dependant> dependants) {
      this(date, dependants, null, null);
    }

    /** A death in {@code circumstance}. */
    public Death(LocalDate date, List<Dependant> dependants, Circumstance circumstance) {
      this(date, dependants, circumstance, null);
    }
  }

  /**
   * A worker missing after an accident, 《工伤保险条例》 art. 41: “职工因工外出期间发生事故或者在抢险救灾中下落不明的，
   * 从事故发生当月起3个月内照发工资，从第4个月起停发工资，由工伤保险基金向其供养亲属按月支付供养亲属抚恤金。生活有困难的，可以预支一次性工亡补助金的50%。
   * 职工被人民法院宣告死亡的，按照本条例第三十九条职工因工死亡的规定处理。”
   *
   * @param declaredDeadOn the day a court's declaration of death takes effect, or null while the
   *     worker is only missing: from then on art. 39 applies (the funeral grant and the whole
   *     one-time death subsidy)
   * @param hardship the dependants are in hardship (生活有困难) and ask for the advance of 50% of the
   *     one-time death subsidy; otherwise the result only names it
   */
  public record Missing(LocalDate declaredDeadOn, boolean hardship) {}

  /** The circumstance of a death that a rule names. */
  public enum Circumstance {
    /** 因工外出期间发生事故: an accident while away on work (art. 41). */
    WORK_TRIP_ACCIDENT,
    /** 抢险救灾: in rescue and disaster relief (art. 41; Henan art. 29 ¶1). */
    RESCUE_OR_DISASTER_RELIEF,
    /** 见义勇为: an act of bravery for others. */
    RIGHTEOUS_ACT
  }

  /**
   * A dependant.
   *
   * @param name a name or label for the sheet
   * @param relation the relation to the deceased
   * @param birthDate date of birth
   * @param lonelyElderOrOrphan true for a 孤寡老人 or 孤儿 (+10%, art. 39 ¶1 (2))
   * @param pensionEndInclusive the last day this dependant's monthly pension covers, as the
   *     tribunal finds it (e.g. after the dependant's own death), or null while it runs on: the
   *     rules on when a dependant's pension stops (劳社部令第18号) are not in the legal folder, so the
   *     day is an input, never derived
   */
  public record Dependant(
      @NotNull String name,
      @NotNull Relation relation,
      LocalDate birthDate,
      boolean lonelyElderOrOrphan,
      LocalDate pensionEndInclusive) {

    /** A dependant whose pension runs on. */
    public Dependant(
        String name, Relation relation, LocalDate birthDate, boolean lonelyElderOrOrphan) {
      this(name, relation, birthDate, lonelyElderOrOrphan, null);
    }
  }

  /** Relation of a dependant to the deceased. */
  public enum Relation {
    SPOUSE,
    CHILD,
    PARENT,
    GRANDPARENT,
    GRANDCHILD,
    SIBLING
  }

  /**
   * The one-time payment a province lets an uninsured employer make in place of the monthly
   * benefits, chosen in the case: for a living worker of grade 1 to 4 the worker's own benefits
   * (Zhejiang art. 34; Sichuan art. 33 ¶2), where the worker died the dependants' pensions
   * (Zhejiang art. 35; Sichuan art. 36 ¶2). Amounts already received under the monthly payment are
   * deducted as {@link WorkInjuryCase#alreadyPaid()} (Zhejiang arts. 34 ¶3, 35 ¶3).
   *
   * @param agreedWithEmployer true when the worker (or the legal representative, or the dependants)
   *     and the employer agreed it: required where the province's text makes it a matter of
   *     agreement (Sichuan “协商一致”)
   * @param amount the amount, only where the province's text leaves its standard to another
   *     instrument (Sichuan art. 36 ¶2: “具体标准由省人民政府规定”), and then required
   */
  public record LumpSum(boolean agreedWithEmployer, Money amount) {}

  /**
   * An amount already paid by the employer, towards one item when the payment says so: the award
   * then shows that item's balance (差额) — due, paid, balance.
   *
   * @param amount the amount
   * @param date when, or null
   * @param description what for
   * @param item the one-time item it was paid towards, or null for a payment towards the award as a
   *     whole
   */
  public record Payment(
      @NotNull Money amount, LocalDate date, String description, BenefitItem item) {

    /** A payment towards the award as a whole. */
    public Payment(Money amount, LocalDate date, String description) {
      this(amount, date, description, null);
    }
  }

  /**
   * The wage facts: either the average monthly wage as found, or the evidence to find it from.
   *
   * @param monthlyWage the average monthly wage of the 12 months before the injury as found or
   *     agreed; null when {@code evidence} is given
   * @param evidence the evidence of pay, determined month by month under the burden-of-proof rules
   *     ({@link org.laborcalc.injury.wagebase.OwnWageBase}); empty when {@code monthlyWage} is
   *     given
   * @param procedure procedural facts about the evidence (an order to produce records), or null
   * @param options the wage determination's named options, or null for the defaults
   * @param originalWage the 原工资福利待遇 paid during the 停工留薪期; null = the average before the clamp
   * @param preTerminationAverageWage the average monthly contribution wage of the 12 months before
   *     the termination, where a provincial rule raises an own-wage base to it (Guangdong art. 33)
   */
  public record WageFacts(
      Money monthlyWage,
      List<@NotNull @Valid EvidenceItem> evidence,
      ProceduralFacts procedure,
      WageOptions options,
      Money originalWage,
      Money preTerminationAverageWage) {

    public WageFacts {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The average monthly wage as found, without evidence. */
    public WageFacts(Money monthlyWage, Money originalWage, Money preTerminationAverageWage) {
      this(monthlyWage, List.of(), null, null, originalWage, preTerminationAverageWage);
    }

    /** The evidence to determine the wage from, with the default options. */
    public static WageFacts fromEvidence(List<EvidenceItem> evidence, ProceduralFacts procedure) {
      return new WageFacts(null, evidence, procedure, null, null, null);
    }
  }
}
