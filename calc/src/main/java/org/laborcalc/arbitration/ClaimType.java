package org.laborcalc.arbitration;

import java.util.List;
import org.laborcalc.finality.AwardClass;
import org.laborcalc.result.Note;

/**
 * The claims an arbitration case may hold (ARBITRATION.md §4.2), each computed by one calculation
 * kind, each with its class for the finality test (劳动争议调解仲裁法 art. 47; 办案规则 art. 50 ¶2) and the day
 * its time limit runs from (art. 27, ARBITRATION.md §2.8).
 */
public enum ClaimType {
  /** 经济补偿 (劳动合同法 arts. 46–47): the severance kind's economic-compensation lines. */
  SEVERANCE(
      "severance",
      "经济补偿",
      "economic compensation",
      AwardClass.ECONOMIC_COMPENSATION,
      Accrual.TERMINATION,
      List.of("ECONOMIC_COMPENSATION", "ECONOMIC_COMPENSATION_BEFORE_2008")),
  /** 违法解除或者终止劳动合同的赔偿金 (劳动合同法 art. 87), 办案规则 art. 50 ¶2 a 赔偿金. */
  WRONGFUL_TERMINATION_DAMAGES(
      "severance",
      "违法解除（终止）劳动合同赔偿金",
      "damages for unlawful termination",
      AwardClass.DAMAGES,
      Accrual.TERMINATION,
      List.of("WRONGFUL_TERMINATION_DAMAGES")),
  /**
   * 代通知金 (劳动合同法 art. 40; 实施条例 art. 20): "额外支付劳动者一个月工资", counted as 劳动报酬 for the finality test [U:
   * art. 50 ¶2 does not list it].
   */
  NOTICE_PAY(
      "severance",
      "代通知金",
      "pay in lieu of notice",
      AwardClass.LABOUR_REMUNERATION,
      Accrual.TERMINATION,
      List.of("PAY_IN_LIEU_OF_NOTICE")),
  /** 违法解除后至继续履行前一日的工资 (解释（二） art. 18): 劳动报酬. */
  BACK_PAY_AFTER_REINSTATEMENT(
      "severance",
      "违法解除后至继续履行前一日的工资",
      "back pay until reinstatement",
      AwardClass.LABOUR_REMUNERATION,
      Accrual.LABOUR_REMUNERATION,
      List.of("BACK_PAY_UNTIL_REINSTATEMENT")),
  /** 未订立书面劳动合同的第二倍工资 (劳动合同法 art. 82 ¶1), 办案规则 art. 50 ¶2 a 赔偿金. */
  UNSIGNED_CONTRACT_DOUBLE_WAGE(
      "double-wage",
      "未订立书面劳动合同二倍工资",
      "double wage, no written contract",
      AwardClass.DAMAGES,
      Accrual.PER_MONTH_DUE_DATE,
      List.of()),
  /** 不订立无固定期限劳动合同的二倍工资 (劳动合同法 art. 82 ¶2), a 赔偿金 like ¶1's. */
  OPEN_ENDED_REFUSAL_DOUBLE_WAGE(
      "double-wage",
      "未订立无固定期限劳动合同二倍工资",
      "double wage, open-ended contract refused",
      AwardClass.DAMAGES,
      Accrual.PER_MONTH_DUE_DATE,
      List.of()),
  /** 加班费 (劳动法 art. 44): 劳动报酬. */
  OVERTIME_PAY(
      "overtime",
      "加班费",
      "overtime pay",
      AwardClass.LABOUR_REMUNERATION,
      Accrual.LABOUR_REMUNERATION,
      List.of()),
  /** 未休年休假工资报酬 (条例 art. 5 ¶3): 劳动报酬 by default (option {@code finality.annualLeaveClass}). */
  UNUSED_ANNUAL_LEAVE_PAY(
      "annual-leave",
      "未休年休假工资报酬",
      "pay for unused annual leave",
      AwardClass.LABOUR_REMUNERATION,
      Accrual.PER_LEAVE_YEAR,
      List.of()),
  /** 拖欠工资 and the art. 85 加付赔偿金 (劳动合同法 art. 30, 85): the wage-arrears kind. */
  WAGE_ARREARS(
      "wage-arrears",
      "拖欠劳动报酬",
      "wage arrears",
      AwardClass.LABOUR_REMUNERATION,
      Accrual.LABOUR_REMUNERATION,
      List.of()),
  /**
   * 工伤保险待遇 (工伤保险条例 ch. 5): the work-injury case embedded as one claim, its result document nested
   * unchanged; only 医疗费 is 工伤医疗费 for the finality test, the other items fall outside art. 47 (一)
   * read literally (ARBITRATION.md §2.9).
   */
  WORK_INJURY_BENEFITS(
      "work-injury",
      "工伤保险待遇",
      "work-injury benefits",
      AwardClass.OTHER,
      Accrual.APPRAISAL,
      List.of()),
  /** 非法用工单位伤亡人员一次性赔偿 (人社部令第9号): outside art. 47 (一). */
  ILLEGAL_EMPLOYER_COMPENSATION(
      "illegal-employment",
      "非法用工单位伤亡人员一次性赔偿",
      "one-time compensation by an illegal employer",
      AwardClass.OTHER,
      Accrual.APPRAISAL,
      List.of());

  /** The day a claim's time limit runs from (ARBITRATION.md §2.8, "Accrual defaults"). */
  public enum Accrual {
    /** The termination date: the worker knows that day (N, 2N, 代通知金). */
    TERMINATION,
    /**
     * 劳动报酬 under art. 27 ¶4: no limit while the employment lasts, one year from its end after it
     * (加班费 treated as 劳动报酬 is the majority view [U]).
     */
    LABOUR_REMUNERATION,
    /** Each month's second wage from the day that month's wage fell due (option, see §2.8). */
    PER_MONTH_DUE_DATE,
    /** Each leave year's pay from the end of the year after it (option, see §2.8). */
    PER_LEAVE_YEAR,
    /**
     * The day the appraisal conclusion was known ({@code appraisal.date}, or the claim's {@code
     * knownOn}).
     */
    APPRAISAL
  }

  private final String kind;
  private final Note name;
  private final AwardClass awardClass;
  private final Accrual accrual;
  private final List<String> lineCodes;

  ClaimType(
      String kind,
      String zh,
      String en,
      AwardClass awardClass,
      Accrual accrual,
      List<String> lineCodes) {
    this.kind = kind;
    this.name = new Note(zh, en);
    this.awardClass = awardClass;
    this.accrual = accrual;
    this.lineCodes = lineCodes;
  }

  /** The calculation kind that computes the claim. */
  public String kind() {
    return kind;
  }

  /** The claim's name in Chinese and English. */
  public Note displayName() {
    return name;
  }

  /** Its class for the finality test (a work-injury claim's 医疗费 line is 工伤医疗费). */
  public AwardClass awardClass() {
    return awardClass;
  }

  /** The day its limit runs from, by default. */
  public Accrual accrual() {
    return accrual;
  }

  /**
   * The codes of the kind's lines that belong to this claim (a severance computation gives the
   * lines of several claims); empty when every line does.
   */
  public List<String> lineCodes() {
    return lineCodes;
  }
}
