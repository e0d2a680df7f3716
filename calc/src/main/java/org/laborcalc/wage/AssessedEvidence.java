package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;

/**
 * How the determination treated one piece of evidence for one month: chosen, or not and why. Bank
 * deposits of one month from the same kind of payer are assessed together, as the month's deposits.
 * Immutable and thread-safe.
 *
 * @param items the evidence items assessed together (one, or a month's bank deposits), in a
 *     deterministic order
 * @param kind their kind
 * @param recordedAmount the amount as recorded (a month's deposits: their sum)
 * @param amount the amount as it would be used: grossed up and pro-rated where the options say so,
 *     rounded half-up to the fen (a named rounding point); equal to {@code recordedAmount} when no
 *     adjustment applies
 * @param adjustmentZh how {@code amount} was obtained from {@code recordedAmount}, with the
 *     figures; empty when equal
 * @param adjustmentEn the same in English
 * @param credibility its weight for the amount of the month's wage
 * @param outcome what became of it
 * @param reasonZh why, in Chinese: its credibility and, when not chosen, why not
 * @param reasonEn the same in English
 * @param citations the articles the reason rests on
 */
public record AssessedEvidence(
    List<EvidenceItem> items,
    EvidenceKind kind,
    Money recordedAmount,
    Money amount,
    String adjustmentZh,
    String adjustmentEn,
    Credibility credibility,
    Outcome outcome,
    String reasonZh,
    String reasonEn,
    List<Citation> citations) {

  /** What became of a piece of evidence for a month. */
  public enum Outcome {
    /** The month's wage is fixed on it. */
    CHOSEN("采信", "chosen"),
    /** Not chosen, but agrees with the chosen amount. */
    CORROBORATES("与采信金额一致，予以印证", "agrees with the chosen amount"),
    /** As credible as the chosen evidence but disagreeing; the conflict policy settled it. */
    OUTWEIGHED_BY_POLICY("与采信证据证明力相当但金额不一致，按冲突处理规则不予采信", "settled by the conflict policy"),
    /** Less credible than the chosen evidence. */
    LESS_CREDIBLE("证明力低于采信证据，不予采信", "less credible than the chosen evidence"),
    /** A party's own statement with nothing else for the month: cannot stand alone. */
    INSUFFICIENT_ALONE("不能单独作为认定依据", "cannot stand alone"),
    /** Flagged as not wage: excluded. */
    NON_WAGE("非工资性收入，予以剔除", "not wage: excluded"),
    /** A declared contribution base: kept apart from the wage. */
    CONTRIBUTION_BASE("缴费基数记录，另行列明", "declared contribution base: reported apart"),
    /** For a month outside the twelve before the injury. */
    OUTSIDE_WINDOW("不在受伤前12个月内，不予计算", "outside the twelve months before the injury");

    private final String labelZh;
    private final String labelEn;

    Outcome(String labelZh, String labelEn) {
      this.labelZh = labelZh;
      this.labelEn = labelEn;
    }

    public String labelZh() {
      return labelZh;
    }

    public String labelEn() {
      return labelEn;
    }
  }

  public AssessedEvidence {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    requireNonNull(kind, "kind");
    requireNonNull(recordedAmount, "recordedAmount");
    requireNonNull(amount, "amount");
    requireNonNull(adjustmentZh, "adjustmentZh");
    requireNonNull(adjustmentEn, "adjustmentEn");
    requireNonNull(credibility, "credibility");
    requireNonNull(outcome, "outcome");
    requireNonNull(reasonZh, "reasonZh");
    requireNonNull(reasonEn, "reasonEn");
    citations = Citation.distinct(citations);
  }

  /** How the evidence is referred to: kind and exhibit labels, e.g. {@code 银行工资卡流水（证据3）}. */
  public String labelZh() {
    String ids =
        items.stream()
            .map(EvidenceItem::id)
            .filter(id -> !id.isEmpty())
            .distinct()
            .reduce((a, b) -> a + "、" + b)
            .orElse("");
    return ids.isEmpty() ? kind.labelZh() : kind.labelZh() + "（" + ids + "）";
  }

  /** English counterpart of {@link #labelZh()}. */
  public String labelEn() {
    String ids =
        items.stream()
            .map(EvidenceItem::id)
            .filter(id -> !id.isEmpty())
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    return ids.isEmpty() ? kind.labelEn() : kind.labelEn() + " (" + ids + ")";
  }
}
