package org.laborcalc.leave.internal;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles of annual-leave law the rules cite, with the words relied on. */
public final class LeaveLaw {
  private LeaveLaw() {}

  static final Instrument TIAOLI = Instruments.get("nianxiujia-tiaoli");
  static final Instrument BANFA = Instruments.get("nianxiujia-shishi-banfa");

  /** 条例 art. 3: the days by cumulative working time. */
  public static final Citation BANDS =
      Citation.of(TIAOLI, 3).withQuote("职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。");

  /** 实施办法 art. 4: cumulative time with every employer. */
  public static final Citation CUMULATIVE =
      Citation.of(BANFA, 4).withQuote("职工在同一或者不同用人单位工作期间……应当计为累计工作时间");

  /** 实施办法 art. 5: the joiner's pro-rating. */
  public static final Citation JOINER =
      Citation.of(BANFA, 5).withQuote("（当年度在本单位剩余日历天数÷365天）×职工本人全年应当享受的年休假天数");

  /** 实施办法 art. 12: the leaver's pro-rating. */
  public static final Citation LEAVER =
      Citation.of(BANFA, 12).withQuote("（当年度在本单位已过日历天数÷365天）×职工本人全年应当享受的年休假天数-当年度已安排年休假天数");

  /** 条例 art. 4 (一): 寒暑假 longer than the leave. */
  public static final Citation VACATION =
      Citation.of(TIAOLI, 4, 1, 1).withQuote("职工依法享受寒暑假，其休假天数多于年休假天数的");

  /** 条例 art. 4 (二): 事假 of 20 days or more without deduction. */
  public static final Citation PERSONAL_LEAVE =
      Citation.of(TIAOLI, 4, 1, 2).withQuote("职工请事假累计20天以上且单位按照规定不扣工资的");

  /** 条例 art. 4 (三)–(五): sick leave by band. */
  public static final Citation[] SICK_LEAVE = {
    Citation.of(TIAOLI, 4, 1, 3).withQuote("累计工作满1年不满10年的职工，请病假累计2个月以上的"),
    Citation.of(TIAOLI, 4, 1, 4).withQuote("累计工作满10年不满20年的职工，请病假累计3个月以上的"),
    Citation.of(TIAOLI, 4, 1, 5).withQuote("累计工作满20年以上的职工，请病假累计4个月以上的")
  };

  /** 实施办法 art. 10 ¶1: 300% of which the normal wage is part. */
  public static final Citation PAY =
      Citation.of(BANFA, 10, 1).withQuote("按照其日工资收入的300%支付未休年休假工资报酬，其中包含用人单位支付职工正常工作期间的工资收入");

  /** 实施办法 art. 10 ¶2: a written own-reason refusal leaves only the normal wage. */
  public static final Citation REFUSAL =
      Citation.of(BANFA, 10, 2).withQuote("职工因本人原因且书面提出不休年休假的，用人单位可以只支付其正常工作期间的工资收入");

  /** 实施办法 art. 11: the daily wage. */
  public static final Citation DAILY_WAGE =
      Citation.of(BANFA, 11).withQuote("日工资收入按照职工本人的月工资除以月计薪天数（21.75天）进行折算");
}
