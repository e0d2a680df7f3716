package org.laborcalc.wage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;

/** The plain Chinese text of a determination, for an award (证据规定第九十七条: reasons stated). */
final class Explanation {
  private Explanation() {}

  private static final String[] SECTION = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  static String zh(WageDetermination d) {
    StringBuilder sb = new StringBuilder();
    int section = 0;
    sb.append("工资认定说明\n\n");

    sb.append(SECTION[section++]).append("、计算期间\n");
    sb.append("受伤日期：")
        .append(date(d.injuryDate()))
        .append("；入职日期：")
        .append(date(d.employmentStart()))
        .append("。\n");
    YearMonth injuryMonth = YearMonth.from(d.injuryDate());
    sb.append("受伤前12个月为")
        .append(month(injuryMonth.minusMonths(12)))
        .append("至")
        .append(month(injuryMonth.minusMonths(1)))
        .append("（受伤当月不计）");
    if (d.months().isEmpty()) {
      sb.append("；劳动者于受伤当月入职，受伤前没有完整的工作月份。\n");
    } else if (d.months().size() < 12) {
      sb.append("；劳动者工作不满12个月，按实际工作的")
          .append(month(d.firstMonth()))
          .append("至")
          .append(month(d.lastMonth()))
          .append("共")
          .append(d.months().size())
          .append("个月计算（参照")
          .append(WageLaw.FEWER_MONTHS.toChinese())
          .append("）。\n");
    } else {
      sb.append("。\n");
    }
    sb.append(rules(d)).append('\n');

    if (!d.months().isEmpty()) {
      sb.append(SECTION[section++]).append("、逐月认定\n");
      List<MonthRow> rows = d.months();
      int i = 0;
      while (i < rows.size()) {
        // Consecutive months treated alike are stated once, as an award would.
        int j = i + 1;
        while (j < rows.size() && sameTreatment(rows.get(i), rows.get(j))) {
          j++;
        }
        MonthRow r = rows.get(i);
        int count = j - i;
        sb.append(month(r.month()));
        if (count > 1) {
          sb.append("至")
              .append(month(rows.get(j - 1).month()))
              .append("（")
              .append(count)
              .append("个月，每月）");
        }
        if (!r.complete()) {
          sb.append("（不足整月，工作").append(r.daysWorked()).append("天）");
        }
        sb.append("：");
        if (r.chosen().isPresent()) {
          AssessedEvidence c = r.chosen().get();
          sb.append("采信").append(c.labelZh()).append("，").append(yuan(c.recordedAmount()));
          if (!c.adjustmentZh().isEmpty()) {
            sb.append("；").append(c.adjustmentZh()).append("元");
          }
          sb.append("。理由：").append(c.reasonZh()).append(cite(c.citations())).append("。");
          if (r.status() != MonthRow.Status.USED) {
            sb.append("本月").append(r.status().labelZh()).append("。");
          }
        } else {
          sb.append(MonthRow.Status.NO_USABLE_EVIDENCE.labelZh()).append("。");
        }
        sb.append('\n');
        for (AssessedEvidence a : r.evidence()) {
          if (a.outcome() == AssessedEvidence.Outcome.CHOSEN) {
            continue;
          }
          sb.append("    ")
              .append(a.outcome() == AssessedEvidence.Outcome.CORROBORATES ? "印证" : "未采信")
              .append("：")
              .append(a.labelZh())
              .append("，")
              .append(yuan(a.recordedAmount()))
              .append("。理由：")
              .append(a.reasonZh())
              .append(cite(a.citations()))
              .append("。\n");
        }
        i = j;
      }
      sb.append('\n');
    }

    sb.append(SECTION[section++]).append("、月平均工资\n");
    if (d.basis() == WageDetermination.Basis.CONTRACT_FALLBACK) {
      AssessedEvidence f = d.contractFallback().orElseThrow();
      sb.append("受伤前没有可以认定实际工资的月份，以")
          .append(f.labelZh())
          .append("的月工资")
          .append(yuan(f.amount()))
          .append("作为月平均工资")
          .append(cite(f.citations()))
          .append("。\n");
    } else {
      List<String> amounts =
          d.months().stream()
              .flatMap(r -> r.amountUsed().stream())
              .map(Money::toGroupedString)
              .toList();
      sb.append("计入平均的")
          .append(d.monthsAveraged())
          .append("个月合计：")
          .append(String.join(" + ", amounts))
          .append(" = ")
          .append(yuan(d.total()))
          .append("；")
          .append(d.total().toGroupedString())
          .append(" ÷ ")
          .append(d.monthsAveraged())
          .append(" = ")
          .append(yuan(d.average()))
          .append("（四舍五入至分）。\n");
    }
    sb.append('\n');

    ClampResult cl = d.clamp();
    StatutoryFigures f = d.figures();
    sb.append(SECTION[section++]).append("、本人工资\n");
    sb.append("统筹地区职工月平均工资")
        .append(yuan(f.regionalAverage()))
        .append("（")
        .append(f.regionalAverageMonthlyWage().description())
        .append("）；下限")
        .append(f.lowerBoundPercent().value().toPlainString())
        .append("%为")
        .append(yuan(cl.lower()))
        .append("，上限")
        .append(f.upperBoundPercent().value().toPlainString())
        .append("%为")
        .append(yuan(cl.upper()))
        .append("。月平均工资")
        .append(yuan(cl.value()));
    sb.append(
        switch (cl.direction()) {
          case RAISED_TO_LOWER_BOUND -> "低于下限，按下限计算";
          case LOWERED_TO_UPPER_BOUND -> "高于上限，按上限计算";
          case NONE -> "在上下限之间（含本数），不作调整";
        });
    sb.append("，本人工资为")
        .append(yuan(d.ownWage()))
        .append(cite(List.of(WageLaw.CLAMP)))
        .append("。\n\n");

    sb.append(SECTION[section++]).append("、原工资福利待遇\n");
    sb.append("停工留薪期内原工资福利待遇不变，按受伤前月平均工资")
        .append(yuan(d.originalWage()))
        .append("计算，不适用本人工资的上下限")
        .append(cite(List.of(WageLaw.ORIGINAL_WAGE)))
        .append("。\n\n");

    sb.append(SECTION[section++]).append("、日工资\n");
    sb.append(d.originalWage().toGroupedString())
        .append(" ÷ ")
        .append(f.payDaysPerMonth().value().toPlainString())
        .append("（月计薪天数） = ")
        .append(yuan(d.dailyWage()))
        .append("（四舍五入至分；")
        .append(WageLaw.DAILY_WAGE.toChinese())
        .append(
            WageLaw.DAILY_WAGE
                .instrument()
                .documentNumberIfKnown()
                .map(n -> "（" + n + "）")
                .orElse(""))
        .append("）。\n\n");

    if (d.declaredContributionBase().isPresent()) {
      Money base = d.declaredContributionBase().get();
      ClampResult bc = d.declaredBaseClamp().orElseThrow();
      sb.append(SECTION[section++]).append("、申报的社会保险缴费基数\n");
      sb.append(d.declaredBaseMonths())
          .append("个月的申报缴费基数月平均为")
          .append(yuan(base))
          .append("，按上下限计算为")
          .append(yuan(bc.result()))
          .append("；与认定的工资分别列明，供确定待遇支付责任时使用。\n\n");
    }

    if (!d.warnings().isEmpty()) {
      sb.append(SECTION[section++]).append("、提示\n");
      int i = 1;
      for (WageWarning w : d.warnings()) {
        sb.append(i++).append(". ").append(w.messageZh()).append("。\n");
      }
      sb.append('\n');
    }

    sb.append(SECTION[section]).append("、法律依据\n");
    sb.append(
        d.citations().stream()
            .map(Citation::toChinese)
            .distinct()
            .collect(Collectors.joining("；")));
    sb.append("。\n");
    return sb.toString();
  }

