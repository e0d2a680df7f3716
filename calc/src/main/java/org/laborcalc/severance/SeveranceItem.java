package org.laborcalc.severance;

import org.laborcalc.result.Note;

/** The items of termination money, in the order a result lists them. */
public enum SeveranceItem {
  /** 经济补偿 (劳动合同法第四十七条), for the service from 2008-01-01 when it began before. */
  ECONOMIC_COMPENSATION("经济补偿", "economic compensation (severance)"),
  /** 经济补偿 for the service before 2008-01-01, under the rules then in force (第九十七条第三款). */
  ECONOMIC_COMPENSATION_BEFORE_2008(
      "经济补偿（2008年前工作年限）", "economic compensation, service before 2008"),
  /** 违法解除或者终止劳动合同的赔偿金 (第八十七条). */
  WRONGFUL_TERMINATION_DAMAGES("违法解除（终止）劳动合同赔偿金", "damages for unlawful termination"),
  /** 代通知金: one month's wage instead of 30 days' notice (第四十条; 实施条例第二十条). */
  PAY_IN_LIEU_OF_NOTICE("代通知金（额外支付的一个月工资）", "pay in lieu of notice"),
  /** 违法解除后至继续履行前一日的工资 (劳动争议解释（二）第十八条). */
  BACK_PAY_UNTIL_REINSTATEMENT("违法解除后至继续履行前一日的工资", "back pay until reinstatement");

  private final Note name;

  SeveranceItem(String zh, String en) {
    this.name = new Note(zh, en);
  }

  /** The item's name in Chinese and English. */
  public Note displayName() {
    return name;
  }
}
