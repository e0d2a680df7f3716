package org.laborcalc.noncompete.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the non-compete rules cite, with the words relied on (from texts/). */
final class NonCompeteLaw {
  private NonCompeteLaw() {}

  private static final Instrument LCL = Instruments.get("laodong-hetong-fa");
  private static final Instrument TIAOLI = Instruments.get("laodong-hetong-fa-shishi-tiaoli");
  private static final Instrument J1 = Instruments.get("laodong-zhengyi-jieshi-1");
  private static final Instrument J2 = Instruments.get("laodong-zhengyi-jieshi-2");

  /** 劳动合同法 art. 23 ¶2, the monthly compensation after the end of the contract. */
  static final Citation MONTHLY =
      Citation.of(LCL, 23, 2).withQuote("约定在解除或者终止劳动合同后，在竞业限制期限内按月给予劳动者经济补偿");

  /** 劳动合同法 art. 23 ¶2, the worker's 违约金. */
  static final Citation PENALTY =
      Citation.of(LCL, 23, 2).withQuote("劳动者违反竞业限制约定的，应当按照约定向用人单位支付违约金");

  /** 劳动合同法 art. 24 ¶2, the two-year limit of the term. */
  static final Citation TWO_YEARS = Citation.of(LCL, 24, 2).withQuote("竞业限制期限，不得超过二年");

  /** 解释（一） art. 36 ¶1, 30% of the twelve-month average where nothing was agreed. */
  static final Citation THIRTY_PERCENT =
      Citation.of(J1, 36, 1)
          .withQuote(
              "未约定解除或者终止劳动合同后给予劳动者经济补偿，劳动者履行了竞业限制义务，要求用人单位按照劳动者在劳动合同解除或者终止前十二个月平均工资的30%按月支付经济补偿的，人民法院应予支持");

  /** 解释（一） art. 36 ¶2, the minimum-wage floor. */
  static final Citation FLOOR =
      Citation.of(J1, 36, 2).withQuote("前款规定的月平均工资的30%低于劳动合同履行地最低工资标准的，按照劳动合同履行地最低工资标准支付");

  /** 解释（一） art. 37, the agreed compensation. */
  static final Citation AGREED =
      Citation.of(J1, 37)
          .withQuote("当事人在劳动合同或者保密协议中约定了竞业限制和经济补偿……劳动者履行了竞业限制义务后要求用人单位支付经济补偿的，人民法院应予支持");

  /** 解释（一） art. 38, the worker's rescission after three months unpaid. */
  static final Citation RESCISSION =
      Citation.of(J1, 38).withQuote("因用人单位的原因导致三个月未支付经济补偿，劳动者请求解除竞业限制约定的，人民法院应予支持");

  /** 解释（一） art. 39 ¶1, the employer's release during the term. */
  static final Citation RELEASE =
      Citation.of(J1, 39, 1).withQuote("在竞业限制期限内，用人单位请求解除竞业限制协议的，人民法院应予支持");

  /** 解释（一） art. 39 ¶2, three further months on the worker's request. */
  static final Citation RELEASE_EXTRA =
      Citation.of(J1, 39, 2).withQuote("在解除竞业限制协议时，劳动者请求用人单位额外支付劳动者三个月的竞业限制经济补偿的，人民法院应予支持");

  /** 解释（一） art. 40, the duty continues after the 违约金 is paid. */
  static final Citation CONTINUES =
      Citation.of(J1, 40).withQuote("劳动者违反竞业限制约定，向用人单位支付违约金后，用人单位要求劳动者按照约定继续履行竞业限制义务的，人民法院应予支持");

  /** 解释（二） art. 15, return of the compensation paid and the 违约金. */
  static final Citation RETURN =
      Citation.of(J2, 15).withQuote("劳动者违反有效的竞业限制约定，用人单位请求劳动者按照约定返还已经支付的经济补偿并支付违约金的，人民法院依法予以支持");

  /** 实施条例 art. 27, fewer than twelve months: applied by analogy only [U]. */
  static final Citation FEWER_MONTHS =
      Citation.of(TIAOLI, 27).withQuote("劳动者工作不满12个月的，按照实际工作的月数计算平均工资");
}
