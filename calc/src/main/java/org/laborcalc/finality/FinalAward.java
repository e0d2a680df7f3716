package org.laborcalc.finality;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Note;

/**
 * 终局裁决 item by item. 劳动争议调解仲裁法 art. 47: "下列劳动争议，除本法另有规定的外，仲裁裁决为终局裁决…（一）追索劳动报酬、
 * 工伤医疗费、经济补偿或者赔偿金，不超过当地月最低工资标准十二个月金额的争议；（二）因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议"。 解释（一） art. 19 and
 * 办案规则 art. 50 ¶1 compare each item on its own ("每项确定的数额", "单项裁决数额"), so two items under the
 * threshold are both final whatever their sum (ARBITRATION.md FI-2). "不超过" includes equality: an
 * item exactly at the threshold is final, one fen above it is not. An award with both kinds is made
 * as two (办案规则 art. 50 ¶4). Stateless.
 */
public final class FinalAward {
  private FinalAward() {}

  /**
   * One item's finality against {@code threshold} (empty when no minimum wage is held: an item of
   * art. 47 (一) is then {@link FinalityStatus#UNDETERMINED}).
   */
  public static ItemFinality assess(AwardItem item, Optional<FinalityThreshold> threshold) {
    requireNonNull(item, "item");
    requireNonNull(threshold, "threshold");
    AwardClass c = item.awardClass();
    List<Citation> cited = new ArrayList<>(c.citations());
    if (c == AwardClass.LABOUR_STANDARDS) {
      return new ItemFinality(
          item,
          FinalityStatus.FINAL,
          Optional.empty(),
          new Note(
              "属于因执行国家的劳动标准发生的争议，不论数额，为终局裁决",
              "a dispute over the national labour standards: final whatever the amount"),
          cited);
    }
    if (!c.amountTest()) {
      return new ItemFinality(
          item,
          FinalityStatus.NOT_FINAL,
          Optional.empty(),
          new Note(
              "不属于追索劳动报酬、工伤医疗费、经济补偿或者赔偿金，也不属于执行国家劳动标准的争议，为非终局裁决",
              "neither a claim for remuneration, work-injury medical costs, compensation or damages"
                  + " nor a labour-standards dispute: not final"),
          cited);
    }
    cited.add(FinalityLaw.EACH_ITEM);
    cited.add(FinalityLaw.SINGLE_ITEM);
    if (threshold.isEmpty()) {
      return new ItemFinality(
          item,
          FinalityStatus.UNDETERMINED,
          Optional.empty(),
          new Note(
              "缺少当地月最低工资标准，无法确定是否超过其十二个月金额",
              "no local monthly minimum wage is held, so the twelve-month threshold is unknown"),
          cited);
    }
    FinalityThreshold t = threshold.get();
    String amount = item.amount().toGroupedString();
    String limit =
        FinalityThreshold.MONTHS
            + " × "
            + t.minimumMonthlyWage().toGroupedString()
            + " = "
            + t.amount().toGroupedString();
    boolean isFinal = !item.amount().isGreaterThan(t.amount());
    Note reason =
        isFinal
            ? new Note(
                "数额" + amount + "元不超过当地月最低工资标准十二个月金额（" + limit + "元），为终局裁决",
                "the amount "
                    + amount
                    + " is not above twelve months' minimum wage ("
                    + limit
                    + "): final")
            : new Note(
                "数额" + amount + "元超过当地月最低工资标准十二个月金额（" + limit + "元），为非终局裁决",
                "the amount "
                    + amount
                    + " is above twelve months' minimum wage ("
                    + limit
                    + "): not final");
    return new ItemFinality(
        item,
        isFinal ? FinalityStatus.FINAL : FinalityStatus.NOT_FINAL,
        Optional.of(t.amount()),
        reason,
        cited);
  }

  /** Every item's finality, the totals of each kind and whether the award must be split. */
  public static FinalityResult assess(
      List<AwardItem> items, Optional<FinalityThreshold> threshold) {
    requireNonNull(items, "items");
    requireNonNull(threshold, "threshold");
    List<ItemFinality> out = new ArrayList<>();
    Money fin = Money.ZERO;
    Money non = Money.ZERO;
    Money open = Money.ZERO;
    for (AwardItem item : items) {
      ItemFinality f = assess(item, threshold);
      out.add(f);
      switch (f.status()) {
        case FINAL -> fin = fin.plus(item.amount());
        case NOT_FINAL -> non = non.plus(item.amount());
        case UNDETERMINED -> open = open.plus(item.amount());
      }
    }
    boolean anyFinal = out.stream().anyMatch(f -> f.status() == FinalityStatus.FINAL);
    boolean anyNon = out.stream().anyMatch(f -> f.status() == FinalityStatus.NOT_FINAL);
    boolean anyOpen = out.stream().anyMatch(f -> f.status() == FinalityStatus.UNDETERMINED);
    Optional<Boolean> split;
    if (anyFinal && anyNon) {
      split = Optional.of(true);
    } else if (anyOpen && (anyFinal || anyNon || out.size() > 1)) {
      split = Optional.empty();
    } else {
      split = Optional.of(false);
    }
    return new FinalityResult(
        out,
        threshold,
        fin,
        non,
        open,
        split,
        split.orElse(false) ? List.of(FinalityLaw.SPLIT) : List.of());
  }
}
