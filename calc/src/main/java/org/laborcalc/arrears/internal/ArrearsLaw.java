package org.laborcalc.arrears.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the wage-arrears rules cite, with the words relied on (from texts/). */
final class ArrearsLaw {
  private ArrearsLaw() {}

  private static final Instrument LABOUR_LAW = Instruments.get("laodong-fa");
  private static final Instrument LCL = Instruments.get("laodong-hetong-fa");
  private static final Instrument MINIMUM = Instruments.get("zuidi-gongzi-guiding");
  private static final Instrument PAY = Instruments.WAGE_PAYMENT_PROVISIONS;

  /** 劳动法 art. 50. */
  static final Citation MONTHLY_IN_MONEY =
      Citation.of(LABOUR_LAW, 50).withQuote("工资应当以货币形式按月支付给劳动者本人。不得克扣或者无故拖欠劳动者的工资。");

  /** 劳动合同法 art. 30 ¶1. */
  static final Citation IN_TIME_IN_FULL =
      Citation.of(LCL, 30, 1).withQuote("用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。");

  /** 劳动法 art. 48 ¶2. */
  static final Citation NOT_BELOW_MINIMUM =
      Citation.of(LABOUR_LAW, 48, 2).withQuote("用人单位支付劳动者的工资不得低于当地最低工资标准。");

  /** 劳动合同法 art. 85, the difference up to the minimum wage. */
  static final Citation DIFFERENCE = Citation.of(LCL, 85).withQuote("劳动报酬低于当地最低工资标准的，应当支付其差额部分");

  /** 最低工资规定 art. 12 ¶1: what is removed before the comparison, and only with normal work. */
  static final Citation EXCLUSIONS =
      Citation.of(MINIMUM, 12, 1)
          .withQuote(
              "在劳动者提供正常劳动的情况下，用人单位应支付给劳动者的工资在剔除下列各项以后，不得低于当地最低工资标准：（一）延长工作时间工资；（二）中班、夜班、高温、低温、井下、有毒有害等特殊工作环境、条件下的津贴；（三）法律、法规和国家规定的劳动者福利待遇等。");

  /** 最低工资规定 art. 3 ¶1: the minimum wage presupposes normal work. */
  static final Citation NORMAL_WORK =
      Citation.of(MINIMUM, 3, 1)
          .withQuote("本规定所称最低工资标准，是指劳动者在法定工作时间或依法签订的劳动合同约定的工作时间内提供了正常劳动的前提下，用人单位依法应支付的最低劳动报酬。");

  /** 劳动合同法 art. 85, the 加付赔偿金 after an order not complied with. */
  static final Citation ADDITIONAL =
      Citation.of(LCL, 85)
          .withQuote("由劳动行政部门责令限期支付劳动报酬、加班费或者经济补偿；……逾期不支付的，责令用人单位按应付金额百分之五十以上百分之一百以下的标准向劳动者加付赔偿金");

  /** 工资支付暂行规定 art. 7: the pay day, brought forward before a rest day or holiday. */
  static final Citation PAY_DAY =
      Citation.of(PAY, 7).withQuote("工资必须在用人单位与劳动者约定的日期支付。如遇节假日或休息日，则应提前在最近的工作日支付。");

  /** 工资支付暂行规定 art. 9: everything paid when the contract ends. */
  static final Citation AT_TERMINATION =
      Citation.of(PAY, 9).withQuote("劳动关系双方依法解除或终止劳动合同时，用人单位应在解除或终止劳动合同时一次付清劳动者工资。");
}
