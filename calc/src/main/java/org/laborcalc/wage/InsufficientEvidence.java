package org.laborcalc.wage;

import java.util.List;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * The refusal when no month of the window has usable evidence and there is no contract wage: what
 * was found, and what evidence would suffice under the burden of proof (劳动争议调解仲裁法第六条、第三十九条第二款;
 * 证据规定第九十五条).
 */
final class InsufficientEvidence {
  private InsufficientEvidence() {}

  private static final String SUFFICES_ZH =
      "以下任一证据即可：用人单位支付工资的银行工资卡流水；劳动者签字的工资表；个人所得税纳税记录；工资条；"
          + "用人单位对工资数额的自认；证人证言；劳动合同约定的工资；或者仲裁庭责令用人单位限期提供工资支付记录而其未提供时，"
          + "劳动者对工资数额的陈述（《劳动争议调解仲裁法》第六条、第三十九条第二款，《最高人民法院关于民事诉讼证据的若干规定》第九十五条）";

  private static final String SUFFICES_EN =
      "any of these would suffice: wage-card deposits from the employer; a payroll signed by the"
          + " worker; income-tax records; pay slips; the employer's admission of the wage; a"
          + " witness; the contract's agreed wage; or the worker's statement of the wage once"
          + " the tribunal has ordered the employer to produce its wage records and it has not"
          + " (Labour Dispute Mediation and Arbitration Law arts. 6 and 39 ¶2; SPC Evidence"
          + " Provisions art. 95)";

  static InsufficientEvidenceException exception(
      WindowMonths months, List<MonthRow> rows, List<AssessedEvidence> outside) {
    long statements = count(rows, Outcome.INSUFFICIENT_ALONE);
    long nonWage = count(rows, Outcome.NON_WAGE);
    String foundZh =
        "现有证据中：仅有劳动者陈述而无其他证据的月份条目"
            + statements
            + "项，非工资性收入"
            + nonWage
            + "项，计算期间以外的证据"
            + outside.size()
            + "项。";
    String foundEn =
        "Found: "
            + statements
            + " worker's statements with nothing to support them, "
            + nonWage
            + " non-wage items, "
            + outside.size()
            + " items outside the window.";
    WageWindow window = months.window();
    String event = window.anchor().labelZh();
    if (months.empty()) {
      return new InsufficientEvidenceException(
          months.first(),
          months.last(),
          "劳动者在"
              + event
              + "当月（"
              + window.anchorMonth()
              + "）入职，"
              + event
              + "前没有完整的工作月份，且没有劳动合同约定的工资。请提供劳动合同约定的月工资。"
              + foundZh,
          "the worker started in the month of "
              + window.anchor().labelEn()
              + " ("
              + window.anchorMonth()
              + "): there is no complete month before it and no contract wage. Provide the"
              + " contract's agreed monthly wage. "
              + foundEn);
    }
    return new InsufficientEvidenceException(
        months.first(),
        months.last(),
        event
            + "前"
            + window.monthsBefore()
            + "个月（"
            + months.first()
            + "至"
            + months.last()
            + "）内没有可以认定工资的证据，也没有劳动合同约定的工资。"
            + SUFFICES_ZH
            + "。"
            + foundZh,
        "no month from "
            + months.first()
            + " to "
            + months.last()
            + " has evidence a wage can be fixed on, and there is no contract wage; "
            + SUFFICES_EN
            + ". "
            + foundEn);
  }

  private static long count(List<MonthRow> rows, Outcome outcome) {
    return rows.stream()
        .flatMap(r -> r.evidence().stream())
        .filter(a -> a.outcome() == outcome)
        .count();
  }
}
