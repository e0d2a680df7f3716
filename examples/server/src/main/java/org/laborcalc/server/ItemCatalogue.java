package org.laborcalc.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.arbitration.ClaimType;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.illegal.IllegalItem;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.leave.LeaveLine;
import org.laborcalc.noncompete.NonCompeteLine;
import org.laborcalc.probation.ProbationLine;
import org.laborcalc.result.Note;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.sickleave.SickLeaveLine;

/**
 * The item (claim) codes a result's lines carry, by calculation kind, with their Chinese and
 * English names — what a form needs to label an expense or an amount already paid. The enums of the
 * calculations that have one are read as they are; the names of the others are the ones their lines
 * give (a test computes every example case and checks each line's code and name against this list,
 * so the two cannot drift apart).
 */
final class ItemCatalogue {
  /** One code and its names. */
  record Item(String code, String nameZh, String nameEn) {}

  private final Map<String, List<Item>> byKind;

  private ItemCatalogue(Map<String, List<Item>> byKind) {
    this.byKind = byKind;
  }

  /** The items of the built-in calculations, in their registration order. */
  static ItemCatalogue builtIn() {
    Map<String, List<Item>> m = new LinkedHashMap<>();
    for (String kind : Calculations.builtIn().kinds()) {
      m.put(kind, List.copyOf(items(kind)));
    }
    return new ItemCatalogue(m);
  }

  Map<String, List<Item>> byKind() {
    return byKind;
  }

  private static List<Item> items(String kind) {
    List<Item> out = new ArrayList<>();
    switch (kind) {
      case "work-injury" -> {
        for (BenefitItem i : BenefitItem.values()) {
          out.add(new Item(i.name(), i.nameZh(), i.nameEn()));
        }
      }
      case "illegal-employment" -> {
        for (IllegalItem i : IllegalItem.values()) {
          out.add(new Item(i.name(), i.nameZh(), i.nameEn()));
        }
      }
      case "severance" -> {
        for (SeveranceItem i : SeveranceItem.values()) {
          out.add(of(i.name(), i.displayName()));
        }
      }
      case "annual-leave" ->
          out.add(new Item(LeaveLine.CODE, "未休年休假工资报酬", "pay for unused annual leave"));
      case "overtime" -> {
        // overtime.internal.OvertimePay: 劳动法 art. 44 (1)–(3), 工资支付暂行规定 art. 13.
        out.add(
            new Item("OVERTIME_WEEKDAY", "延长工作时间加班工资（150%）", "overtime on working days (150%)"));
        out.add(
            new Item(
                "OVERTIME_REST_DAY", "休息日加班工资（200%）", "rest-day work without time off (200%)"));
        out.add(new Item("OVERTIME_HOLIDAY", "法定休假日加班工资（300%）", "statutory-holiday work (300%)"));
        out.add(new Item("OVERTIME_ALREADY_PAID", "已支付加班工资", "overtime pay already paid"));
      }
      case "double-wage" -> {
        out.add(
            new Item(
                DoubleWageLine.SECOND_WAGE,
                "未订立书面劳动合同的第二倍工资",
                "the second wage, no written contract"));
        out.add(
            new Item(
                DoubleWageLine.DEEMED_OPEN_ENDED,
                "视为已订立无固定期限劳动合同",
                "open-ended contract deemed concluded"));
        out.add(new Item(DoubleWageLine.NOT_DUE, "二倍工资不予支付", "no double wage due"));
      }
      case "wage-arrears" -> {
        out.add(new Item(WageArrearsLine.WAGE_ARREARS, "拖欠工资", "unpaid wages"));
        out.add(
            new Item(
                WageArrearsLine.MINIMUM_WAGE_SHORTFALL,
                "低于最低工资标准的差额",
                "shortfall below the minimum wage"));
        out.add(
            new Item(
                WageArrearsLine.MINIMUM_WAGE_NOT_COMPARED,
                "未提供正常劳动，不与最低工资标准比较",
                "no normal work: not compared with the minimum wage"));
        out.add(
            new Item(
                WageArrearsLine.ADDITIONAL_COMPENSATION,
                "加付赔偿金",
                "additional compensation (art. 85)"));
        out.add(
            new Item(
                WageArrearsLine.ADDITIONAL_COMPENSATION_NOT_DUE,
                "加付赔偿金不予支付",
                "no additional compensation due"));
      }
      case "non-compete" -> {
        out.add(new Item(NonCompeteLine.COMPENSATION, "竞业限制经济补偿", "non-compete compensation"));
        out.add(
            new Item(
                NonCompeteLine.RELEASE_EXTRA,
                "解除竞业限制协议时额外支付的三个月经济补偿",
                "three further months on the release"));
        out.add(new Item(NonCompeteLine.PAID, "已支付的经济补偿", "compensation already paid"));
        out.add(
            new Item(
                NonCompeteLine.LIQUIDATED_DAMAGES,
                "违反竞业限制的违约金",
                "liquidated damages for the breach"));
        out.add(
            new Item(
                NonCompeteLine.RETURN_OF_COMPENSATION,
                "返还已支付的经济补偿",
                "return of compensation paid"));
      }
      case "sick-leave" -> out.add(new Item(SickLeaveLine.SICK_PAY, "病假工资", "sick pay"));
      case "probation-damages" ->
          out.add(
              new Item(
                  ProbationLine.PROBATION_DAMAGES,
                  "违法约定试用期的赔偿金",
                  "damages for an unlawful probation period"));
      case "arbitration" -> {
        // An arbitration case's claims, by their type; each claim's lines carry the codes of the
        // kind that computes it.
        for (ClaimType t : ClaimType.values()) {
          out.add(of(t.name(), t.displayName()));
        }
      }
      default -> {
        // A calculation registered later without a catalogue entry lists no items.
      }
    }
    return out;
  }

  private static Item of(String code, Note name) {
    return new Item(code, name.zh(), name.en());
  }
}
