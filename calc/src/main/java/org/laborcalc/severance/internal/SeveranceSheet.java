package org.laborcalc.severance.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.sheet.Dates;
import org.laborcalc.sheet.EvidenceTables;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The severance calculation sheet (计算清单) on the shared sheet model: the facts (place of work,
 * service, the ground of the termination and who ended it, whether it was found unlawful, the wage
 * basis), the service, the month table collapsed into runs, each line with its formula and
 * articles, the total, the options in words and the notices. The same result always gives the same
 * sheet. Stateless.
 */
public final class SeveranceSheet {
  private SeveranceSheet() {}

  /** The sheet of {@code r}. */
  public static Sheet of(SeveranceResult r) {
    SeveranceCase c = r.input();
    Sheet.Builder s =
        Sheet.builder(Text.of("经济补偿、赔偿金、代通知金计算清单", "Severance, damages and pay in lieu of notice"));
    s.fact(Text.of("劳动合同履行地", "Place of work"), SheetFacts.region(c.region()));
    s.fact(
        Text.of("用工之日至终止日", "Service"), Dates.period(c.employment().start(), c.terminationDate()));
    s.fact(
        Text.of("解除、终止情形", "Ground"),
        Text.of(
            c.ground().labelZh() + "（" + c.ground().article().toChinese() + "）",
            c.ground().labelEn() + " (" + c.ground().article() + ")"));
    if (c.employment().termination() != null) {
      s.fact(
          Text.of("由谁提出", "Ended by"),
          SheetFacts.initiatedBy(c.employment().termination().initiatedBy()));
    }
    s.fact(
        Text.of("是否认定违法", "Found unlawful"),
        c.foundUnlawful() ? Text.of("是", "yes") : Text.of("否", "no"));
    WageBasis w = r.wage();
    if (w != null) {
      s.fact(
          Text.of("工资依据", "Wage basis"),
          Text.of(
              "解除或者终止前十二个月平均工资 " + w.average().toGroupedString(),
              "average of the 12 months before the termination " + w.average().toGroupedString()));
    }
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(uses(r)));

    s.section(Text.of("一、工作年限", "Service"));
    if (c.priorService() != null) {
      Text prior = Dates.period(c.priorService().start(), c.priorService().lastDay());
      s.field(
          Text.of("原用人单位工作年限", "Service with the previous employer"),
          c.priorServiceCombined()
              ? prior.plus(Text.of("，合并计算（实施条例第十条）", ", combined (Regulation art. 10)"))
              : prior.plus(
                  Text.of("，原用人单位已支付经济补偿，不再合并计算", ", not combined: the previous employer paid")));
    }
    s.field(
        Text.of("自用工之日起", "From the start of employment"),
        Text.of(
            r.service().whole().lengthZh() + "，折算 " + months(r.service().whole()) + " 个月",
            r.service().whole().lengthEn()
                + ", counted as "
                + months(r.service().whole())
                + " months"));
    for (var g : r.service().notCounted()) {
      s.field(
          Text.of("不计算工作年限（劳动合同中止）", "Not counted as service (contract suspended)"),
          Dates.period(g.start(), g.endInclusive().orElse(null))
              .plus(Text.of("，" + g.lengthInDays() + " 天", ", " + g.lengthInDays() + " days")));
    }
    if (r.service().segments().size() > 1) {
      for (ServiceSegment seg : r.service().segments()) {
        s.field(
            Text.of(seg.era().labelZh(), seg.era().labelEn()),
            Dates.period(seg.range().start(), seg.range().endInclusive().orElse(null))
                .plus(Text.of("，" + seg.lengthZh(), ", " + seg.lengthEn())));
      }
    }
    if (w != null) {
      var f = w.findings();
      s.section(Text.of("二、月工资（解除或者终止前十二个月平均工资）", "Monthly wage (12 months before the end)"));
      s.block(EvidenceTables.concise(f.months(), f.total(), f.monthsAveraged(), f.average()));
      if (!w.overtimeExcluded().isEmpty()) {
        String each =
            w.overtimeExcluded().stream()
                .map(ot -> ot.month() + " " + ot.amount().toGroupedString())
                .collect(Collectors.joining("、"));
        s.field(
            Text.of("扣除加班工资", "Overtime pay left out"),
            Text.of(
                w.overtimeTotal().toGroupedString()
                    + "（"
                    + each
                    + "），计入平均 "
                    + w.averagedTotal().toGroupedString(),
                w.overtimeTotal().toGroupedString()
                    + " ("
                    + each.replace("、", ", ")
                    + "), averaged "
                    + w.averagedTotal().toGroupedString()));
      }
      s.field(Text.of("月平均工资", "Average monthly wage"), Text.of(w.average().toGroupedString()));
      if (w.minimumApplied()) {
        s.field(
            Text.of("按当地最低工资标准", "Raised to the local minimum wage"),
            Text.of(
                w.base().toGroupedString() + "（实施条例第二十七条）",
                w.base().toGroupedString() + " (Regulation art. 27)"));
      }
      String cap =
          EconomicCompensation.plain(w.capMultiple())
              + " × "
              + w.localAverage().toGroupedString()
              + " = "
              + w.cap().toGroupedString();
      s.field(
          Text.of("封顶标准", "Cap"),
          Text.of(
              cap + "，" + (w.aboveCap() ? "月工资高于封顶标准" : "月工资未高于封顶标准"),
              cap
                  + ", "
                  + (w.aboveCap()
                      ? "the wage is above the cap"
                      : "the wage is not above the cap")));
    }

