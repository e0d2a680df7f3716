package org.laborcalc.employment;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/**
 * Why a labour contract ended, by the article that sets the ground, and whether 经济补偿 is due for it:
 * 《劳动合同法》第四十六条 lists the grounds that give it, and the grounds it does not list (a resignation on
 * notice, a dismissal for the worker's fault, a pension starting) give none. Each constant names
 * who may end the contract on that ground ({@link #allows(InitiatedBy)}): a ground that contradicts
 * who ended it is a mistake in the case.
 *
 * <p>Whether the termination was lawful is not a ground but a tribunal's finding: {@link #LCL_48}
 * stands for a termination with no lawful ground at all; a ground below found unlawful gives 赔偿金
 * (art. 87) instead of 经济补偿 as well. Immutable.
 */
public enum TerminationGround {
  // Worker-initiated.
  /** 劳动合同法第三十七条: the worker's resignation on 30 days' notice (or 3 in probation). */
  LCL_37("劳动者提前通知解除", "resignation on notice", lcl(37), false, lcl(46), InitiatedBy.WORKER),
  /** 第三十八条第一款第（一）项: no labour protection or working conditions as agreed. */
  LCL_38_1_1(
      "未按约定提供劳动保护或者劳动条件",
      "no agreed labour protection",
      lcl(38, 1, 1),
      true,
      n46(1),
      InitiatedBy.WORKER),
  /** 第三十八条第一款第（二）项: wages not paid in time or in full. */
  LCL_38_1_2("未及时足额支付劳动报酬", "wages unpaid", lcl(38, 1, 2), true, n46(1), InitiatedBy.WORKER),
  /** 第三十八条第一款第（三）项: social insurance not paid as the law requires. */
  LCL_38_1_3(
      "未依法缴纳社会保险费", "social insurance unpaid", lcl(38, 1, 3), true, n46(1), InitiatedBy.WORKER),
  /** 第三十八条第一款第（四）项: workplace rules unlawful and harmful to the worker. */
  LCL_38_1_4(
      "规章制度违法损害劳动者权益", "unlawful workplace rules", lcl(38, 1, 4), true, n46(1), InitiatedBy.WORKER),
  /** 第三十八条第一款第（五）项: the contract void under art. 26 ¶1. */
  LCL_38_1_5("劳动合同无效", "contract void", lcl(38, 1, 5), true, n46(1), InitiatedBy.WORKER),
  /** 第三十八条第一款第（六）项: other grounds in laws and administrative regulations. */
  LCL_38_1_6(
      "法律、行政法规规定的其他情形", "other statutory ground", lcl(38, 1, 6), true, n46(1), InitiatedBy.WORKER),
  /** 第三十八条第二款: forced labour or orders endangering the worker's safety; no notice needed. */
  LCL_38_2(
      "强迫劳动或者强令冒险作业",
      "forced labour or dangerous orders",
      lcl(38, 2),
      true,
      n46(1),
      InitiatedBy.WORKER),
  /**
   * 最高人民法院劳动争议解释（二）第十九条: an agreement or promise not to pay social insurance is void; the worker
   * who resigns under 劳动合同法第三十八条第一款第（三）项 gets 经济补偿.
   */
  JI2_19(
      "约定不缴社会保险费无效后解除",
      "resignation after a void no-insurance agreement",
      ji2(19),
      true,
      ji2(19),
      InitiatedBy.WORKER),
  /** 劳动争议解释（一）第四十五条: the employer forced the worker to resign. */
  JI1_45(
      "用人单位迫使劳动者提出解除",
      "resignation forced by the employer",
      ji1(45),
      true,
      ji1(45),
      InitiatedBy.WORKER),
  // By agreement.
  /** 第三十六条, proposed by the employer: 经济补偿 under art. 46 (二). */
  LCL_36_EMPLOYER_PROPOSED(
      "用人单位提出协商一致解除",
      "agreed, proposed by the employer",
      lcl(36),
      true,
      n46(2),
      InitiatedBy.MUTUAL_AGREEMENT),
  /** 第三十六条, proposed by the worker: art. 46 (二) needs the employer to propose, so none. */
  LCL_36_WORKER_PROPOSED(
      "劳动者提出协商一致解除",
      "agreed, proposed by the worker",
      lcl(36),
      false,
      n46(2),
      InitiatedBy.MUTUAL_AGREEMENT),
  // Employer-initiated.
  /** 第三十九条第（一）项: not meeting the hiring conditions in probation. */
  LCL_39_1("试用期间不符合录用条件", "failed probation", lcl(39, 1, 1), false, lcl(46), InitiatedBy.EMPLOYER),
  /** 第三十九条第（二）项: serious breach of the workplace rules. */
  LCL_39_2(
      "严重违反规章制度",
      "serious breach of workplace rules",
      lcl(39, 1, 2),
      false,
      lcl(46),
      InitiatedBy.EMPLOYER),
  /** 第三十九条第（三）项: serious dereliction or graft causing great damage. */
  LCL_39_3(
      "严重失职、营私舞弊",
      "serious dereliction or graft",
      lcl(39, 1, 3),
      false,
      lcl(46),
      InitiatedBy.EMPLOYER),
  /** 第三十九条第（四）项: a second employment harming the work, or refused to end it. */
  LCL_39_4(
      "同时与其他用人单位建立劳动关系", "second employment", lcl(39, 1, 4), false, lcl(46), InitiatedBy.EMPLOYER),
  /** 第三十九条第（五）项: the contract void through the worker's fraud. */
  LCL_39_5(
      "因劳动者欺诈致劳动合同无效",
      "contract void by the worker's fraud",
      lcl(39, 1, 5),
      false,
      lcl(46),
      InitiatedBy.EMPLOYER),
  /** 第三十九条第（六）项: criminal liability. */
  LCL_39_6("被依法追究刑事责任", "criminal liability", lcl(39, 1, 6), false, lcl(46), InitiatedBy.EMPLOYER),
  /** 第四十条第（一）项: unable to work after the medical treatment period. */
  LCL_40_1(
      "医疗期满不能从事原工作也不能从事另行安排的工作",
      "unfit after the medical period",
      lcl(40, 1, 1),
      true,
      n46(3),
      InitiatedBy.EMPLOYER),
  /** 第四十条第（二）项: incompetent after training or reassignment. */
  LCL_40_2(
      "不能胜任工作",
      "incompetent after training or reassignment",
      lcl(40, 1, 2),
      true,
      n46(3),
      InitiatedBy.EMPLOYER),
  /** 第四十条第（三）项: a major change of the objective circumstances. */
  LCL_40_3(
      "客观情况发生重大变化",
      "major change of circumstances",
      lcl(40, 1, 3),
      true,
      n46(3),
      InitiatedBy.EMPLOYER),
  /** 第四十一条第一款: economic layoffs. */
  LCL_41_1("经济性裁员", "economic layoff", lcl(41, 1), true, n46(4), InitiatedBy.EMPLOYER),
  /**
   * 第四十八条: the employer ended the contract in breach of the law with no lawful ground: 赔偿金 under
   * art. 87 (or continued performance), never 经济补偿 (实施条例第二十五条).
   */
  LCL_48("违法解除或者终止劳动合同", "unlawful termination", lcl(48), false, reg(25), InitiatedBy.EMPLOYER),
  /** 实施条例第五条: the worker refused to sign a written contract within the first month. */
  REG_5(
      "一个月内劳动者不订立书面劳动合同",
      "worker refused to sign within the first month",
      reg(5),
      false,
      reg(5),
      InitiatedBy.EMPLOYER),
  /** 实施条例第六条第一款: the worker refused to sign after the first month. */
  REG_6(
      "超过一个月劳动者不订立书面劳动合同",
      "worker refused to sign after the first month",
      reg(6, 1),
      true,
      reg(6, 1),
      InitiatedBy.EMPLOYER),
  // Termination (终止).
  /**
   * 第四十四条第（一）项 with 第四十六条第（五）项: a fixed-term contract expired and was not renewed on the same or
   * better terms.
   */
  LCL_44_1_NOT_RENEWED(
      "固定期限劳动合同期满终止",
      "fixed term expired, not renewed on the same terms",
      lcl(44, 1, 1),
      true,
      n46(5),
      InitiatedBy.CONTRACT_EXPIRY),
  /** 第四十六条第（五）项's exception: the employer offered the same or better terms, the worker declined. */
  LCL_44_1_WORKER_DECLINED(
      "期满用人单位维持或者提高条件续订而劳动者不同意",
      "fixed term expired, worker declined the same terms",
      lcl(44, 1, 1),
      false,
      n46(5),
      InitiatedBy.CONTRACT_EXPIRY),
  /** 第四十四条第（二）项: the worker began to draw the basic pension. */
  LCL_44_2(
      "劳动者开始依法享受基本养老保险待遇",
      "pension started",
      lcl(44, 1, 2),
      false,
      lcl(46),
      InitiatedBy.CONTRACT_EXPIRY),
  /** 第四十四条第（三）项: death, or declared dead or missing. */
  LCL_44_3(
      "劳动者死亡或者被宣告死亡、失踪",
      "death or declared missing",
      lcl(44, 1, 3),
      false,
      lcl(46),
      InitiatedBy.CONTRACT_EXPIRY),
  /** 第四十四条第（四）项: the employer declared bankrupt. */
  LCL_44_4(
      "用人单位被依法宣告破产",
      "employer bankrupt",
      lcl(44, 1, 4),
      true,
      n46(6),
      InitiatedBy.CONTRACT_EXPIRY,
      InitiatedBy.EMPLOYER),
  /** 第四十四条第（五）项: licence revoked, closure ordered, or early dissolution. */
  LCL_44_5(
      "用人单位被吊销营业执照、责令关闭、撤销或者决定提前解散",
      "employer closed or dissolved",
      lcl(44, 1, 5),
      true,
      n46(6),
      InitiatedBy.CONTRACT_EXPIRY,
      InitiatedBy.EMPLOYER),
  /** 实施条例第二十一条: the worker reached the statutory retirement age. */
  REG_21(
      "劳动者达到法定退休年龄",
      "statutory retirement age reached",
      reg(21),
      false,
      lcl(46),
      InitiatedBy.CONTRACT_EXPIRY),
  /** 实施条例第二十二条: a contract for a task ended on its completion. */
  REG_22(
      "以完成一定工作任务为期限的劳动合同因任务完成而终止",
      "task completed",
      reg(22),
      true,
      reg(22),
      InitiatedBy.CONTRACT_EXPIRY),
  /**
   * 实施条例第二十三条: the lawful termination of an injured worker's contract; the work-injury subsidies
   * are due as well, from the work-injury calculation.
   */
  REG_23(
      "依法终止工伤职工的劳动合同",
      "lawful end of an injured worker's contract",
      reg(23),
      true,
      reg(23),
      InitiatedBy.CONTRACT_EXPIRY,
      InitiatedBy.EMPLOYER),
  /** 劳动争议解释（一）第四十八条: the employer's term of business expired and it stopped. */
  JI1_48(
      "用人单位经营期限届满不再继续经营",
      "employer's term of business expired",
      ji1(48),
      true,
      ji1(48),
      InitiatedBy.CONTRACT_EXPIRY,
      InitiatedBy.EMPLOYER),
  /** 第七十一条: part-time employment ended; no 经济补偿 by the article's words. */
  LCL_71("非全日制用工终止", "part-time employment ended", lcl(71), false, lcl(71), InitiatedBy.values());

