package org.laborcalc.sheet;

import static org.laborcalc.sheet.SheetBuilder.NONE;
import static org.laborcalc.sheet.SheetBuilder.citations;
import static org.laborcalc.sheet.SheetBuilder.money;
import static org.laborcalc.sheet.SheetBuilder.parameterList;
import static org.laborcalc.sheet.SheetBuilder.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.sheet.Sheet.Block;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.wage.AssessedEvidence;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.MonthRow;
import org.laborcalc.wage.WageDetermination;

/** Sections 一 and 二 of the sheet: 本人工资 with the evidence month by month, and the grade. */
final class WageAndGradeSections {
  private WageAndGradeSections() {}

  // ---- 一、本人工资 --------------------------------------------------------------------------

  static Section wage(OwnWage w) {
    Table table =
        new Table(
            List.of(Column.text("项目 Item"), Column.amount("金额 Amount")),
            List.of(
                List.of("平均月工资（调整前）Average monthly wage", money(w.averageWage())),
                List.of("统筹地区上年度职工月平均工资 Regional average", money(w.regionalAverage())),
                List.of("下限 Lower bound", money(w.lowerBound())),
                List.of("上限 Upper bound", money(w.upperBound())),
                List.of("本人工资 Own wage", money(w.ownWage())),
                List.of("原工资福利待遇 Original wage and benefits", money(w.originalWage()))),
            0);
    Entry working =
        new Entry(
            "本人工资的确定 How the own wage was fixed",
            List.of(
                new Field("上下限 Clamp", clamp(w.clamp())),
                new Field("公式 Formula", w.formula()),
                new Field("依据 Law", citations(w.citations())),
                new Field("参数 Parameters", parameterList(w.parameters()))));
    List<Block> blocks = new ArrayList<>(List.of(table, working));
    if (w.determination() != null) {
      blocks.add(months(w.determination()));
    }
    return new Section("一、本人工资 Own wage", blocks);
  }

  /**
   * The wage determination month by month: what was chosen, what was rejected, and why; consecutive
   * months that read the same share one row.
   */
  private static Table months(WageDetermination d) {
    List<List<String>> rows = new ArrayList<>();
    for (MonthRun<List<String>> run :
        MonthRun.collapse(d.months(), MonthRow::month, WageAndGradeSections::finding)) {
      List<String> cells = new ArrayList<>();
      cells.add(run.label());
      cells.addAll(run.value());
      rows.add(cells);
    }
    rows.add(
        List.of(
            "平均 Average",
            d.monthsAveraged() + "个月",
            NONE,
            money(d.average()),
            d.total().toGroupedString() + " ÷ " + d.monthsAveraged()));
    return new Table(
        List.of(
            Column.text("月份 Month"),
            Column.text("状态 Status"),
            Column.text("采信证据 Evidence chosen"),
            Column.amount("工资 Wage"),
            Column.text("未采信的证据及理由 Evidence not chosen, and why")),
        rows,
        1);
  }

  /** A month's cells after the month: status, evidence chosen, wage, evidence not chosen. */
  private static List<String> finding(MonthRow row) {
    String chosen = row.chosen().map(AssessedEvidence::labelZh).orElse(NONE);
    String amount = row.amountUsed().map(SheetBuilder::money).orElse(NONE);
    List<String> others = new ArrayList<>();
    for (AssessedEvidence e : row.evidence()) {
      if (e.outcome() == AssessedEvidence.Outcome.CHOSEN) {
        continue;
      }
      others.add(
          e.labelZh()
              + " "
              + money(e.recordedAmount())
              + "："
              + e.reasonZh()
              + (e.citations().isEmpty() ? "" : "（" + citations(e.citations()) + "）"));
    }
    return List.of(
        row.status().labelZh(), chosen, amount, others.isEmpty() ? NONE : String.join("；", others));
  }

  private static String clamp(ClampResult.Direction clamp) {
    return switch (clamp) {
      case NONE -> "在上下限之间，未调整 within the bounds, unchanged";
      case RAISED_TO_LOWER_BOUND -> "低于下限，按下限计 raised to the lower bound";
      case LOWERED_TO_UPPER_BOUND -> "高于上限，按上限计 lowered to the upper bound";
    };
  }

  // ---- 二、伤残等级 --------------------------------------------------------------------------

  static Section grade(CombinedGrade g) {
    String title = "二、伤残等级 Disability grade";
    if (g == null) {
      return new Section(
          title,
          List.of(new Notes(List.of("无劳动能力鉴定结论，未定伤残等级 No work-capacity appraisal: no grade"))));
    }
    Table table =
        new Table(
            List.of(Column.text("项目 Item"), Column.text("内容 Value")),
            List.of(
                List.of("最终伤残等级 Final grade", grade(g.finalGrade())),
                List.of("最重单项等级 Most severe item", grade(g.mostSevereItem())),
                List.of(
                    "各项伤残等级 Item grades",
                    g.items().stream()
                        .map(DisabilityGrade::nameZh)
                        .collect(Collectors.joining("、"))),
                List.of("是否晋级 Raised", g.raised() ? "是，晋升一级 raised one grade" : "否 not raised"),
                List.of("核实 Verification", verification(g.verification()))),
            0);
    Entry explanation =
        new Entry(
            "定级说明 How the grade was found",
            List.of(
                new Field("说明", g.explanationZh()),
                new Field("Explanation", g.explanationEn()),
                new Field("依据 Law", citations(g.citations()))));
    return new Section(title, List.of(table, explanation));
  }

  private static String grade(DisabilityGrade g) {
    return g.nameZh() + " " + g.nameEn();
  }
}