    s.section(Text.of("三、计算结果", "Items"));
    List<List<Text>> rows = new ArrayList<>();
    int n = 0;
    for (SeveranceLine l : r.lines()) {
      n++;
      rows.add(
          List.of(
              Text.of(Integer.toString(n)),
              Text.of(l.name().zh(), l.name().en()),
              Text.of(l.amount().toGroupedString()),
              l.due() ? Text.of("支付", "due") : Text.of("不予支付", "not due")));
    }
    rows.add(
        List.of(
            Text.of(""),
            Text.of("合计", "Total"),
            Text.of(r.total().toGroupedString()),
            Text.of("")));
    s.block(
        new Table(
            List.of(
                Column.amount(Text.of("序号", "No.")),
                Column.text(Text.of("项目", "Item")),
                Column.amount(Text.of("金额", "Amount")),
                Column.text(Text.of("是否支付", "Due"))),
            rows,
            1));
    n = 0;
    for (SeveranceLine l : r.lines()) {
      n++;
      List<Field> fields = new ArrayList<>();
      fields.add(
          new Field(
              Text.of("公式", "Formula"),
              new Text(l.formulaText(Language.ZH), l.formulaText(Language.EN))));
      fields.add(
          new Field(
              Text.of("说明", "Explanation"), Text.of(l.explanation().zh(), l.explanation().en())));
      fields.add(new Field(Text.of("依据", "Law"), SheetFacts.citations(l.citations())));
      if (!l.parameters().isEmpty()) {
        fields.add(new Field(Text.of("参数", "Parameters"), SheetFacts.parameters(l.parameters())));
      }
      s.block(
          new Entry(
              Text.of("[" + n + "] " + l.name().zh(), "[" + n + "] " + l.name().en()), fields));
    }

    s.section(Text.of("四、计算选项", "Options"));
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.field(option(e.getKey()), optionValue(e.getKey(), e.getValue()));
    }
    if (!r.notices().isEmpty()) {
      s.section(Text.of("五、提示", "Notices"));
      List<Text> notes = new ArrayList<>();
      for (SeveranceResult.Notice notice : r.notices()) {
        notes.add(Text.of(notice.messageZh(), notice.messageEn()));
      }
      s.notes(notes.toArray(Text[]::new));
    }
    if (w != null && EvidenceTables.collapses(w.findings().months())) {
      s.section(Text.of("附录：逐月工资认定", "Appendix: the wage month by month"));
      s.block(EvidenceTables.monthTable(w.findings().months()));
    }
    return s.build();
  }

  private static List<ParameterUse> uses(SeveranceResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    if (r.wage() != null) {
      uses.addAll(r.wage().parameters());
    }
    for (SeveranceLine l : r.lines()) {
      uses.addAll(l.parameters());
    }
    return List.copyOf(uses);
  }

  private static String months(ServiceSegment s) {
    return EconomicCompensation.plain(s.statutoryMonths());
  }

  private static Text option(String name) {
    var note = SeveranceOptions.describe(name);
    return Text.of(note.zh(), note.en());
  }

  /** Each option's value in words (the value's code is in the result JSON). */
  private static Text optionValue(String name, String value) {
    return switch (value) {
      case "OLD_RULES_UNCAPPED" -> Text.of("按原规定，不封顶", "old rules, uncapped");
      case "OLD_RULES_WITH_3X_BASE" ->
          Text.of("按原规定月数，以三倍封顶基数计", "old rules' months at the capped base");
      case "TWELVE_YEAR_CAP_ACROSS_SEGMENTS" ->
          Text.of("封顶基数，两段合计不超过十二年", "capped base, 12 years across both segments");
      case "AS_FULL_YEAR" -> Text.of("不满一年的按一年计", "a part year counts as a year");
      case "SIX_MONTH_RULE" -> Text.of("满六个月按一年，不满六个月按半年", "six months or more a year, less half");
      case "ROUND_AVERAGE_THEN_MULTIPLY" ->
          Text.of("月平均工资先舍入至分再相乘", "average rounded first, then multiplied");
      case "ROUND_AT_END" -> Text.of("最后一次舍入", "rounded once at the end");
      case "INCLUDE_AS_PAYABLE" -> Text.of("按应得工资计入", "included at what was payable");
      case "EXCLUDE" -> Text.of("不计入平均", "left out of the average");
      case "INCLUDE" -> Text.of("计入平均", "included in the average");
      case "CALENDAR_MONTHS_BEFORE_TERMINATION_MONTH" ->
          Text.of("解除或者终止当月之前的十二个自然月", "the 12 calendar months before the termination month");
      case "MONTHS_ENDING_ON_TERMINATION_DATE" ->
          Text.of("截至解除或者终止之日的十二个月", "the 12 months ending on the termination day");
      case "LAST_MONTH_STANDARD_WAGE" -> Text.of("上一个月的工资标准", "last month's wage standard");
      case "LAST_MONTH_PAYABLE" -> Text.of("上一个月的应得工资", "last month's payable wage");
      case "INCLUDED" -> Text.of("计发", "paid");
      case "EXCLUDED" -> Text.of("不计发", "not paid");
      default -> Text.of(value);
    };
  }
}
