package org.laborcalc.doublewage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The facts of a claim for the second wage. Immutable; the calculation's validation checks each
 * field against the others and reports every problem at its path.
 *
 * @param region where the contract is performed (实施条例 art. 14): Shandong's art. 57 turns on it
 * @param ground which of the texts the claim rests on
 * @param employmentStart 用工之日, the first day of work for this employer
 * @param employmentEnd the last day of the employment, or null while it continues
 * @param signedOn the day the written contract was signed (补订) — for {@link
 *     Ground#OPEN_ENDED_REFUSED} the open-ended one —, or null when none was
 * @param expiredOn for {@link Ground#EXPIRED_NOT_RENEWED}: the last day of the expired contract
 * @param openEnded for {@link Ground#OPEN_ENDED_REFUSED}: the facts that made the open-ended
 *     contract due
 * @param asOf the day the claim is computed to (e.g. the day of the application), or null; needed
 *     when neither a signing nor the end of the employment closes the period
 * @param wages each month's wages, the months in order and each once
 * @param agreedWage the monthly wage of the agreement, for the {@code AGREED_WAGE} basis, or null
 * @param payDay the day of the month after the wage month on which wages are paid (工资支付暂行规定 art.
 *     7), or null when not known: the due dates of the lines are then not given
 * @param findings the tribunal's findings that exclude days (解释（二） arts. 7–8), in any order
 */
public record DoubleWageCase(
    Region region,
    Ground ground,
    LocalDate employmentStart,
    LocalDate employmentEnd,
    LocalDate signedOn,
    LocalDate expiredOn,
    OpenEndedDue openEnded,
    LocalDate asOf,
    List<MonthWage> wages,
    Money agreedWage,
    Integer payDay,
    List<Finding> findings) {
  public DoubleWageCase {
    requireNonNull(region, "region");
    requireNonNull(ground, "ground");
    requireNonNull(employmentStart, "employmentStart");
    wages = List.copyOf(wages);
    findings = List.copyOf(findings);
  }

  /** A builder of a case by named steps. */
  public static Builder builder() {
    return new Builder();
  }

  /** What the claim rests on. */
  public enum Ground {
    /** 劳动合同法 art. 82 ¶1: no written contract from 用工之日 (or from 2008-01-01, art. 97 ¶2). */
    NO_WRITTEN_CONTRACT,
    /**
     * A fixed-term contract expired, work continued and it was not renewed: 山东省劳动合同条例 art. 57 in
     * Shandong; elsewhere 解释（一） art. 34 continues the old contract and nothing is due.
     */
    EXPIRED_NOT_RENEWED,
    /** 劳动合同法 art. 82 ¶2: an open-ended contract was due (art. 14 ¶2) and not concluded. */
    OPEN_ENDED_REFUSED
  }

  /** The case of 劳动合同法 art. 14 ¶2 that made an open-ended contract due. */
  public enum OpenEndedGround {
    /** Art. 14 ¶2 (一): ten years' continuous work with this employer. */
    TEN_YEARS,
    /**
     * Art. 14 ¶2 (二): first contract system or restructuring, ten years and within ten of retiring.
     */
    RESTRUCTURING_NEAR_RETIREMENT,
    /** Art. 14 ¶2 (三): two consecutive fixed-term contracts, renewed (解释（二） art. 10). */
    TWO_FIXED_TERMS
  }

  /**
   * The facts of 劳动合同法 art. 14 ¶2 for a claim under art. 82 ¶2.
   *
   * @param dueOn 应当订立无固定期限劳动合同之日
   * @param ground the case of art. 14 ¶2
   * @param workerRequestedOrAgreed "劳动者提出或者同意续订、订立劳动合同"
   * @param workerProposedFixedTerm "劳动者提出订立固定期限劳动合同" — then none is due
   */
  public record OpenEndedDue(
      LocalDate dueOn,
      OpenEndedGround ground,
      boolean workerRequestedOrAgreed,
      boolean workerProposedFixedTerm) {
    public OpenEndedDue {
      requireNonNull(dueOn, "dueOn");
      requireNonNull(ground, "ground");
    }
  }

  /**
   * The wages of one month.
   *
   * @param month the wage month
   * @param normalWage the wage payable for normal working time that month
   * @param overtimePay overtime pay of that month (zero when none)
   */
  public record MonthWage(YearMonth month, Money normalWage, Money overtimePay) {
    public MonthWage {
      requireNonNull(month, "month");
      requireNonNull(normalWage, "normalWage");
      requireNonNull(overtimePay, "overtimePay");
    }
  }

  /** What a finding establishes, each with the article that makes it exclude days. */
  public enum FindingKind {
    /** 解释（二） art. 7 (一): not signed because of force majeure. */
    FORCE_MAJEURE,
    /** 解释（二） art. 7 (二): not signed by the worker's own intent or gross negligence. */
    WORKER_FAULT,
    /** 解释（二） art. 7 (三): another ground a law or administrative regulation provides. */
    OTHER_STATUTORY_GROUND,
    /** 解释（二） art. 8 (一): the expired contract ran on by law (劳动合同法 art. 42). */
    EXTENDED_ART_42,
    /** 解释（二） art. 8 (二): the expired contract ran on for a service period (实施条例 art. 17). */
    EXTENDED_SERVICE_PERIOD,
    /** 解释（二） art. 8 (三): the expired contract ran on for a union term (工会法 art. 19). */
    EXTENDED_UNION_TERM
  }

  /**
   * A finding that excludes the days from {@code from} to {@code to} (both included).
   *
   * @param kind what is found
   * @param from the first day excluded
   * @param to the last day excluded
   * @param basis the tribunal's words for it (required for {@link
   *     FindingKind#OTHER_STATUTORY_GROUND}: the law relied on), or null
   */
  public record Finding(FindingKind kind, LocalDate from, LocalDate to, String basis) {
    public Finding {
      requireNonNull(kind, "kind");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }
  }

  /**
   * Builds a {@link DoubleWageCase} by named steps; each records exactly the fact it names. Not
   * thread-safe; the case it builds is immutable.
   *
   * <pre>{@code
   * DoubleWageCase c = DoubleWageCase.builder()
   *     .in(Region.of("110000"))
   *     .employedFrom(LocalDate.of(2023, 3, 1))
   *     .signedOn(LocalDate.of(2023, 9, 15))
   *     .wage(YearMonth.of(2023, 4), YearMonth.of(2023, 9), Money.parse("6000.00"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private Region region;
    private Ground ground = Ground.NO_WRITTEN_CONTRACT;
    private LocalDate start;
    private LocalDate end;
    private LocalDate signedOn;
    private LocalDate expiredOn;
    private OpenEndedDue openEnded;
    private LocalDate asOf;
    private final List<MonthWage> wages = new ArrayList<>();
    private Money agreedWage;
    private Integer payDay;
    private final List<Finding> findings = new ArrayList<>();

    private Builder() {}

    /** The 劳动合同履行地. */
    public Builder in(Region performanceRegion) {
      this.region = requireNonNull(performanceRegion, "performanceRegion");
      return this;
    }

    /** 用工之日. */
    public Builder employedFrom(LocalDate firstDay) {
      this.start = requireNonNull(firstDay, "firstDay");
      return this;
    }

    /** The last day of the employment. */
    public Builder employedUntil(LocalDate lastDay) {
      this.end = requireNonNull(lastDay, "lastDay");
      return this;
    }

    /** The day the written contract was signed. */
    public Builder signedOn(LocalDate day) {
      this.signedOn = requireNonNull(day, "day");
      return this;
    }

    /** An expired fixed-term contract not renewed: its last day. */
    public Builder contractExpiredOn(LocalDate lastDay) {
      this.ground = Ground.EXPIRED_NOT_RENEWED;
      this.expiredOn = requireNonNull(lastDay, "lastDay");
      return this;
    }

    /** An open-ended contract due and not concluded (劳动合同法 art. 82 ¶2). */
    public Builder openEndedDue(OpenEndedDue facts) {
      this.ground = Ground.OPEN_ENDED_REFUSED;
      this.openEnded = requireNonNull(facts, "facts");
      return this;
    }

    /** The day the claim is computed to. */
    public Builder asOf(LocalDate day) {
      this.asOf = requireNonNull(day, "day");
      return this;
    }

    /** The same normal wage, no overtime, for each month from {@code from} to {@code through}. */
    public Builder wage(YearMonth from, YearMonth through, Money normalWage) {
      for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
        wages.add(new MonthWage(m, normalWage, Money.ZERO));
      }
      return this;
    }

    /** One month's wages. */
    public Builder wage(MonthWage month) {
      wages.add(requireNonNull(month, "month"));
      return this;
    }

    /** The agreed monthly wage. */
    public Builder agreedWage(Money wage) {
      this.agreedWage = requireNonNull(wage, "wage");
      return this;
    }

    /** The pay day in the month after the wage month. */
    public Builder payDay(int dayOfMonth) {
      this.payDay = dayOfMonth;
      return this;
    }

    /** A finding that excludes days. */
    public Builder finding(Finding finding) {
      findings.add(requireNonNull(finding, "finding"));
      return this;
    }

    /**
     * The case.
     *
     * @throws NullPointerException when the region or 用工之日 was not given
     */
    public DoubleWageCase build() {
      return new DoubleWageCase(
          region,
          ground,
          start,
          end,
          signedOn,
          expiredOn,
          openEnded,
          asOf,
          wages,
          agreedWage,
          payDay,
          findings);
    }
  }
}
