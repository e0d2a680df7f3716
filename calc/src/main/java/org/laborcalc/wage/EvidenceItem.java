package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.Comparator;
import org.laborcalc.money.Money;

/**
 * One piece of evidence of the worker's pay: a monthly amount for a month, or for each month of a
 * period, with the attributes that decide its weight. Immutable and thread-safe.
 *
 * <p>The constructor only refuses nulls; whether the values make sense (a negative amount, a month
 * after the injury, two contradictory records from one source) is checked by {@link
 * EvidenceWeighing#validate(WageCase, WageWindow)}, which reports every problem with its field
 * path, such as {@code evidence[3].amount}.
 *
 * @param id the exhibit number or label the parties use (证据编号), e.g. {@code "申请人证据3"}; empty when
 *     none
 * @param kind what the item is
 * @param month the wage month the amount is for (for a bank deposit: the month it pays, which may
 *     differ from the posting date), or the first month of a period
 * @param through the last month of the period, inclusive; equal to {@code month} for a single month
 *     (a null argument means a single month)
 * @param amount the amount for one month, in yuan
 * @param source who or what produced the record (a bank account, a witness's name, a version of the
 *     payroll); empty means "the one source of this kind". Two records of the same kind and source
 *     for one month must agree, except bank deposits, which add up
 * @param signedByWorker for a payroll: whether the worker signed it (工资支付暂行规定第六条第三款)
 * @param payerIsEmployer for a bank deposit: whether the payer is the employer (or a bank it
 *     entrusted)
 * @param netOfDeductions whether the amount is net of the worker's social-insurance contributions
 *     and tax withheld (true for bank deposits by default)
 * @param nonWage whether the item is not wage at all (a reimbursement, a loan, a travel allowance:
 *     关于工资总额组成的规定第十一条); it is shown and excluded
 * @param nonWageReason why it is not wage; required when {@code nonWage}, empty otherwise
 */
public record EvidenceItem(
    String id,
    @NotNull EvidenceKind kind,
    @NotNull YearMonth month,
    YearMonth through,
    @NotNull Money amount,
    String source,
    boolean signedByWorker,
    boolean payerIsEmployer,
    boolean netOfDeductions,
    boolean nonWage,
    String nonWageReason) {

  /**
   * A monthly amount above this (ten million yuan) is refused as absurd: it is a slip of the keys
   * or of units, not a wage.
   */
  public static final Money MAX_PLAUSIBLE_MONTHLY_AMOUNT = Money.ofYuan(10_000_000);

  /** A total, deterministic order used wherever evidence must be processed order-independently. */
  static final Comparator<EvidenceItem> CANONICAL =
      Comparator.comparing(EvidenceItem::month)
          .thenComparing(EvidenceItem::through)
          .thenComparing(EvidenceItem::kind)
          .thenComparing(EvidenceItem::amount)
          .thenComparing(EvidenceItem::source)
          .thenComparing(EvidenceItem::id)
          .thenComparing(EvidenceItem::signedByWorker)
          .thenComparing(EvidenceItem::payerIsEmployer)
          .thenComparing(EvidenceItem::netOfDeductions)
          .thenComparing(EvidenceItem::nonWage)
          .thenComparing(EvidenceItem::nonWageReason);

  public EvidenceItem {
    id = id == null ? "" : id.strip();
    requireNonNull(kind, "kind");
    requireNonNull(month, "month");
    through = through == null ? month : through;
    requireNonNull(amount, "amount");
    source = source == null ? "" : source.strip();
    nonWageReason = nonWageReason == null ? "" : nonWageReason.strip();
  }

  /**
   * An item with the usual attributes of its kind: not signed, paid by the employer, net of
   * deductions only for a bank deposit, wage.
   */
  public static EvidenceItem of(EvidenceKind kind, YearMonth month, Money amount) {
    return new EvidenceItem(
        "",
        kind,
        month,
        month,
        amount,
        "",
        false,
        true,
        kind == EvidenceKind.BANK_STATEMENT,
        false,
        "");
  }

  /** A wage deposit by the employer onto the worker's wage card, net of deductions. */
  public static EvidenceItem bankDeposit(YearMonth month, Money amount) {
    return of(EvidenceKind.BANK_STATEMENT, month, amount);
  }

  /** A line of the employer's payroll. */
  public static EvidenceItem payroll(YearMonth month, Money amount, boolean signedByWorker) {
    return of(EvidenceKind.PAYROLL, month, amount).withSignedByWorker(signedByWorker);
  }

  public EvidenceItem withId(String newId) {
    return new EvidenceItem(
        newId,
        kind,
        month,
        through,
        amount,
        source,
        signedByWorker,
        payerIsEmployer,
        netOfDeductions,
        nonWage,
        nonWageReason);
  }

  /** The same monthly amount for every month from {@link #month()} to {@code last}, inclusive. */
  public EvidenceItem withThrough(YearMonth last) {
    return new EvidenceItem(
        id,
        kind,
        month,
        requireNonNull(last, "last"),
        amount,
        source,
        signedByWorker,
        payerIsEmployer,
        netOfDeductions,
        nonWage,
        nonWageReason);
  }

  public EvidenceItem withSource(String newSource) {
    return new EvidenceItem(
        id,
        kind,
        month,
        through,
        amount,
        newSource,
        signedByWorker,
        payerIsEmployer,
        netOfDeductions,
        nonWage,
        nonWageReason);
  }

  public EvidenceItem withSignedByWorker(boolean signed) {
    return new EvidenceItem(
        id,
        kind,
        month,
        through,
        amount,
        source,
        signed,
        payerIsEmployer,
        netOfDeductions,
        nonWage,
        nonWageReason);
  }

  public EvidenceItem withPayerIsEmployer(boolean employerPaid) {
    return new EvidenceItem(
        id,
        kind,
        month,
        through,
        amount,
        source,
        signedByWorker,
        employerPaid,
        netOfDeductions,
        nonWage,
        nonWageReason);
  }

  public EvidenceItem withNetOfDeductions(boolean net) {
    return new EvidenceItem(
        id,
        kind,
        month,
        through,
        amount,
        source,
        signedByWorker,
        payerIsEmployer,
        net,
        nonWage,
        nonWageReason);
  }

  /** The same item flagged as not wage (a reimbursement, a loan), with the reason. */
  public EvidenceItem asNonWage(String reason) {
    return new EvidenceItem(
        id,
        kind,
        month,
        through,
        amount,
        source,
        signedByWorker,
        payerIsEmployer,
        netOfDeductions,
        true,
        reason);
  }

  /** True when the item speaks for {@code m}. */
  public boolean covers(YearMonth m) {
    return !m.isBefore(month) && !m.isAfter(through);
  }

  /** True when the item covers more than one month. */
  public boolean isPeriod() {
    return !through.equals(month);
  }

  /** How the item is referred to in explanations: its exhibit label, else its kind. */
  public String labelZh() {
    return id.isEmpty() ? kind.labelZh() : kind.labelZh() + "（" + id + "）";
  }

  /** English counterpart of {@link #labelZh()}. */
  public String labelEn() {
    return id.isEmpty() ? kind.labelEn() : kind.labelEn() + " (" + id + ")";
  }
}
