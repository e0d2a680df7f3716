package org.laborcalc.wage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the month table leaves for the tribunal to check, each a {@link WageWarning} with a stable
 * code, in a fixed order. Immutable and thread-safe.
 */
final class FindingsWarnings {
  private final WageOptions options;
  private final WindowMonths months;

  FindingsWarnings(WageOptions options, WindowMonths months) {
    this.options = options;
    this.months = months;
  }

  List<WageWarning> aboutMonths(
      List<MonthRow> rows, List<YearMonth> conflictMonths, WageDetermination.Basis basis) {
    List<WageWarning> w = new ArrayList<>();
    WageWindow window = months.window();
    String eventZh = window.anchor().labelZh();
    String eventEn = window.anchor().labelEn();
    int length = window.monthsBefore();
    int windowMonths = rows.size();
    if (windowMonths > 0 && windowMonths < length) {
      w.add(
          new WageWarning(
              // The code names the length of both statutory windows (art. 64, art. 47).
              "FEWER_THAN_TWELVE_MONTHS",
              eventZh
                  + "前工作不满"
                  + length
                  + "个月，按实际工作的"
                  + windowMonths
                  + "个月（"
                  + Explanation.month(months.first())
                  + "至"
                  + Explanation.month(months.last())
                  + "）计算月平均工资（参照"
                  + WageLaw.FEWER_MONTHS.toChinese()
                  + "）",
              "fewer than "
                  + (length == 12 ? "twelve" : String.valueOf(length))
                  + " months worked before "
                  + eventEn
                  + ": the average is over the "
                  + windowMonths
                  + " months worked ("
                  + months.first()
                  + " to "
                  + months.last()
                  + "), as under the Labour Contract Law Implementing Regulation art. 27"));
    }
    List<YearMonth> noEvidence =
        monthsWith(rows, r -> r.status() == MonthRow.Status.NO_USABLE_EVIDENCE);
    if (!noEvidence.isEmpty()) {
      w.add(
          new WageWarning(
              "MONTHS_WITHOUT_USABLE_EVIDENCE",
              "以下月份没有可以认定工资的证据，未计入平均：" + join(noEvidence, "、"),
              "no usable evidence, left out of the average: " + join(noEvidence, ", ")));
    }
    List<YearMonth> excluded =
        monthsWith(rows, r -> r.status() == MonthRow.Status.EXCLUDED_INCOMPLETE);
    if (!excluded.isEmpty()) {
      w.add(
          new WageWarning(
              "INCOMPLETE_MONTH_EXCLUDED",
              "以下月份不足整月，已有完整月份可以计算，按选定规则不计入平均：" + join(excluded, "、"),
              "incomplete months left out because complete months have evidence: "
                  + join(excluded, ", ")));
    }
    List<YearMonth> proRated =
        monthsWith(
            rows,
            r ->
                r.status() == MonthRow.Status.USED
                    && !r.complete()
                    && r.chosen().orElseThrow().kind().recordsPaymentForTheMonth());
    if (!proRated.isEmpty()) {
      boolean byPolicy = options.partialMonthPolicy() == PartialMonthPolicy.PRO_RATE;
      w.add(
          new WageWarning(
              "INCOMPLETE_MONTH_PRO_RATED",
              "以下月份不足整月，"
                  + (byPolicy ? "按选定规则" : "因没有完整月份可以计算，")
                  + "按日历天数折算为整月后计入平均："
                  + join(proRated, "、"),
              "incomplete months scaled to a full month by calendar days"
                  + (byPolicy ? " (policy PRO_RATE)" : " because no complete month has evidence")
                  + ": "
                  + join(proRated, ", ")));
    }
    if (!conflictMonths.isEmpty()) {
      ConflictPolicy p = options.conflictPolicy();
      w.add(
          new WageWarning(
              "CONFLICT_SETTLED_BY_POLICY",
              "以下月份证明力相当的证据金额不一致，按“" + p.labelZh() + "”规则认定，请仲裁庭确认：" + join(conflictMonths, "、"),
              "equally credible evidence disagreed, settled by the policy "
                  + p
                  + " (for the tribunal to confirm): "
                  + join(conflictMonths, ", ")));
    }
    List<YearMonth> inferred = monthsWith(rows, r -> usedKind(r) == EvidenceKind.WORKER_STATEMENT);
    if (!inferred.isEmpty()) {
      w.add(
          new WageWarning(
              "ADVERSE_INFERENCE_APPLIED",
              "用人单位经责令未提供工资支付记录，以下月份按劳动者主张的数额认定：" + join(inferred, "、"),
              "the employer did not produce the wage records it was ordered to; the worker's"
                  + " account was accepted for: "
                  + join(inferred, ", ")));
    }
    List<YearMonth> weak =
        monthsWith(
            rows,
            r ->
                r.status() == MonthRow.Status.USED
                    && r.chosen().orElseThrow().credibility().compareTo(Credibility.DOCUMENTARY)
                        < 0);
    if (!weak.isEmpty()) {
      w.add(
          new WageWarning(
              "WEAK_BASIS",
              "以下月份仅有证明力较弱的证据（合同约定、证人证言或无签字的工资表），请仲裁庭审查：" + join(weak, "、"),
              "fixed only on weaker evidence (contract, witness or unsigned payroll), for the"
                  + " tribunal to review: "
                  + join(weak, ", ")));
    }
    List<YearMonth> otherPayer =
        monthsWith(
            rows,
            r ->
                usedKind(r) == EvidenceKind.BANK_STATEMENT
                    && !r.chosen().orElseThrow().items().get(0).payerIsEmployer());
    if (!otherPayer.isEmpty()) {
      w.add(
          new WageWarning(
              "PAYER_NOT_EMPLOYER",
              "以下月份依据付款人不是用人单位的银行流水认定，须有其他证据证明系本单位工资：" + join(otherPayer, "、"),
              "fixed on deposits from a payer other than the employer, which need other proof"
                  + " that they are this employer's wage: "
                  + join(otherPayer, ", ")));
    }
    boolean netUsed =
        rows.stream()
            .filter(r -> r.status() == MonthRow.Status.USED)
            .map(r -> r.chosen().orElseThrow())
            .anyMatch(a -> a.items().stream().anyMatch(EvidenceItem::netOfDeductions));
    if (netUsed && options.grossUp() == GrossUpPolicy.AS_RECORDED) {
      w.add(
          new WageWarning(
              "NET_AMOUNTS_AS_RECORDED",
              "银行流水等所载为扣除个人应缴社会保险费、个人所得税等之后的实发数，本计算按记载金额使用，未还原为应发工资；" + "如有代扣代缴，应发工资高于所认定的数额",
              "bank deposits are net of the worker's contributions and tax withheld; they are used"
                  + " as recorded, not grossed up, so where anything was withheld the gross wage is"
                  + " higher than found"));
    }
    if (options.grossUp() == GrossUpPolicy.DIVIDE_BY_NET_SHARE && netUsed) {
      SourcedFigure r = options.grossUpDeductionRate();
      w.add(
          new WageWarning(
              "GROSSED_UP",
              "实发数按扣除比例" + r.value().toPlainString() + "（" + r.description() + "）还原为应发工资",
              "net amounts grossed up at deduction rate "
                  + r.value().toPlainString()
                  + " ("
                  + r.description()
                  + ")"));
    }
    if (basis == WageDetermination.Basis.CONTRACT_FALLBACK) {
      w.add(
          new WageWarning(
              "CONTRACT_FALLBACK",
              eventZh + "前没有可以认定实际工资的月份，以劳动合同约定的工资作为月平均工资",
              "no month before "
                  + eventEn
                  + " has usable evidence of pay: the contract's agreed wage"
                  + " stands in for the average"));
    }
    return w;
  }

