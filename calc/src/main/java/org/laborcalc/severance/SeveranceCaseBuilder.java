package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageOptions;

/**
 * Builds a {@link SeveranceCase} by named steps; each records exactly the fact it names. Not
 * thread-safe; the case it builds is immutable.
 *
 * <pre>{@code
 * SeveranceCase c = SeveranceCase.builder()
 *     .in(Region.of("370800"))
 *     .employedFrom(LocalDate.of(2021, 7, 1))
 *     .terminatedOn(LocalDate.of(2024, 6, 28), InitiatedBy.EMPLOYER, TerminationGround.LCL_40_1)
 *     .wage(EvidenceItem.payroll(YearMonth.of(2023, 6), Money.parse("4000.00"), true)
 *         .withThrough(YearMonth.of(2023, 12)))
 *     .lastMonthStandardWage(Money.parse("4000.00"))
 *     .build();
 * }</pre>
 */
public final class SeveranceCaseBuilder {
  private Region region;
  private LocalDate start;
  private LocalDate terminationDate;
  private InitiatedBy initiatedBy;
  private TerminationGround ground;
  private boolean unlawful;
  private boolean contractCannotContinue;
  private LocalDate writtenNoticeDate;
  private Money lastMonthStandardWage;
  private SeveranceCase.Reinstatement reinstatement;
  private BigDecimal pre2008MonthsFound;
  private final List<EvidenceItem> evidence = new ArrayList<>();
  private ProceduralFacts procedure = ProceduralFacts.none();
  private WageOptions wageOptions = WageOptions.defaults();
  private final List<YearMonth> abnormalMonths = new ArrayList<>();
  private SeveranceCase.PriorService priorService;
  private final List<SeveranceCase.OvertimePay> overtimePay = new ArrayList<>();
  private final List<SeveranceCase.Suspension> suspensions = new ArrayList<>();
  private final List<ProtectedCircumstance> protectedCircumstances = new ArrayList<>();
  private LocalDate contractSignedOn;
  private boolean publicWelfarePost;
  private Region agreedRegistrationPlace;

  SeveranceCaseBuilder() {}

  /** The 劳动合同履行地. */
  public SeveranceCaseBuilder in(Region performanceRegion) {
    this.region = requireNonNull(performanceRegion, "performanceRegion");
    return this;
  }

  /** 用工之日. */
  public SeveranceCaseBuilder employedFrom(LocalDate firstDay) {
    this.start = requireNonNull(firstDay, "firstDay");
    return this;
  }

  /** The last day of the relation, who ended it and on what ground. */
  public SeveranceCaseBuilder terminatedOn(
      LocalDate lastDay, InitiatedBy by, TerminationGround onGround) {
    this.terminationDate = requireNonNull(lastDay, "lastDay");
    this.initiatedBy = requireNonNull(by, "by");
    this.ground = requireNonNull(onGround, "onGround");
    return this;
  }

  /** The tribunal found the termination unlawful (劳动合同法第四十八条). */
  public SeveranceCaseBuilder foundUnlawful() {
    this.unlawful = true;
    return this;
  }

  /** The tribunal found the contract can no longer be performed (解释（二）第十六条). */
  public SeveranceCaseBuilder contractCannotContinue() {
    this.contractCannotContinue = true;
    return this;
  }

  /** Written notice of an art. 40 dismissal given on {@code day}. */
  public SeveranceCaseBuilder writtenNoticeOn(LocalDate day) {
    this.writtenNoticeDate = requireNonNull(day, "day");
    return this;
  }

  /** The monthly wage standard of the month before the termination, for 代通知金. */
  public SeveranceCaseBuilder lastMonthStandardWage(Money wage) {
    this.lastMonthStandardWage = requireNonNull(wage, "wage");
    return this;
  }

  /**
   * Continued performance from {@code resumedOn} at the normal wage standard, both sides at fault:
   * the employer bears {@code employerSharePercent} (解释（二）第十八条第二款).
   */
  public SeveranceCaseBuilder reinstatedOn(
      LocalDate resumedOn, Money normalMonthlyWage, BigDecimal employerSharePercent) {
    this.reinstatement =
        new SeveranceCase.Reinstatement(resumedOn, normalMonthlyWage, employerSharePercent);
    return this;
  }

