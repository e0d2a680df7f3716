package org.laborcalc.limitation;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the limit rests on, each with the words relied on. */
final class LimitationLaw {
  private LimitationLaw() {}

  private static final Instrument LAW = Instruments.LABOUR_DISPUTE_ARBITRATION_LAW;

  static final Citation ONE_YEAR =
      Citation.of(LAW, 27, 1).withQuote("劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算");

  static final Citation INTERRUPTION =
      Citation.of(LAW, 27, 2)
          .withQuote("因当事人一方向对方当事人主张权利，或者向有关部门请求权利救济，或者对方当事人同意履行义务而中断。" + "从中断时起，仲裁时效期间重新计算");

  static final Citation SUSPENSION =
      Citation.of(LAW, 27, 3)
          .withQuote(
              "因不可抗力或者有其他正当理由，当事人不能在本条第一款规定的仲裁时效期间申请仲裁的，仲裁时效中止。" + "从中止时效的原因消除之日起，仲裁时效期间继续计算");

  static final Citation ARREARS =
      Citation.of(LAW, 27, 4)
          .withQuote(
              "劳动关系存续期间因拖欠劳动报酬发生争议的，劳动者申请仲裁不受本条第一款规定的仲裁时效期间的限制；" + "但是，劳动关系终止的，应当自劳动关系终止之日起一年内提出");

  static final Citation PERIOD_RULES =
      Citation.of(Instruments.get("rsb-ling-33"), 19, 2)
          .withQuote("仲裁期间的计算，本规则未规定的，仲裁委员会可以参照民事诉讼关于期间计算的有关规定执行");

  static final Citation DEFENCE_RAISED =
      Citation.of(Instruments.get("laodong-zhengyi-jieshi-2"), 20, 1)
          .withQuote("当事人在仲裁期间因自身原因未提出仲裁时效抗辩，在一审或者二审诉讼期间提出仲裁时效抗辩的，人民法院不予支持");
}
