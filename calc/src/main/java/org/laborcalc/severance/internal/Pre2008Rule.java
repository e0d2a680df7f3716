package org.laborcalc.severance.internal;

import org.laborcalc.employment.TerminationGround;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/**
 * 经济补偿 for service before 2008-01-01: "本法施行前按照当时有关规定，用人单位应当向劳动者支付经济补偿的，按照当时有关规定执行" (劳动合同法第九十七条第三款).
 * The rules then in force are 劳部发〔1994〕481号, read in reprints only (SECONDARY, ARBITRATION.md
 * §2.1): art. 5 协商解除 and art. 7 不能胜任 one month a year, at most twelve; art. 6 医疗期满, art. 8 客观情况 and
 * art. 9 裁员 one month a year; fixed-term expiry and the worker's resignations are not among its
 * causes. For the grounds the digest does not settle the tribunal states the months ({@code
 * pre2008MonthsFound}).
 */
enum Pre2008Rule {
  /** Not among 481号's compensable causes (arts. 5–9). */
  NOT_COMPENSABLE(0, false),
  /** 481号 art. 5: 协商解除, at most twelve months. */
  AGREED_DISSOLUTION(5, true),
  /** 481号 art. 6: 医疗期满 (the 医疗补助费 of the same article is not modelled). */
  AFTER_MEDICAL_PERIOD(6, false),
  /** 481号 art. 7: 不能胜任, at most twelve months. */
  INCOMPETENCE(7, true),
  /** 481号 art. 8: 客观情况发生重大变化. */
  CHANGED_CIRCUMSTANCES(8, false),
  /** 481号 art. 9: 经济性裁员. */
  LAYOFF(9, false),
  /** Not settled in the legal folder: the tribunal states the months. */
  UNSETTLED(0, false);

  private final int article;
  private final boolean capped;

  Pre2008Rule(int article, boolean capped) {
    this.article = article;
    this.capped = capped;
  }

  static Pre2008Rule of(TerminationGround g) {
    return switch (g) {
      case LCL_36_EMPLOYER_PROPOSED -> AGREED_DISSOLUTION;
      case LCL_40_1 -> AFTER_MEDICAL_PERIOD;
      case LCL_40_2 -> INCOMPETENCE;
      case LCL_40_3 -> CHANGED_CIRCUMSTANCES;
      case LCL_41_1 -> LAYOFF;
      case LCL_44_4, LCL_44_5, REG_6, REG_22, REG_23, JI1_45, JI1_48 -> UNSETTLED;
      default -> NOT_COMPENSABLE;
    };
  }

  boolean compensable() {
    return article > 0;
  }

  /** True when the months are at most {@code severance.pre2008.capMonths}. */
  boolean capped() {
    return capped;
  }

  /** 481号's article for the cause, or the measures as a whole. */
  Citation citation() {
    return article > 0
        ? Citation.of(Instruments.get("laobufa-1994-481"), article)
        : Citation.of(Instruments.get("laobufa-1994-481"));
  }
}
