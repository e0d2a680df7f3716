package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageOptions;

/**
 * The facts of a claim to termination money: 经济补偿 (劳动合同法第四十六、四十七条), 赔偿金 (第八十七条), 代通知金 (第四十条) and
 * the wages of the period an unlawful termination kept the worker out (劳动争议解释（二）第十八条). Immutable;
 * the constructor refuses only nulls, {@link SeveranceCalculator#validate} locates every other
 * problem. Build it with {@link #builder()}.
 *
 * @param region the 劳动合同履行地 (实施条例第十四条): a 直辖市 or a 设区的市, whose average wage and minimum wage apply
 * @param employment 用工之日 and the termination (required)
 * @param ground the ground the contract ended on
 * @param unlawful the tribunal's finding that the employer's termination was unlawful (劳动合同法第四十八条):
 *     赔偿金 or back pay instead of 经济补偿; implied by {@link TerminationGround#LCL_48}
 * @param contractCannotContinue the tribunal's finding that the contract can no longer be performed
 *     (劳动争议解释（二）第十六条), cited with the 赔偿金
 * @param writtenNoticeDate the day written notice of an art. 40 dismissal was given, or null when
 *     none was
 * @param lastMonthStandardWage the worker's monthly wage standard in the month before the
 *     termination, for 代通知金 under {@link SeveranceOptions.NoticePayBasis#LAST_MONTH_STANDARD_WAGE};
 *     null when no 代通知金 is claimed
 * @param reinstatement the worker asked for and obtains continued performance after an unlawful
 *     termination, or null
 * @param pre2008MonthsFound the months the tribunal finds due for service before 2008 under the
 *     rules then in force, for a ground those rules are not settled for here; null otherwise
 * @param wageEvidence the evidence of pay
 * @param procedure what happened in the proceedings that bears on the burden of proof
 * @param wageOptions the choices of the evidence weighing
 * @param abnormalMonths months of sick pay or 停工停产 living allowance, for {@link
 *     SeveranceOptions.AbnormalMonths#EXCLUDE}
 * @param priorService the service with a previous employer the worker was transferred from not by
 *     his or her own choice (实施条例第十条; 劳动争议解释（一）第四十六条), or null
 * @param overtimePay the 加班工资 within each month's wage, for {@link
 *     SeveranceOptions.OvertimeInAverage#EXCLUDE}; empty when the case gives no split
 * @param suspensions the periods the tribunal finds the contract suspended (劳动合同中止), within the
 *     employment; left out of the service where the region's law says so ({@link SuspensionRule})
 * @param protectedCircumstances the circumstances of 劳动合同法第四十二条 the worker was in at the
 *     termination, for a dismissal under arts. 40–41 or an expiry (第四十五条); empty when none
 * @param contractSignedOn the day the written contract was signed, or null: a contract signed
 *     before the start of work does not move 用工之日 ("用人单位与劳动者在用工前订立劳动合同的，劳动关系自用工之日起建立",
 *     劳动合同法第十条第三款), which the service counts from
 * @param publicWelfarePost the job is a 公益性岗位 a government provides to place a person who finds
 *     work hard, with post and insurance subsidies: "其劳动合同不适用 … 支付经济补偿的规定" (实施条例第十二条)
 * @param agreedRegistrationPlace the employer's place of registration, when the parties agreed to
 *     apply its standards: "用人单位注册地的有关标准高于劳动合同履行地的有关标准，且用人单位与劳动者约定按照用人单位注册地的有关规定执行的，从其约定"
 *     (实施条例第十四条) — each of the minimum wage and the local average is the higher of the two places';
 *     null when there is no such agreement
 */
