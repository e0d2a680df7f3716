package org.laborcalc.probation.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.Violation;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.probation.ProbationCase;
import org.laborcalc.probation.ProbationCase.ContractKind;

/**
 * The checks of a probation case, each problem at its path in the case file (the names the typed
 * case's components carry). Stateless.
 */
public final class CaseChecks {
  private CaseChecks() {}

  /** Every problem of the case; empty when the engine may run. */
  public static List<Violation> check(ProbationCase c) {
    List<Violation> vs = new ArrayList<>();
    Fields.date(c.contractStart(), "case.contractStart", vs);
    Fields.date(c.contractEnd(), "case.contractEnd", vs);
    Fields.date(c.probationFrom(), "case.probationFrom", vs);
    Fields.date(c.probationTo(), "case.probationTo", vs);
    Fields.date(c.performedThrough(), "case.performedThrough", vs);
    if (!vs.isEmpty()) {
      return vs;
    }
    boolean fixed = c.contract() == ContractKind.FIXED_TERM;
    if (fixed && c.contractEnd() == null) {
      vs.add(
          Violation.of(
              "case.contractEnd",
              "REQUIRED",
              "固定期限劳动合同须写明期限的最后一日（劳动合同法第十九条第一款按期限确定试用期上限）",
              "a fixed-term contract needs its last day (劳动合同法 art. 19 ¶1 sets the limit by the term)"));
    }
    if (!fixed && c.contractEnd() != null) {
      vs.add(
          Fields.invalid(
              "case.contractEnd",
              "仅固定期限劳动合同有期限的最后一日",
              "only a fixed-term contract has a last day"));
    }
    if (c.contractEnd() != null && c.contractEnd().isBefore(c.contractStart())) {
      vs.add(
          Fields.invalid(
              "case.contractEnd", "合同期限的最后一日早于第一日", "contractEnd is before contractStart"));
    }
    if (c.probationFrom().isBefore(c.contractStart())) {
      vs.add(
          Fields.invalid(
              "case.probationFrom",
              "试用期早于劳动合同期限开始（劳动合同法第十九条第四款：试用期包含在劳动合同期限内）",
              "the probation starts before the contract (劳动合同法 art. 19 ¶4: it is within the term)"));
    }
    if (c.probationTo().isBefore(c.probationFrom())) {
      vs.add(
          Fields.invalid(
              "case.probationTo", "试用期的最后一日早于第一日", "probationTo is before probationFrom"));
    }
    if (c.contractEnd() != null && c.probationTo().isAfter(c.contractEnd()) && !c.onlyProbation()) {
      vs.add(
          Fields.invalid(
              "case.probationTo",
              "试用期超出劳动合同期限（劳动合同法第十九条第四款：试用期包含在劳动合同期限内）",
              "the probation runs past the contract's term (劳动合同法 art. 19 ¶4)"));
    }
    if (c.performedThrough().isBefore(c.probationFrom())) {
      vs.add(
          Fields.invalid(
              "case.performedThrough",
              "试用期履行的最后一日早于试用期开始",
              "performedThrough is before the probation starts"));
    }
    if (!c.monthlyWage().isPositive()) {
      vs.add(
          Fields.invalid(
              "case.monthlyWage", "试用期满月工资须为正的金额", "monthlyWage must be a positive amount"));
    }
    return vs;
  }
}