  List<WageWarning> aboutWindow(List<AssessedEvidence> outside) {
    if (outside.isEmpty()) {
      return List.of();
    }
    return List.of(
        new WageWarning(
            "EVIDENCE_OUTSIDE_WINDOW",
            outside.size() + "项证据所涉月份不在计算期间内，未予计算",
            outside.size() + " items are for months outside the window and were not used"));
  }

  List<WageWarning> aboutFigures() {
    if (options.grossUp() != GrossUpPolicy.DIVIDE_BY_NET_SHARE) {
      return List.of();
    }
    return WageWarning.figureNotPrimary(options.grossUpDeductionRate()).stream().toList();
  }

  private static EvidenceKind usedKind(MonthRow r) {
    return r.status() == MonthRow.Status.USED ? r.chosen().orElseThrow().kind() : null;
  }

  private static List<YearMonth> monthsWith(List<MonthRow> rows, Predicate<MonthRow> test) {
    List<YearMonth> out = new ArrayList<>();
    for (MonthRow r : rows) {
      if (test.test(r)) {
        out.add(r.month());
      }
    }
    return out;
  }

  private static String join(List<YearMonth> months, String sep) {
    return months.stream()
        .map(m -> sep.equals("、") ? Explanation.month(m) : m.toString())
        .collect(Collectors.joining(sep));
  }
}