public record SeveranceCase(
    Region region,
    Employment employment,
    TerminationGround ground,
    boolean unlawful,
    boolean contractCannotContinue,
    LocalDate writtenNoticeDate,
    Money lastMonthStandardWage,
    Reinstatement reinstatement,
    BigDecimal pre2008MonthsFound,
    List<EvidenceItem> wageEvidence,
    ProceduralFacts procedure,
    WageOptions wageOptions,
    List<YearMonth> abnormalMonths,
    PriorService priorService,
    List<OvertimePay> overtimePay,
    List<Suspension> suspensions,
    List<ProtectedCircumstance> protectedCircumstances,
    LocalDate contractSignedOn,
    boolean publicWelfarePost,
    Region agreedRegistrationPlace) {

  /**
   * A period the labour contract was suspended (劳动合同中止): the relation kept, the contract not
   * performed (山东省劳动合同条例第二十六条).
   *
   * @param from the first day of the suspension
   * @param lastDay its last day, inclusive
   * @param ground why it was suspended
   */
  public record Suspension(LocalDate from, LocalDate lastDay, Ground ground) {

    /** The grounds of a suspension, as 山东省劳动合同条例第二十六条第一款 lists them. */
    public enum Ground {
      /** (一) "用人单位与劳动者以书面形式协商一致的". */
      AGREED_IN_WRITING,
      /** (二) "劳动者因涉嫌违法犯罪被限制人身自由的". */
      LIBERTY_RESTRICTED,
      /** (三) "因不可抗力致使劳动合同暂时不能履行的". */
      FORCE_MAJEURE,
      /** (四) "法律、法规规定的其他情形". */
      OTHER_BY_LAW
    }

    public Suspension {
      requireNonNull(from, "from");
      requireNonNull(lastDay, "lastDay");
      requireNonNull(ground, "ground");
    }
  }

  /**
   * The 加班工资 (关于工资总额组成的规定第四条第（五）项: 加班加点工资) within the wage of each month from {@code month} to
   * {@code through}: the gross amount of a full month, as the month table fixes the month's wage.
   *
   * @param month the first month
   * @param through the last month, inclusive; {@code month} when null
   * @param amount the overtime pay of each of those months
   */
  public record OvertimePay(YearMonth month, YearMonth through, Money amount) {
    public OvertimePay {
      requireNonNull(month, "month");
      through = through == null ? month : through;
      requireNonNull(amount, "amount");
    }
  }

  /**
   * Service with the previous employer the worker was transferred from "非因本人原因" (实施条例第十条,
   * 劳动争议解释（一）第四十六条 lists the transfers that are): counted as service with this employer, unless the
   * previous employer already paid 经济补偿 for it. The transfer is taken as contiguous: the previous
   * service ends the day before this one begins.
   *
   * @param start the first day with the previous employer
   * @param lastDay the last day with it
   * @param compensationPaid true when the previous employer paid 经济补偿 for that service
   */
  public record PriorService(LocalDate start, LocalDate lastDay, boolean compensationPaid) {
    public PriorService {
      requireNonNull(start, "start");
      requireNonNull(lastDay, "lastDay");
    }
  }

  /**
   * Continued performance after an unlawful termination (劳动合同法第四十八条).
   *
   * @param resumedOn the first day the contract is performed again; wages are due to the day before
   * @param normalMonthlyWage the wage standard when the worker provided normal work (解释（二）第十八条)
   * @param employerSharePercent the employer's share of the fault the tribunal finds when both
   *     sides were at fault ("用人单位、劳动者对于劳动合同解除、终止都有过错的，应当各自承担相应的责任", 解释（二）第十八条第二款), or null when it
   *     finds none on the worker's side
   */
  public record Reinstatement(
      LocalDate resumedOn, Money normalMonthlyWage, BigDecimal employerSharePercent) {
    public Reinstatement {
      requireNonNull(resumedOn, "resumedOn");
      requireNonNull(normalMonthlyWage, "normalMonthlyWage");
    }

    /** No fault found on the worker's side. */
    public Reinstatement(LocalDate resumedOn, Money normalMonthlyWage) {
      this(resumedOn, normalMonthlyWage, null);
    }
  }

  public SeveranceCase {
    requireNonNull(region, "region");
    requireNonNull(employment, "employment");
    requireNonNull(employment.termination(), "employment.termination");
    requireNonNull(ground, "ground");
    wageEvidence = List.copyOf(wageEvidence);
    requireNonNull(procedure, "procedure");
    requireNonNull(wageOptions, "wageOptions");
    abnormalMonths = List.copyOf(abnormalMonths);
    overtimePay = List.copyOf(overtimePay);
    suspensions = List.copyOf(suspensions);
    protectedCircumstances = List.copyOf(protectedCircumstances);
  }

  /**
   * The builder: {@code SeveranceCase.builder().in(region).employedFrom(start).terminatedOn(…)}.
   */
  public static SeveranceCaseBuilder builder() {
    return new SeveranceCaseBuilder();
  }

  /** The last day of the relation. */
  public LocalDate terminationDate() {
    return employment.termination().date();
  }

  /** True when the previous employer's service counts as this employer's (实施条例第十条). */
  public boolean priorServiceCombined() {
    return priorService != null && !priorService.compensationPaid();
  }

  /** The first day the service is counted from: 用工之日, or the previous employer's when combined. */
  public LocalDate serviceStart() {
    return priorServiceCombined() ? priorService.start() : employment.start();
  }

  /** True when the tribunal found the termination unlawful, or its ground is art. 48. */
  public boolean foundUnlawful() {
    return unlawful || ground == TerminationGround.LCL_48;
  }
}