  /** The tribunal's choices the determination applied, stated whether or not they mattered. */
  private static String rules(WageDetermination d) {
    WageOptions o = d.options();
    String grossUp =
        o.grossUp() == GrossUpPolicy.AS_RECORDED
            ? "银行流水等实发数按记载金额使用，不还原为应发工资"
            : "实发数按扣除比例"
                + o.grossUpDeductionRate().value().toPlainString()
                + "（"
                + o.grossUpDeductionRate().description()
                + "）还原为应发工资";
    String partial =
        o.partialMonthPolicy() == PartialMonthPolicy.PRO_RATE
            ? "不足整月的月份按日历天数折算为整月"
            : "不足整月的月份在有完整月份时不计入";
    return "认定规则：证明力高的证据优先；证明力相当的证据金额不一致时"
        + o.conflictPolicy().labelZh()
        + "；"
        + grossUp
        + "；"
        + partial
        + "。\n";
  }

  /** Same status and same evidence, amounts and reasons: the months read the same in an award. */
  private static boolean sameTreatment(MonthRow a, MonthRow b) {
    if (a.status() != b.status()
        || !a.complete()
        || !b.complete()
        || a.evidence().size() != b.evidence().size()) {
      return false;
    }
    for (int k = 0; k < a.evidence().size(); k++) {
      AssessedEvidence x = a.evidence().get(k);
      AssessedEvidence y = b.evidence().get(k);
      if (x.outcome() != y.outcome()
          || !x.labelZh().equals(y.labelZh())
          || !x.recordedAmount().equals(y.recordedAmount())
          || !x.amount().equals(y.amount())
          || !x.reasonZh().equals(y.reasonZh())
          || !x.citations().equals(y.citations())) {
        return false;
      }
    }
    return true;
  }

  private static String cite(List<Citation> citations) {
    if (citations.isEmpty()) {
      return "";
    }
    return "（"
        + citations.stream().map(Citation::toChinese).distinct().collect(Collectors.joining("，"))
        + "）";
  }

  private static String yuan(Money m) {
    return m.toGroupedString() + "元";
  }

  private static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static String month(YearMonth m) {
    return m.getYear() + "年" + m.getMonthValue() + "月";
  }
}
