package org.laborcalc.finality;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the finality test rests on, each with the words relied on. */
final class FinalityLaw {
  private FinalityLaw() {}

  private static final Instrument LAW = Instruments.LABOUR_DISPUTE_ARBITRATION_LAW;
  private static final Instrument RULES = Instruments.get("rsb-ling-33");
  private static final Instrument INTERPRETATION_1 = Instruments.get("laodong-zhengyi-jieshi-1");

  /** 劳动争议调解仲裁法 art. 47 (一). */
  static final Citation AMOUNT_CLASSES =
      Citation.of(LAW, 47, 1, 1).withQuote("追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准十二个月金额的争议");

  /** 劳动争议调解仲裁法 art. 47 (二). */
  static final Citation LABOUR_STANDARDS =
      Citation.of(LAW, 47, 1, 2).withQuote("因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议");

  /** 解释（一） art. 19: each item determined is compared on its own. */
  static final Citation EACH_ITEM =
      Citation.of(INTERPRETATION_1, 19)
          .withQuote("如果仲裁裁决涉及数项，每项确定的数额均不超过当地月最低工资标准十二个月金额的，应当按照终局裁决处理");

  /** 办案规则 art. 50 ¶1: the same, per single item. */
  static final Citation SINGLE_ITEM =
      Citation.of(RULES, 50, 1).withQuote("如果仲裁裁决涉及数项，对单项裁决数额不超过当地月最低工资标准十二个月金额的事项，应当适用终局裁决");

  /** 办案规则 art. 50 ¶2, the 经济补偿 half. */
  static final Citation COMPENSATION_LIST =
      Citation.of(RULES, 50, 2)
          .withQuote("前款经济补偿包括《中华人民共和国劳动合同法》（以下简称劳动合同法）规定的竞业限制期限内给予的经济补偿、解除或者终止劳动合同的经济补偿等");

  /** 办案规则 art. 50 ¶2, the 赔偿金 half. */
  static final Citation DAMAGES_LIST =
      Citation.of(RULES, 50, 2)
          .withQuote("赔偿金包括劳动合同法规定的未签订书面劳动合同第二倍工资、违法约定试用期的赔偿金、违法解除或者终止劳动合同的赔偿金等");

  /** 办案规则 art. 50 ¶3: labour-standards disputes are final. */
  static final Citation STANDARDS_FINAL =
      Citation.of(RULES, 50, 3)
          .withQuote("根据调解仲裁法第四十七条第（二）项的规定，因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议，应当适用终局裁决");

  /** 办案规则 art. 50 ¶4: a mixed award is made as two. */
  static final Citation SPLIT =
      Citation.of(RULES, 50, 4).withQuote("仲裁庭裁决案件时，裁决内容同时涉及终局裁决和非终局裁决的，应当分别制作裁决书，并告知当事人相应的救济权利");
}