  /** Continued performance from {@code resumedOn} at the normal wage standard. */
  public SeveranceCaseBuilder reinstatedOn(LocalDate resumedOn, Money normalMonthlyWage) {
    this.reinstatement = new SeveranceCase.Reinstatement(resumedOn, normalMonthlyWage);
    return this;
  }

  /** The months the tribunal finds due for pre-2008 service where the old rules are unsettled. */
  public SeveranceCaseBuilder pre2008MonthsFound(BigDecimal months) {
    this.pre2008MonthsFound = requireNonNull(months, "months");
    return this;
  }

  /** One piece of evidence of pay. */
  public SeveranceCaseBuilder wage(EvidenceItem item) {
    evidence.add(requireNonNull(item, "item"));
    return this;
  }

  /** What happened in the proceedings that bears on the burden of proof. */
  public SeveranceCaseBuilder procedure(ProceduralFacts facts) {
    this.procedure = requireNonNull(facts, "facts");
    return this;
  }

  /** The choices of the evidence weighing. */
  public SeveranceCaseBuilder wageOptions(WageOptions options) {
    this.wageOptions = requireNonNull(options, "options");
    return this;
  }

  /** A month of sick pay or 停工停产 living allowance. */
  public SeveranceCaseBuilder abnormalMonth(YearMonth month) {
    abnormalMonths.add(requireNonNull(month, "month"));
    return this;
  }

  /**
   * Service with a previous employer the worker was transferred from not by his or her own choice
   * (实施条例第十条), ending the day before {@link #employedFrom}.
   */
  public SeveranceCaseBuilder transferredFrom(
      LocalDate previousStart, LocalDate previousLastDay, boolean compensationPaid) {
    this.priorService =
        new SeveranceCase.PriorService(previousStart, previousLastDay, compensationPaid);
    return this;
  }

  /**
   * The 加班工资 within the wage of each month from {@code month} to {@code through}, for {@link
   * SeveranceOptions.OvertimeInAverage#EXCLUDE}.
   */
  public SeveranceCaseBuilder overtimePay(YearMonth month, YearMonth through, Money amount) {
    overtimePay.add(new SeveranceCase.OvertimePay(month, through, amount));
    return this;
  }

  /** A period the contract was suspended (劳动合同中止), {@code from} to {@code lastDay} inclusive. */
  public SeveranceCaseBuilder suspended(
      LocalDate from, LocalDate lastDay, SeveranceCase.Suspension.Ground ground) {
    suspensions.add(new SeveranceCase.Suspension(from, lastDay, ground));
    return this;
  }

  /** A circumstance of 劳动合同法第四十二条 the worker was in at the termination. */
  public SeveranceCaseBuilder protectedUnderArt42(ProtectedCircumstance circumstance) {
    protectedCircumstances.add(requireNonNull(circumstance, "circumstance"));
    return this;
  }

  /** The day the written labour contract was signed. */
  public SeveranceCaseBuilder contractSignedOn(LocalDate day) {
    this.contractSignedOn = requireNonNull(day, "day");
    return this;
  }

  /** The job is a 公益性岗位 (实施条例第十二条): no 经济补偿. */
  public SeveranceCaseBuilder publicWelfarePost() {
    this.publicWelfarePost = true;
    return this;
  }

  /**
   * The parties agreed to apply the standards of the employer's place of registration (实施条例第十四条).
   */
  public SeveranceCaseBuilder agreedRegistrationPlace(Region registration) {
    this.agreedRegistrationPlace = requireNonNull(registration, "registration");
    return this;
  }

  /**
   * The case.
   *
   * @throws NullPointerException when the region, the start or the termination was not given
   */
  public SeveranceCase build() {
    requireNonNull(start, "employedFrom");
    requireNonNull(terminationDate, "terminatedOn");
    requireNonNull(ground, "terminatedOn");
    return new SeveranceCase(
        requireNonNull(region, "in"),
        new Employment(
            start,
            new Termination(terminationDate, initiatedBy, ground.isLabourContractLawArticle38()),
            false),
        ground,
        unlawful,
        contractCannotContinue,
        writtenNoticeDate,
        lastMonthStandardWage,
        reinstatement,
        pre2008MonthsFound,
        evidence,
        procedure,
        wageOptions,
        abnormalMonths,
        priorService,
        overtimePay,
        suspensions,
        protectedCircumstances,
        contractSignedOn,
        publicWelfarePost,
        agreedRegistrationPlace);
  }
}
