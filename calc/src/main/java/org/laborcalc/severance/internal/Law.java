package org.laborcalc.severance.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles termination money rests on. */
final class Law {
  private Law() {}

  static final Instrument LCL = Instruments.get("laodong-hetong-fa");
  static final Instrument REG = Instruments.get("laodong-hetong-fa-shishi-tiaoli");
  static final Instrument JI2 = Instruments.get("laodong-zhengyi-jieshi-2");

  /** 劳动合同法第四十条: one month's wage instead of 30 days' written notice. */
  static final Citation NOTICE_OR_MONTH = Citation.of(LCL, 40);

  /** 第四十七条第一款: one month a full year; six months or more a year; less, half a month. */
  static final Citation MONTHS_PER_YEAR = Citation.of(LCL, 47, 1);

  /** 第四十七条第二款: the 3× cap and the 12 years. */
  static final Citation CAP = Citation.of(LCL, 47, 2);

  /** 第四十七条第三款: the average of the 12 months before the termination. */
  static final Citation TWELVE_MONTHS = Citation.of(LCL, 47, 3);

  /** 第四十八条: continued performance, or 赔偿金. */
  static final Citation UNLAWFUL = Citation.of(LCL, 48);

  /** 第八十七条: twice the art. 47 standard. */
  static final Citation DAMAGES = Citation.of(LCL, 87);

  /** 第九十七条第三款: pre-2008 service under the rules then in force. */
  static final Citation BEFORE_2008 = Citation.of(LCL, 97, 3);

  /** 实施条例第十条: service with the employer the worker was transferred from counts. */
  static final Citation PRIOR_SERVICE = Citation.of(REG, 10);

  /** 实施条例第十二条: no 经济补偿 on a 公益性岗位. */
  static final Citation PUBLIC_WELFARE_POST = Citation.of(REG, 12);

  /** 实施条例第二十条: the last month's wage standard. */
  static final Citation LAST_MONTH_STANDARD = Citation.of(REG, 20);

  /** 实施条例第二十五条: no 经济补偿 beside 赔偿金; years from 用工之日. */
  static final Citation DAMAGES_YEARS = Citation.of(REG, 25);

  /** 实施条例第二十七条: 应得工资, the minimum-wage floor, fewer than 12 months. */
  static final Citation WAGE_BASIS = Citation.of(REG, 27);

  /** 实施条例第十四条: the figures of the place of performance. */
  static final Citation PLACE_OF_PERFORMANCE = Citation.of(REG, 14);

  /** 解释（二）第十六条: when the contract can no longer be performed. */
  static final Citation CANNOT_CONTINUE = Citation.of(JI2, 16);

  /** 解释（二）第十八条: wages until the day before performance resumes. */
  static final Citation BACK_PAY = Citation.of(JI2, 18);

  /** 解释（二）第十八条第二款: both at fault, each bears its share. */
  static final Citation SHARED_FAULT = Citation.of(JI2, 18, 2);
}
