package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an {@link EvidenceItem} is. The kind, with the item's attributes and the procedural facts,
 * decides its {@link Credibility}; see {@link MonthResolution} for the ranking.
 *
 * <p>The JSON code of a kind is its {@link #name()}.
 */
public enum EvidenceKind {
  /** 银行工资卡流水: one deposit; several deposits in one month add up. */
  BANK_STATEMENT("银行工资卡流水", "bank wage-card statement", true),
  /** 用人单位工资表 (payroll record), signed by the worker or not. */
  PAYROLL("用人单位工资表", "employer payroll record", true),
  /** 工资条 / 工资清单 given to the worker (工资支付暂行规定第六条第三款). */
  PAY_SLIP("工资条", "pay slip", true),
  /** 劳动合同约定的工资: a monthly rate agreed, not proof of what was paid. */
  CONTRACT("劳动合同约定工资", "wage agreed in the labour contract", false),
  /** 社会保险缴费基数记录: kept apart from the wage and reported as the declared base. */
  SOCIAL_INSURANCE_BASE("社会保险缴费基数记录", "social-insurance contribution-base record", false),
  /** 个人所得税纳税记录 (gross taxable wage income). */
  TAX_RECORD("个人所得税纳税记录", "individual income-tax record", true),
  /** 用人单位自认 of a monthly wage. */
  EMPLOYER_ADMISSION("用人单位自认", "employer's admission", false),
  /** 劳动者陈述 of the monthly wage. */
  WORKER_STATEMENT("劳动者陈述", "worker's own statement", false),
  /** 证人证言 on the monthly wage. */
  WITNESS("证人证言", "witness testimony", false);

  private final String labelZh;
  private final String labelEn;
  private final boolean recordsPayment;

  EvidenceKind(String labelZh, String labelEn, boolean recordsPayment) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.recordsPayment = recordsPayment;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }

  /**
   * True when the amount is what was actually paid for the month (a deposit, a payroll line, a pay
   * slip, a tax record), so that an incomplete month's amount covers only the days worked; false
   * when it states a monthly rate (an agreed, admitted or stated "月工资"), which needs no pro-rating.
   */
  public boolean recordsPaymentForTheMonth() {
    return recordsPayment;
  }

  /** The kind whose {@link #name()} is {@code code}, if any. */
  public static Optional<EvidenceKind> fromCode(String code) {
    requireNonNull(code, "code");
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}
