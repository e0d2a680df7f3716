package org.laborcalc.sickleave.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the 医疗期 and sick-pay rules cite, with the words relied on. */
final class SickLeaveLaw {
  private SickLeaveLaw() {}

  private static final Instrument MP = Instruments.get("yiliaoqi-guiding-1994");
  private static final Instrument O309 = Instruments.get("laobufa-1995-309");
  private static final Instrument N236 = Instruments.get("laobufa-1995-236");

  /** 479号 art. 3 (一): 实际工作年限 under ten years. */
  static final Citation TABLE_UNDER_10 =
      Citation.of(MP, 3, 1, 1).withQuote("实际工作年限十年以下的，在本单位工作年限五年以下的为三个月；五年以上的为六个月");

  /** 479号 art. 3 (二): ten years or more. */
  static final Citation TABLE_FROM_10 =
      Citation.of(MP, 3, 1, 2)
          .withQuote(
              "实际工作年限十年以上的，在本单位工作年限五年以下的为六个月；五年以上十年以下的为九个月；十年以上十五年以下的为十二个月；十五年以上二十年以下的为十八个月；二十年以上的为二十四个月");

  /** 479号 art. 4: the counting windows. */
  static final Citation WINDOW =
      Citation.of(MP, 4).withQuote("医疗期三个月的按六个月内累计病休时间计算；六个月的按十二个月内累计病休时间计算……");

  /** 479号 art. 5: sick pay by the rules that apply. */
  static final Citation SICK_PAY =
      Citation.of(MP, 5).withQuote("企业职工在医疗期内，其病假工资、疾病救济费和医疗待遇按照有关规定执行");

  /** 236号 [S]: counted from the first sick day, cumulatively, rest days and holidays included. */
  static final Citation COUNTING =
      Citation.of(N236).withQuote("医疗期计算应从病休第一天开始，累计计算……病休期间，公休、假日和法定节日包括在内");

  /** 309号 art. 59 [S]: the 80% floor, within the medical period. */
  static final Citation FLOOR =
      Citation.of(O309, 59)
          .withQuote("在规定的医疗期间内由企业按有关规定支付其病假工资或疾病救济费，病假工资或疾病救济费可以低于当地最低工资标准支付，但不能低于最低工资标准的80%");
}
