package org.laborcalc.sheet;

import static org.laborcalc.sheet.SheetBuilder.NONE_TEXT;
import static org.laborcalc.sheet.SheetBuilder.citations;
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
    return parameters(Text.of("六、参数来源", "Parameter sources"), uses(r));
  }

  /** Every figure the result used, once each, in order of first use. */
  static List<ParameterUse> uses(WorkInjuryResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    if (r.wage() != null) {
      uses.addAll(r.wage().parameters());
    }
    for (BenefitLine l : r.lines()) {
      uses.addAll(l.parameters());
    }
    return List.copyOf(uses);
  }

  /**
   * The sources of the figures used: each by its name, with its value, region, period in force,
   * verification label and articles (the pack and key are in the result JSON, the packs in the
   * header).
   */
  static Section parameters(Text title, List<ParameterUse> uses) {
    if (uses.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of(Text.of("无", "None")))));
    }
    List<List<Text>> rows = new ArrayList<>();
    for (ParameterUse p : new LinkedHashSet<>(uses)) {
      rows.add(
          List.of(
              ParameterNames.of(p.key()),
              Text.of(p.value()),
              region(p.regionCode()),
              range(p.range()),
              p.verification() == null ? NONE_TEXT : verification(p.verification()),
              p.citations().isEmpty() ? NONE_TEXT : citations(p.citations())));
    }
    Table table =
        new Table(
            List.of(
                Column.text(Text.of("参数", "Figure")),
                Column.text(Text.of("取值", "Value")),
                Column.text(Text.of("地区", "Region")),
                Column.text(Text.of("有效期间", "In force")),
                Column.text(Text.of("核实", "Verification")),
                Column.text(Text.of("依据", "Law"))),
            rows,
            0);
    return new Section(title, List.of(table));
  }

  /** The packs the figures came from, in order of first use. */
  static List<String> packs(List<ParameterUse> uses) {
    Set<String> packs = new LinkedHashSet<>();
    for (ParameterUse p : uses) {
      if (p.pack() != null && !p.pack().isEmpty()) {
        packs.add(p.pack());
      }
    }
    return List.copyOf(packs);
  }

  private static Text region(String code) {
    if (code == null) {
      return NONE_TEXT;
    }
    return Text.of(Regions.bundled().find(code).map(reg -> reg.fullName()).orElse(code));
  }

  /** {@code 2019-01-01/2020-01-01} as {@code 2019-01-01 至 2019-12-31}; an open end as {@code 起}. */
  private static Text range(String range) {
    if (range == null) {
      return NONE_TEXT;
    }
    try {
      DateRange d = DateRange.parse(range);
      if (d.isUnbounded()) {
        return Dates.period(d.start(), null);
      }
      return d.endInclusive().map(end -> Dates.period(d.start(), end)).orElse(Text.of(range));
    } catch (IllegalArgumentException e) {
      return Text.of(range); // not a DateRange's text: show it as the result gives it
    }
  }

  // ---- 七、适用版本与计算选项 ------------------------------------------------------------------

  static Section regimeAndOptions(Regime regime, CalculationOptions o) {
    LocalDate asOf = o.asOf();
    List<List<Text>> rows =
        new ArrayList<>(
            List.of(
                List.of(Text.of("适用条例", "Regime"), regime(regime)),
                List.of(
                    Text.of("计算日", "As-of date"),
                    asOf == null
                        ? Text.of("未设定，不计月付累计", "none, no accrual")
                        : Text.of(Dates.day(asOf))),
                List.of(Text.of("版本依据日期", "Regime rule"), regimeRule(o.regimeRule())),
                List.of(Text.of("停工留薪期不足月天数", "Part month"), suspensionDays(o.suspensionDays())),
                List.of(Text.of("抚恤金超限削减", "Pension cap"), pensionCap(o.pensionCap()))));
    // Shown only when chosen, so that a sheet of the defaults keeps its text.
    if (o.knownAsOf() != null) {
      rows.add(
          List.of(
              Text.of("参数以此日已公布者为准", "Figures as known on"), Text.of(Dates.day(o.knownAsOf()))));
    }
    if (o.unpublishedYearlyFigure()
        == CalculationOptions.UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY) {
      rows.add(
          List.of(
              Text.of("年度数据未公布", "Unpublished yearly figure"),
              Text.of("暂按前一年度（人社部发〔2013〕34号）", "previous year provisionally")));
    }
    if (o.majorSelfCare() != CalculationOptions.MajorSelfCare.REQUIRE_ACTIVITIES) {
      boolean four = o.majorSelfCare() == CalculationOptions.MajorSelfCare.FOUR_ACTIVITIES;
      rows.add(
          List.of(
              Text.of("大部分生活自理障碍按项目数", "Major self-care impairment counted as"),
              Text.of(
                  (four ? "四项" : "三项") + "（解释性选择）",
                  (four ? "four" : "three") + " activities (an interpretive choice)")));
    }
    if (o.pensionCapWage() == CalculationOptions.PensionCapWage.AVERAGE_WAGE_FOUND) {
      rows.add(
          List.of(
              Text.of("抚恤金上限工资", "Pension cap wage"),
              Text.of("调整前的月平均工资", "average wage found, before the clamp")));
    }
    Table table =
        new Table(
            List.of(Column.text(Text.of("项目", "Item")), Column.text(Text.of("取值", "Value"))),
            rows,
            0);
    return new Section(Text.of("七、适用版本与计算选项", "Regime and options"), List.of(table));
  }

  static Text regime(Regime regime) {
    String doc = regime.instrument().documentNumberIfKnown().map(d -> "（" + d + "）").orElse("");
    return switch (regime) {
      case REGULATION_2003 ->
          Text.of(
              regime.instrument().titleZh() + doc + "2003年原文",
              "Regulation on Work-Injury Insurance, 2003 text");
      case REGULATION_2010 ->
          Text.of(
              regime.instrument().titleZh() + doc + "2010年修订",
              "Regulation on Work-Injury Insurance, 2010 revision");
    };
  }

  private static Text regimeRule(CalculationOptions.RegimeRule rule) {
    return switch (rule) {
      case INJURY_DATE -> Text.of("以受伤日为准", "injury date");
      case BENEFIT_DATE -> Text.of("以待遇发生日为准", "benefit date");
    };
  }

  private static Text suspensionDays(CalculationOptions.SuspensionDays days) {
    return switch (days) {
      case CALENDAR_FRACTION ->
          Text.of("按不足一月部分起始月的日历天数折算", "calendar fraction of the month the part begins in");
      case PAY_DAYS -> Text.of("按计薪日折算（每月21.75天为限）", "pay days, at most 21.75 a month");
    };
  }

  private static Text pensionCap(CalculationOptions.PensionCapAllocation cap) {
    return switch (cap) {
      case PROPORTIONAL -> Text.of("按比例削减", "proportional");
      case LARGEST_REMAINDER -> Text.of("按比例削减并按最大余额法补足至上限", "largest remainder");
    };
  }
}
