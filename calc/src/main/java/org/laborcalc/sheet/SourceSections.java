package org.laborcalc.sheet;

import static org.laborcalc.sheet.SheetBuilder.NONE;
import static org.laborcalc.sheet.SheetBuilder.citations;
import static org.laborcalc.sheet.SheetBuilder.orNone;
import static org.laborcalc.sheet.SheetBuilder.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.region.Regions;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.time.DateRange;

/** Sections 六 and 七 of the sheet: the sources of the parameters, the regime and the options. */
final class SourceSections {
  private SourceSections() {}

  // ---- 六、参数来源 --------------------------------------------------------------------------

  static Section parameters(WorkInjuryResult r) {
    // The same figure is often used by several lines; list each source once, in order of first use.
    Set<ParameterUse> uses = new LinkedHashSet<>();
    if (r.wage() != null) {
      uses.addAll(r.wage().parameters());
    }
    for (BenefitLine l : r.lines()) {
      uses.addAll(l.parameters());
    }
    String title = "六、参数来源 Parameter sources";
    if (uses.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of("无 None"))));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ParameterUse p : uses) {
      rows.add(
          List.of(
              p.key(),
              p.value(),
              region(p.regionCode()),
              range(p.range()),
              orNone(p.pack()),
              p.verification() == null ? NONE : verification(p.verification()),
              p.citations().isEmpty() ? NONE : citations(p.citations())));
    }
    Table table =
        new Table(
            List.of(
                Column.code("参数 Key"),
                Column.text("取值 Value"),
                Column.text("地区 Region"),
                Column.text("有效期间 In force"),
                Column.text("参数包 Pack"),
                Column.text("核实 Verification"),
                Column.text("依据 Law")),
            rows,
            0);
    return new Section(title, List.of(table));
  }

  private static String region(String code) {
    if (code == null) {
      return NONE;
    }
    return Regions.bundled().find(code).map(reg -> reg.fullName() + " " + code).orElse(code);
  }

  /** {@code 2019-01-01/2020-01-01} as {@code 2019-01-01 至 2019-12-31}; an open end as {@code 起}. */
  private static String range(String range) {
    if (range == null) {
      return NONE;
    }
    try {
      DateRange d = DateRange.parse(range);
      if (d.isUnbounded()) {
        return d.start() + " 起";
      }
      return d.endInclusive().map(end -> d.start() + " 至 " + end).orElse(range);
    } catch (IllegalArgumentException e) {
      return range; // not a DateRange's text: show it as the result gives it
    }
  }

  // ---- 七、适用版本与计算选项 ------------------------------------------------------------------

  static Section regimeAndOptions(Regime regime, CalculationOptions o) {
    LocalDate asOf = o.asOf();
    List<List<String>> rows =
        new ArrayList<>(
            List.of(
                List.of("适用条例 Regime", regime(regime)),
                List.of(
                    "计算日 As-of date",
                    asOf == null ? "未设定，不计月付累计 none, no accrual" : asOf.toString()),
                List.of("版本依据日期 Regime rule", regimeRule(o.regimeRule())),
                List.of("停工留薪期不足月天数 Part month", suspensionDays(o.suspensionDays())),
                List.of("抚恤金超限削减 Pension cap", pensionCap(o.pensionCap()))));
    // Shown only when chosen, so that a sheet of the defaults keeps its text.
    if (o.knownAsOf() != null) {
      rows.add(List.of("参数以此日已公布者为准 Figures as known on", o.knownAsOf().toString()));
    }
    if (o.unpublishedYearlyFigure()
        == CalculationOptions.UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY) {
      rows.add(
          List.of(
              "年度数据未公布 Unpublished yearly figure",
              "暂按前一年度（人社部发〔2013〕34号）previous year provisionally"
                  + " (PREVIOUS_YEAR_PROVISIONALLY)"));
    }
    if (o.majorSelfCare() != CalculationOptions.MajorSelfCare.REQUIRE_ACTIVITIES) {
      rows.add(
          List.of(
              "大部分生活自理障碍按项目数 Major self-care impairment counted as",
              (o.majorSelfCare() == CalculationOptions.MajorSelfCare.FOUR_ACTIVITIES ? "四项" : "三项")
                  + "（解释性选择）activities ("
                  + o.majorSelfCare().name()
                  + ")"));
    }
    if (o.pensionCapWage() == CalculationOptions.PensionCapWage.AVERAGE_WAGE_FOUND) {
      rows.add(
          List.of(
              "抚恤金上限工资 Pension cap wage",
              "调整前的月平均工资 average wage found, before the clamp (AVERAGE_WAGE_FOUND)"));
    }
    Table table = new Table(List.of(Column.text("项目 Item"), Column.text("取值 Value")), rows, 0);
    return new Section("七、适用版本与计算选项 Regime and options", List.of(table));
  }

  private static String regime(Regime regime) {
    String doc = regime.instrument().documentNumberIfKnown().map(d -> "（" + d + "）").orElse("");
    String version =
        switch (regime) {
          case REGULATION_2003 -> "2003年原文";
          case REGULATION_2010 -> "2010年修订";
        };
    return regime.instrument().titleZh() + doc + version + " " + regime.name();
  }

  private static String regimeRule(CalculationOptions.RegimeRule rule) {
    return switch (rule) {
      case INJURY_DATE -> "以受伤日为准 injury date (INJURY_DATE)";
      case BENEFIT_DATE -> "以待遇发生日为准 benefit date (BENEFIT_DATE)";
    };
  }

  private static String suspensionDays(CalculationOptions.SuspensionDays days) {
    return switch (days) {
      case CALENDAR_FRACTION -> "按所在月日历天数折算 calendar fraction (CALENDAR_FRACTION)";
      case PAY_DAYS -> "按月计薪天数折算 pay days (PAY_DAYS)";
    };
  }

  private static String pensionCap(CalculationOptions.PensionCapAllocation cap) {
    return switch (cap) {
      case PROPORTIONAL -> "按比例削减 proportional (PROPORTIONAL)";
      case LARGEST_REMAINDER -> "按比例削减并按最大余额法补足至上限 largest remainder (LARGEST_REMAINDER)";
    };
  }
}
