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
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.WageDetermination;

/** Sections 一 and 二 of the sheet: 本人工资 with the evidence month by month, and the grade. */
final class WageAndGradeSections {
  private WageAndGradeSections() {}

  // ---- 一、本人工资 --------------------------------------------------------------------------

  static Section wage(OwnWage w) {
    Table table =
        new Table(
            List.of(Column.text(Text.of("项目", "Item")), Column.amount(Text.of("金额", "Amount"))),
            List.of(
                row(Text.of("平均月工资（调整前）", "Average monthly wage"), w.averageWage()),
                row(Text.of("统筹地区上年度职工月平均工资", "Regional average"), w.regionalAverage()),
                row(Text.of("下限", "Lower bound"), w.lowerBound()),
                row(Text.of("上限", "Upper bound"), w.upperBound()),
                row(Text.of("本人工资", "Own wage"), w.ownWage()),
                row(Text.of("原工资福利待遇", "Original wage and benefits"), w.originalWage())),
            0);
    Entry working =
        new Entry(
            Text.of("本人工资的确定", "How the own wage was fixed"),
            List.of(
                new Field(Text.of("上下限", "Clamp"), clamp(w.clamp())),
                new Field(Text.of("公式", "Formula"), Text.of(w.formula())),
                new Field(Text.of("依据", "Law"), citations(w.citations())),
                new Field(Text.of("参数", "Parameters"), parameterList(w.parameters()))));
    List<Block> blocks = new ArrayList<>(List.of(table, working));
    if (w.determination() != null) {
      blocks.add(months(w.determination()));
    }
    return new Section(Text.of("一、本人工资", "Own wage"), blocks);
  }

  private static List<Text> row(Text label, org.laborcalc.money.Money amount) {
    return List.of(label, Text.of(money(amount)));
  }

  private static Table months(WageDetermination d) {
    return EvidenceTables.concise(d.months(), d.total(), d.monthsAveraged(), d.average());
  }

  private static Text clamp(ClampResult.Direction clamp) {
    return switch (clamp) {
      case NONE -> Text.of("在上下限之间，未调整", "within the bounds, unchanged");
      case RAISED_TO_LOWER_BOUND -> Text.of("低于下限，按下限计", "raised to the lower bound");
      case LOWERED_TO_UPPER_BOUND -> Text.of("高于上限，按上限计", "lowered to the upper bound");
    };
  }

  // ---- 二、伤残等级 --------------------------------------------------------------------------

  static Section grade(CombinedGrade g) {
    Text title = Text.of("二、伤残等级", "Disability grade");
    if (g == null) {
      return new Section(
          title,
          List.of(
              new Notes(
                  List.of(Text.of("无劳动能力鉴定结论，未定伤残等级", "No work-capacity appraisal: no grade")))));
    }
    Table table =
        new Table(
            List.of(Column.text(Text.of("项目", "Item")), Column.text(Text.of("内容", "Value"))),
            List.of(
                List.of(Text.of("最终伤残等级", "Final grade"), grade(g.finalGrade())),
                List.of(Text.of("最重单项等级", "Most severe item"), grade(g.mostSevereItem())),
                List.of(
                    Text.of("各项伤残等级", "Item grades"),
                    new Text(
                        g.items().stream()
                            .map(DisabilityGrade::nameZh)
                            .collect(Collectors.joining("、")),
                        g.items().stream()
                            .map(DisabilityGrade::nameEn)
                            .collect(Collectors.joining(", ")))),
                List.of(
                    Text.of("是否晋级", "Raised"),
                    g.raised()
                        ? Text.of("是，晋升一级", "raised one grade")
                        : Text.of("否", "not raised")),
                List.of(Text.of("核实", "Verification"), verification(g.verification()))),
            0);
    Entry explanation =
        new Entry(
            Text.of("定级说明", "How the grade was found"),
            List.of(
                new Field(
                    Text.of("说明", "Explanation"), Text.of(g.explanationZh(), g.explanationEn())),
                new Field(Text.of("依据", "Law"), citations(g.citations()))));
    return new Section(title, List.of(table, explanation));
  }

  private static Text grade(DisabilityGrade g) {
    return Text.of(g.nameZh(), g.nameEn());
  }
}
