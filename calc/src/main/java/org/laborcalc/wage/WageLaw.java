package org.laborcalc.wage;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the wage determination rests on, each with the words relied on. */
final class WageLaw {
  private WageLaw() {}

  private static final Instrument REGULATION = Instruments.WORK_INJURY_REGULATION_2010;
  private static final Instrument WAGE_PAYMENT = Instruments.WAGE_PAYMENT_PROVISIONS;
  private static final Instrument ARBITRATION_LAW = Instruments.LABOUR_DISPUTE_ARBITRATION_LAW;
  private static final Instrument EVIDENCE = Instruments.CIVIL_EVIDENCE_PROVISIONS;

  /*
   * CLAMP, ORIGINAL_WAGE and DAILY_WAGE are work-injury law: the determination applies them
   * through org.laborcalc.injury.wagebase.OwnWageLaw. These copies serve only the work-injury types
   * still in this package (StatutoryFigures, WageDetermination and its Explanation) until those
   * move; OwnWageLawCopiesTest holds the copies equal.
   */

  static final Citation CLAMP =
      Citation.of(REGULATION, 64, 2)
          .withQuote(
              "本人工资高于统筹地区职工平均工资300%的，按照统筹地区职工平均工资的300%计算；"
                  + "本人工资低于统筹地区职工平均工资60%的，按照统筹地区职工平均工资的60%计算");

  /** 原工资福利待遇 during the 停工留薪期: unchanged, hence not clamped. */
  static final Citation ORIGINAL_WAGE =
      Citation.of(REGULATION, 33, 1).withQuote("在停工留薪期内，原工资福利待遇不变，由所在单位按月支付");

  /** Fewer than twelve months: the national analogue of the average over months worked. */
  static final Citation FEWER_MONTHS =
      Citation.of(Instruments.get("laodong-hetong-fa-shishi-tiaoli"), 27)
          .withQuote("劳动者工作不满12个月的，按照实际工作的月数计算平均工资");

  static final Citation DAILY_WAGE =
      Citation.of(Instruments.get("yue-pingjun-gongzuo-shijian-2008")).withQuote("日工资：月工资收入÷月计薪天数");

  static final Citation PAID_BY_EMPLOYER =
      Citation.of(WAGE_PAYMENT, 6, 1).withQuote("用人单位应将工资支付给劳动者本人");

  static final Citation BANK_ENTRUSTED = Citation.of(WAGE_PAYMENT, 6, 2).withQuote("用人单位可委托银行代发工资");

  static final Citation PAYROLL_SIGNATURE =
      Citation.of(WAGE_PAYMENT, 6, 3).withQuote("用人单位必须书面记录支付劳动者工资的数额、时间、领取者的姓名以及签字");

  static final Citation PAY_SLIP =
      Citation.of(WAGE_PAYMENT, 6, 3).withQuote("用人单位在支付工资时应向劳动者提供一份其个人的工资清单");

  static final Citation BURDEN =
      Citation.of(ARBITRATION_LAW, 6).withQuote("发生劳动争议，当事人对自己提出的主张，有责任提供证据");

  static final Citation EMPLOYER_HOLDS_EVIDENCE =
      Citation.of(ARBITRATION_LAW, 6).withQuote("与争议事项有关的证据属于用人单位掌握管理的，用人单位应当提供；用人单位不提供的，应当承担不利后果");

  static final Citation PRODUCTION_ORDER =
      Citation.of(ARBITRATION_LAW, 39, 2).withQuote("用人单位在指定期限内不提供的，应当承担不利后果");

  static final Citation WITHHELD_EVIDENCE =
      Citation.of(EVIDENCE, 95)
          .withQuote("一方当事人控制证据无正当理由拒不提交，对待证事实负有举证责任的当事人主张该证据的内容不利于控制人的，人民法院可以认定该主张成立");

  static final Citation PARTY_STATEMENT =
      Citation.of(EVIDENCE, 90).withQuote("下列证据不能单独作为认定案件事实的根据：（一）当事人的陈述");

  static final Citation ADMISSION =
      Citation.of(EVIDENCE, 3, 1).withQuote("一方当事人陈述的于己不利的事实，或者对于己不利的事实明确表示承认的，另一方当事人无需举证证明");

  static final Citation SIGNED_DOCUMENT =
      Citation.of(EVIDENCE, 92, 2).withQuote("私文书证由制作者或者其代理人签名、盖章或捺印的，推定为真实");

  static final Citation NEUTRAL_RECORD =
      Citation.of(EVIDENCE, 94, 1, 2).withQuote("由记录和保存电子数据的中立第三方平台提供或者确认的");

  static final Citation WITNESS = Citation.of(EVIDENCE, 96);

  static final Citation REASONS_STATED =
      Citation.of(EVIDENCE, 97, 1).withQuote("人民法院应当在裁判文书中阐明证据是否采纳的理由");

  static final Citation CONTRACT_WAGE =
      Citation.of(Instruments.get("laodong-hetong-fa"), 17, 1, 6).withQuote("劳动报酬");

  static final Citation WAGE_TOTAL =
      Citation.of(Instruments.get("gongzi-zonge-zucheng"), 3, 1)
          .withQuote("工资总额是指各单位在一定时期内直接支付给本单位全部职工的劳动报酬总额");

  static final Citation NOT_WAGE = Citation.of(Instruments.get("gongzi-zonge-zucheng"), 11);
}
