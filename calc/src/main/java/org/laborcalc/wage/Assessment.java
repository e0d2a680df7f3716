package org.laborcalc.wage;

import java.util.List;
import org.laborcalc.law.Citation;

/**
 * The weight of one piece of evidence and the reason, cited: the credibility ranking of {@link
 * Credibility}, written out rule by rule.
 */
record Assessment(
    Credibility credibility, String reasonZh, String reasonEn, List<Citation> citations) {

  Assessment {
    citations = Citation.distinct(citations);
  }

  // The assessments that depend only on the kind and flags of an item, built once: every month
  // of every case assesses its evidence, and the text and citations never change.
  private static final Assessment BANK_FROM_EMPLOYER =
      new Assessment(
          Credibility.STRONG,
          "银行工资卡流水由银行作为中立第三方记录保存，用人单位可委托银行代发工资，客观性强",
          "a wage-card statement is kept by the bank as a neutral third party, and employers may"
              + " pay wages through a bank: an objective record",
          List.of(WageLaw.NEUTRAL_RECORD, WageLaw.BANK_ENTRUSTED));

  private static final Assessment BANK_FROM_OTHER_PAYER =
      new Assessment(
          Credibility.DOCUMENTARY,
          "付款人不是用人单位；工资应由用人单位支付，该款项须结合其他证据方能认定为本单位工资",
          "the payer is not the employer; wages are paid by the employer, so the deposit needs"
              + " other evidence to count as this employer's wage",
          List.of(WageLaw.PAID_BY_EMPLOYER, WageLaw.NEUTRAL_RECORD));

  private static final Assessment TAX =
      new Assessment(
          Credibility.STRONG,
          "个人所得税纳税记录由税务机关记录保存，客观性强，所载为应发工资收入",
          "an income-tax record is kept by the tax authority: an objective record of gross wage"
              + " income",
          List.of(WageLaw.NEUTRAL_RECORD));

  private static final Assessment SIGNED_PAYROLL =
      new Assessment(
          Credibility.STRONG,
          "工资表有劳动者签字，符合工资支付记录须有领取者签字的要求，推定为真实",
          "the payroll bears the worker's signature, as a wage record must, and is presumed"
              + " authentic",
          List.of(WageLaw.PAYROLL_SIGNATURE, WageLaw.SIGNED_DOCUMENT));

  private static final Assessment UNSIGNED_PAYROLL =
      new Assessment(
          Credibility.WEAK,
          "工资表无劳动者签字，不符合工资支付记录须有领取者签字的要求，系用人单位单方制作，缺乏可信度",
          "the payroll lacks the worker's signature that a wage record must bear; made by the"
              + " employer alone, it lacks credibility",
          List.of(WageLaw.PAYROLL_SIGNATURE));

  private static final Assessment PAY_SLIP =
      new Assessment(
          Credibility.DOCUMENTARY,
          "工资条系用人单位支付工资时向劳动者提供的个人工资清单",
          "a pay slip is the statement the employer must give the worker with each payment",
          List.of(WageLaw.PAY_SLIP));

  private static final Assessment CONTRACT =
      new Assessment(
          Credibility.AGREED,
          "劳动合同约定的劳动报酬是约定的标准，不能证明实际支付的数额",
          "the contract's wage is what was agreed, not proof of what was paid",
          List.of(WageLaw.CONTRACT_WAGE));

  private static final Assessment ADMISSION =
      new Assessment(
          Credibility.STRONG,
          "用人单位对工资数额的自认，劳动者无需另行举证",
          "the employer's admission of the wage: the worker need not prove it further",
          List.of(WageLaw.ADMISSION));

  private static final Assessment STATEMENT_ALONE =
      new Assessment(
          Credibility.INSUFFICIENT_ALONE,
          "劳动者本人的陈述，不能单独作为认定事实的依据",
          "the worker's own statement cannot alone establish the fact",
          List.of(WageLaw.PARTY_STATEMENT));

  private static final Assessment WITNESS =
      new Assessment(
          Credibility.TESTIMONY,
          "证人证言，须结合证人与当事人的关系等情况综合判断",
          "witness testimony, weighed with the witness's standing and ties to the parties",
          List.of(WageLaw.WITNESS));

  private static final Assessment CONTRIBUTION_BASE =
      new Assessment(
          Credibility.STRONG,
          "社会保险缴费基数是用人单位申报的缴费工资，不是实际发放工资的证据，另行列明",
          "a contribution base is the wage the employer declared for contributions, not evidence"
              + " of the wage paid: reported apart",
          // The article is the window's: the rule that names the wage it is set apart from.
          List.of());

  static Assessment of(EvidenceItem item, ProceduralFacts procedure) {
    return switch (item.kind()) {
      case BANK_STATEMENT -> item.payerIsEmployer() ? BANK_FROM_EMPLOYER : BANK_FROM_OTHER_PAYER;
      case TAX_RECORD -> TAX;
      case PAYROLL -> item.signedByWorker() ? SIGNED_PAYROLL : UNSIGNED_PAYROLL;
      case PAY_SLIP -> PAY_SLIP;
      case CONTRACT -> CONTRACT;
      case EMPLOYER_ADMISSION -> ADMISSION;
      case WORKER_STATEMENT -> {
        if (procedure.employerWithheldRecords()) {
          String order =
              procedure.orderReference().isEmpty() ? "" : "（" + procedure.orderReference() + "）";
          yield new Assessment(
              Credibility.STRONG,
              "仲裁庭责令用人单位限期提供其掌握管理的工资支付记录" + order + "，用人单位未提供，应承担不利后果；劳动者关于工资数额的主张予以认定",
              "the tribunal ordered the employer to produce the wage records it holds"
                  + (procedure.orderReference().isEmpty()
                      ? ""
                      : " (" + procedure.orderReference() + ")")
                  + " and it did not: it bears the adverse consequence, and the worker's account of"
                  + " the wage is accepted",
              List.of(
                  WageLaw.EMPLOYER_HOLDS_EVIDENCE,
                  WageLaw.PRODUCTION_ORDER,
                  WageLaw.WITHHELD_EVIDENCE));
        }
        yield STATEMENT_ALONE;
      }
      case WITNESS -> WITNESS;
      case SOCIAL_INSURANCE_BASE -> CONTRIBUTION_BASE;
    };
  }
}
