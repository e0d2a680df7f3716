package org.laborcalc.wage;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.wage.AssessedEvidence.Outcome;

/**
 * A candidate for a month's wage: one item, or a month's deposits from one kind of payer, with its
 * amount as adjusted by {@link MonthAmount}.
 */
record Candidate(
    List<EvidenceItem> items,
    EvidenceKind kind,
    Money recorded,
    Money amount,
    String adjustmentZh,
    String adjustmentEn,
    Assessment assessment) {

  Credibility credibility() {
    return assessment.credibility();
  }

  AssessedEvidence as(Outcome outcome, String reasonZh, String reasonEn, List<Citation> cites) {
    return new AssessedEvidence(
        items,
        kind,
        recorded,
        amount,
        adjustmentZh,
        adjustmentEn,
        assessment.credibility(),
        outcome,
        reasonZh,
        reasonEn,
        cites);
  }
}
