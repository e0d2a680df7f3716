package org.laborcalc.arbitration.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles that link the claims of one case, each with the words relied on. */
final class Law {
  private Law() {}

  private static final Instrument LCL = Instruments.get("laodong-hetong-fa");
  private static final Instrument REG = Instruments.get("laodong-hetong-fa-shishi-tiaoli");
  private static final Instrument JI2 = Instruments.get("laodong-zhengyi-jieshi-2");

  /** 实施条例第二十五条: 2N excludes N. */
  static final Citation DAMAGES_EXCLUDE_COMPENSATION =
      Citation.of(REG, 25).withQuote("依照劳动合同法第八十七条的规定支付了赔偿金的，不再支付经济补偿");

  /** 劳动合同法第四十八条: continued performance or 赔偿金, not both. */
  static final Citation CONTINUE_OR_DAMAGES =
      Citation.of(LCL, 48)
          .withQuote(
              "劳动者要求继续履行劳动合同的，用人单位应当继续履行；劳动者不要求继续履行劳动合同或者劳动合同已经不能继续履行的，用人单位应当依照本法第八十七条规定支付赔偿金");

  /** 劳动合同法第四十六条: the grounds on which 经济补偿 is due. */
  static final Citation COMPENSATION_GROUNDS =
      Citation.of(LCL, 46).withQuote("有下列情形之一的，用人单位应当向劳动者支付经济补偿");

  /** 劳动合同法第八十七条: 赔偿金 for an unlawful termination. */
  static final Citation DAMAGES = Citation.of(LCL, 87);

  /** 劳动合同法第四十条: the extra month instead of notice. */
  static final Citation NOTICE_OR_MONTH =
      Citation.of(LCL, 40).withQuote("用人单位提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同");

  /** 解释（二）第十八条: back pay until the contract is performed again. */
  static final Citation BACK_PAY =
      Citation.of(JI2, 18)
          .withQuote("劳动者请求用人单位支付违法解除、终止决定作出后至劳动合同继续履行前一日工资的，用人单位应当按照劳动者提供正常劳动时的工资标准向劳动者支付上述期间的工资");
}