  private final String labelZh;
  private final String labelEn;
  private final Citation article;
  private final boolean compensationDue;
  private final Citation compensationRule;
  private final Set<InitiatedBy> initiators;

  TerminationGround(
      String labelZh,
      String labelEn,
      Citation article,
      boolean compensationDue,
      Citation compensationRule,
      InitiatedBy... initiators) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
    this.article = article;
    this.compensationDue = compensationDue;
    this.compensationRule = compensationRule;
    EnumSet<InitiatedBy> set = EnumSet.noneOf(InitiatedBy.class);
    for (InitiatedBy i : initiators) {
      set.add(i);
    }
    this.initiators = set;
  }

  /** The ground in Chinese, as an award names it. */
  public String labelZh() {
    return labelZh;
  }

  /** The ground in English. */
  public String labelEn() {
    return labelEn;
  }

  /** The article that sets the ground. */
  public Citation article() {
    return article;
  }

  /** True when 经济补偿 is due for a lawful termination on this ground. */
  public boolean compensationDue() {
    return compensationDue;
  }

  /**
   * The article that makes 经济补偿 due (劳动合同法第四十六条's item, or the later article that adds the ground),
   * or the one whose list the ground is not on.
   */
  public Citation compensationRule() {
    return compensationRule;
  }

  /** True when a termination on this ground may be initiated that way. */
  public boolean allows(InitiatedBy initiatedBy) {
    return initiators.contains(requireNonNull(initiatedBy, "initiatedBy"));
  }

  /** Who may end a contract on this ground. */
  public Set<InitiatedBy> initiators() {
    return Set.copyOf(initiators);
  }

  /** True for the grounds of 劳动合同法第四十条, where one month's wage may replace the notice. */
  public boolean allowsPayInLieuOfNotice() {
    return this == LCL_40_1 || this == LCL_40_2 || this == LCL_40_3;
  }

  /** True for a resignation under 劳动合同法第三十八条 (the employer's fault), 解释（二）第十九条's included. */
  public boolean isLabourContractLawArticle38() {
    return name().startsWith("LCL_38") || this == JI2_19;
  }

  private static Citation lcl(int article) {
    return Citation.of(Instruments.get("laodong-hetong-fa"), article);
  }

  private static Citation lcl(int article, int paragraph) {
    return Citation.of(Instruments.get("laodong-hetong-fa"), article, paragraph);
  }

  private static Citation lcl(int article, int paragraph, int item) {
    return Citation.of(Instruments.get("laodong-hetong-fa"), article, paragraph, item);
  }

  private static Citation n46(int item) {
    return lcl(46, 1, item);
  }

  private static Citation reg(int article) {
    return Citation.of(Instruments.get("laodong-hetong-fa-shishi-tiaoli"), article);
  }

  private static Citation reg(int article, int paragraph) {
    return Citation.of(Instruments.get("laodong-hetong-fa-shishi-tiaoli"), article, paragraph);
  }

  private static Citation ji1(int article) {
    return Citation.of(Instruments.get("laodong-zhengyi-jieshi-1"), article);
  }

  private static Citation ji2(int article) {
    return Citation.of(Instruments.get("laodong-zhengyi-jieshi-2"), article);
  }
}
