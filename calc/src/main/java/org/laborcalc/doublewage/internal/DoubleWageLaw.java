package org.laborcalc.doublewage.internal;

import org.laborcalc.doublewage.DoubleWageCase.FindingKind;
import org.laborcalc.doublewage.DoubleWageCase.OpenEndedGround;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/** The articles the double-wage rules cite, with the words relied on (from texts/). */
public final class DoubleWageLaw {
  private DoubleWageLaw() {}

  private static final Instrument LCL = Instruments.get("laodong-hetong-fa");
  private static final Instrument TIAOLI = Instruments.get("laodong-hetong-fa-shishi-tiaoli");
  private static final Instrument J1 = Instruments.get("laodong-zhengyi-jieshi-1");
  private static final Instrument J2 = Instruments.get("laodong-zhengyi-jieshi-2");
  private static final Instrument SHANDONG = Instruments.get("shandong-laodong-hetong-tiaoli");
  private static final Instrument PAY = Instruments.get("gongzi-zhifu-zanxing-guiding");

  /** 劳动合同法 art. 10 ¶2: a written contract within a month of 用工之日. */
  static final Citation WITHIN_A_MONTH =
      Citation.of(LCL, 10, 2).withQuote("已建立劳动关系，未同时订立书面劳动合同的，应当自用工之日起一个月内订立书面劳动合同。");

  /** 劳动合同法 art. 14 ¶3: a year without one and the contract is deemed open-ended. */
  static final Citation DEEMED =
      Citation.of(LCL, 14, 3).withQuote("用人单位自用工之日起满一年不与劳动者订立书面劳动合同的，视为用人单位与劳动者已订立无固定期限劳动合同。");

  /** 劳动合同法 art. 82 ¶1. */
  static final Citation NO_CONTRACT =
      Citation.of(LCL, 82, 1).withQuote("用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。");

  /** 劳动合同法 art. 82 ¶2. */
  static final Citation OPEN_ENDED_REFUSED =
      Citation.of(LCL, 82, 2)
          .withQuote("用人单位违反本法规定不与劳动者订立无固定期限劳动合同的，自应当订立无固定期限劳动合同之日起向劳动者每月支付二倍的工资。");

  /** 劳动合同法 art. 97 ¶2: relationships of before 2008 without a written contract. */
  static final Citation BEFORE_2008 =
      Citation.of(LCL, 97, 2).withQuote("本法施行前已建立劳动关系，尚未订立书面劳动合同的，应当自本法施行之日起一个月内订立。");

  /** 实施条例 art. 6 ¶2: the first and last day of the period. */
  static final Citation PERIOD =
      Citation.of(TIAOLI, 6, 2)
          .withQuote("前款规定的用人单位向劳动者每月支付两倍工资的起算时间为用工之日起满一个月的次日，截止时间为补订书面劳动合同的前一日。");

  /** 实施条例 art. 7: the one-year limit and the deemed open-ended contract. */
  static final Citation ONE_YEAR =
      Citation.of(TIAOLI, 7)
          .withQuote(
              "自用工之日起满一个月的次日至满一年的前一日应当依照劳动合同法第八十二条的规定向劳动者每月支付两倍的工资，并视为自用工之日起满一年的当日已经与劳动者订立无固定期限劳动合同");

  /** 解释（二） art. 6: by the month, a part month by its working days. */
  static final Citation BY_MONTH = Citation.of(J2, 6).withQuote("二倍工资按月计算；不满一个月的，按该月实际工作日计算。");

  /** 解释（二） art. 9: nothing for the time the contract is deemed open-ended. */
  static final Citation NOT_DURING_DEEMED =
      Citation.of(J2, 9).withQuote("请求用人单位支付视为已与劳动者订立无固定期限劳动合同期间二倍工资的，人民法院不予支持。");

  /** 解释（一） art. 34 ¶1: an expired contract continues on its terms. */
  static final Citation CONTINUED =
      Citation.of(J1, 34, 1).withQuote("劳动合同期满后，劳动者仍在原用人单位工作，原用人单位未表示异议的，视为双方同意以原条件继续履行劳动合同。");

  /** 山东省劳动合同条例 art. 57. */
  static final Citation SHANDONG_EXPIRED =
      Citation.of(SHANDONG, 57)
          .withQuote(
              "劳动合同期满，劳动者在用人单位安排下继续提供劳动，用人单位自劳动合同期满之日起超过一个月未满一年未与劳动者续订劳动合同的，应当向劳动者每月支付二倍的工资。");

  /** 山东省劳动合同条例 art. 17: over a year and the contract is deemed open-ended. */
  static final Citation SHANDONG_DEEMED =
      Citation.of(SHANDONG, 17).withQuote("超过一年不与劳动者续订劳动合同的，视为与劳动者已经订立无固定期限劳动合同。");

  /** 工资支付暂行规定 art. 7: the pay day, brought forward before a rest day or holiday. */
  static final Citation PAY_DAY =
      Citation.of(PAY, 7).withQuote("工资必须在用人单位与劳动者约定的日期支付。如遇节假日或休息日，则应提前在最近的工作日支付。");

  /** The day Shandong's regulation came into force (its art. 62). */
  static final java.time.LocalDate SHANDONG_IN_FORCE = java.time.LocalDate.of(2013, 10, 1);

  /** 劳动合同法 art. 14 ¶2 item by item. */
  static Citation openEndedGround(OpenEndedGround g) {
    return switch (g) {
      case TEN_YEARS -> Citation.of(LCL, 14, 2, 1).withQuote("劳动者在该用人单位连续工作满十年的");
      case RESTRUCTURING_NEAR_RETIREMENT ->
          Citation.of(LCL, 14, 2, 2)
              .withQuote("用人单位初次实行劳动合同制度或者国有企业改制重新订立劳动合同时，劳动者在该用人单位连续工作满十年且距法定退休年龄不足十年的");
      case TWO_FIXED_TERMS ->
          Citation.of(LCL, 14, 2, 3)
              .withQuote("连续订立二次固定期限劳动合同，且劳动者没有本法第三十九条和第四十条第一项、第二项规定的情形，续订劳动合同的");
    };
  }

  /** 劳动合同法 art. 14 ¶2's condition: the worker asks or agrees, and not for a fixed term. */
  static final Citation OPEN_ENDED_CONDITION =
      Citation.of(LCL, 14, 2).withQuote("劳动者提出或者同意续订、订立劳动合同的，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同");

  /** The article that makes a finding exclude days. */
  static Citation finding(FindingKind k) {
    return switch (k) {
      case FORCE_MAJEURE -> Citation.of(J2, 7, 1, 1).withQuote("因不可抗力导致未订立的");
      case WORKER_FAULT -> Citation.of(J2, 7, 1, 2).withQuote("因劳动者本人故意或者重大过失未订立的");
      case OTHER_STATUTORY_GROUND -> Citation.of(J2, 7, 1, 3).withQuote("法律、行政法规规定的其他情形");
      case EXTENDED_ART_42 -> Citation.of(J2, 8, 1, 1).withQuote("劳动合同法第四十二条规定的用人单位不得解除劳动合同的");
      case EXTENDED_SERVICE_PERIOD ->
          Citation.of(J2, 8, 1, 2).withQuote("劳动合同法实施条例第十七条规定的服务期尚未到期的");
      case EXTENDED_UNION_TERM -> Citation.of(J2, 8, 1, 3).withQuote("工会法第十九条规定的任期未届满的");
    };
  }
}
