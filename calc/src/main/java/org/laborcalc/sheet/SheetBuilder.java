package org.laborcalc.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.ParameterUse;
import org.laborcalc.injury.Payer;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Regions;
import org.laborcalc.sheet.Sheet.Bar;
import org.laborcalc.sheet.Sheet.Block;
import org.laborcalc.sheet.Sheet.Chart;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.AssessedEvidence;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.MonthRow;
import org.laborcalc.wage.WageDetermination;

/**
 * Writes a {@link WorkInjuryResult} out as the content of a {@link Sheet}: every figure the result
 * holds, in Chinese with the English item names, in a fixed order, and nothing the result does not
 * hold except sums of its own amounts. Stateless and thread-safe.
 */
final class SheetBuilder {

  /** What a table cell shows when the result has no value. */
  static final String NONE = "-";

  private SheetBuilder() {}

  static Sheet build(WorkInjuryResult r) {
    List<Section> sections = new ArrayList<>();
    sections.add(wage(r.wage()));
    sections.add(grade(r.grade()));
    sections.add(items(r.lines()));
    sections.add(totals(r));
    sections.add(warnings(r.warnings()));
    sections.add(parameters(r));
    sections.add(regimeAndOptions(r.regime(), r.options()));
    return new Sheet(
        "工伤待遇计算清单 Work-injury benefit calculation sheet",
        "金额单位：人民币元 Amounts in CNY (yuan)",
        sections);
  }

  // ---- 一、本人工资 --------------------------------------------------------------------------

  private static Section wage(OwnWage w) {
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

  /** The wage determination month by month: what was chosen, what was rejected, and why. */
  private static Table months(WageDetermination d) {
    List<List<String>> rows = new ArrayList<>();
    for (MonthRow row : d.months()) {
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
      rows.add(
          List.of(
              row.month().toString(),
              row.status().labelZh(),
              chosen,
              amount,
              others.isEmpty() ? NONE : String.join("；", others)));
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

  private static String clamp(ClampResult.Direction clamp) {
    return switch (clamp) {
      case NONE -> "在上下限之间，未调整 within the bounds, unchanged";
      case RAISED_TO_LOWER_BOUND -> "低于下限，按下限计 raised to the lower bound";
      case LOWERED_TO_UPPER_BOUND -> "高于上限，按上限计 lowered to the upper bound";
    };
  }

  // ---- 二、伤残等级 --------------------------------------------------------------------------

  private static Section grade(CombinedGrade g) {
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

  // ---- 三、待遇项目 --------------------------------------------------------------------------

  private static Section items(List<BenefitLine> lines) {
    String title = "三、待遇项目 Benefit items";
    if (lines.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of("无待遇项目 No benefit items"))));
    }
    boolean accrual = lines.stream().anyMatch(l -> l.accrued() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.amount("序号 No."));
    columns.add(Column.text("项目 Item"));
    columns.add(Column.text("支付方 Payer"));
    columns.add(Column.amount("一次性金额 One-time"));
    columns.add(Column.amount("每月金额 Monthly"));
    columns.add(Column.code("起付日 From"));
    if (accrual) {
      columns.add(Column.amount("累计 Accrued"));
    }
    List<List<String>> rows = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (BenefitLine l : lines) {
      n++;
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(n));
      row.add(l.nameZh() + labelSuffix(l));
      row.add(l.payer().nameZh());
      row.add(l.isMonthly() ? "" : money(l.amount()));
      row.add(l.isMonthly() ? money(l.monthlyAmount()) : "");
      row.add(l.startDate() == null ? "" : l.startDate().toString());
      if (accrual) {
        row.add(l.accrued() == null ? "" : money(l.accrued()));
      }
      rows.add(row);
    }
    blocks.add(new Table(columns, rows, 0));
    n = 0;
    for (BenefitLine l : lines) {
      n++;
      List<Field> fields = new ArrayList<>();
      fields.add(new Field("支付方 Payer", l.payer().nameZh() + " " + l.payer().nameEn()));
      fields.add(new Field("金额 Amount", amountText(l)));
      fields.add(new Field("公式 Formula", l.formula()));
      fields.add(new Field("说明", l.explanationZh()));
      fields.add(new Field("依据 Law", citations(l.citations())));
      if (!l.parameters().isEmpty()) {
        fields.add(new Field("参数 Parameters", parameterList(l.parameters())));
      }
      blocks.add(
          new Entry("[" + n + "] " + l.nameZh() + " " + l.nameEn() + labelSuffix(l), fields));
    }
    return new Section(title, blocks);
  }

  private static String labelSuffix(BenefitLine l) {
    return l.label() == null || l.label().isEmpty() ? "" : "（" + l.label() + "）";
  }

  private static String amountText(BenefitLine l) {
    if (!l.isMonthly()) {
      return money(l.amount()) + "（一次性 one-time）";
    }
    String text =
        money(l.monthlyAmount()) + " 每月，自 " + l.startDate() + " 起 a month from " + l.startDate();
    if (l.accrued() != null) {
      text += "；累计 accrued " + money(l.accrued());
    }
    return text;
  }

  // ---- 四、合计 ------------------------------------------------------------------------------

  private static Section totals(WorkInjuryResult r) {
    Totals t = r.totals();
    boolean accrual = r.lines().stream().anyMatch(l -> l.accrued() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("支付方 Payer"));
    columns.add(Column.amount("一次性合计 One-time"));
    columns.add(Column.amount("每月合计 Monthly"));
    if (accrual) {
      columns.add(Column.amount("月付累计 Accrued"));
    }
    Money accruedEmployer = accrued(r.lines(), Payer.EMPLOYER);
    Money accruedFund = accrued(r.lines(), Payer.FUND);
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        totalRow(
            Payer.EMPLOYER.nameZh() + " " + Payer.EMPLOYER.nameEn(),
            t.employer(),
            t.monthlyEmployer(),
            accrual ? accruedEmployer : null));
    rows.add(
        totalRow(
            Payer.FUND.nameZh() + " " + Payer.FUND.nameEn(),
            t.fund(),
            t.monthlyFund(),
            accrual ? accruedFund : null));
    rows.add(
        totalRow(
            "合计 Total",
            t.total(),
            t.monthlyEmployer().plus(t.monthlyFund()),
            accrual ? accruedEmployer.plus(accruedFund) : null));
    List<String> notes = new ArrayList<>();
    notes.add(
        "每月金额自起付日起按月支付，不计入一次性合计 Monthly amounts are due every month from their start date and are not part of the one-time totals");
    if (accrual) {
      notes.add(
          "月付累计为起付日至计算日 "
              + r.options().asOf()
              + " 已到期的月付金额 Accrued: monthly amounts due up to the as-of date");
    }
    List<Bar> bars = new ArrayList<>();
    for (BenefitLine l : r.lines()) {
      if (!l.isMonthly()) {
        bars.add(new Bar(l.nameZh() + labelSuffix(l), l.amount(), l.payer()));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(columns, rows, 1));
    blocks.add(new Notes(notes));
    if (!bars.isEmpty()) {
      blocks.add(new Chart("一次性金额（按项目）One-time amounts by item", bars));
    }
    return new Section("四、合计 Totals", blocks);
  }

  private static List<String> totalRow(String payer, Money oneTime, Money monthly, Money accrued) {
    List<String> row = new ArrayList<>(List.of(payer, money(oneTime), money(monthly)));
    if (accrued != null) {
      row.add(money(accrued));
    }
    return row;
  }

  private static Money accrued(List<BenefitLine> lines, Payer payer) {
    Money sum = Money.ZERO;
    for (BenefitLine l : lines) {
      if (l.payer() == payer && l.accrued() != null) {
        sum = sum.plus(l.accrued());
      }
    }
    return sum;
  }

  // ---- 五、提示 ------------------------------------------------------------------------------

  private static Section warnings(List<Notice> warnings) {
    String title = "五、提示 Warnings";
    if (warnings.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of("无 None"))));
    }
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (Notice w : warnings) {
      n++;
      blocks.add(
          new Entry(
              "[" + n + "] " + w.code(),
              List.of(new Field("提示", w.messageZh()), new Field("Warning", w.messageEn()))));
    }
    return new Section(title, blocks);
  }

  // ---- 六、参数来源 --------------------------------------------------------------------------

  private static Section parameters(WorkInjuryResult r) {
    // The same figure is often used by several lines; list each source once, in order of first use.
    Set<ParameterUse> uses = new LinkedHashSet<>(r.wage().parameters());
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

  private static Section regimeAndOptions(Regime regime, CalculationOptions o) {
    LocalDate asOf = o.asOf();
    Table table =
        new Table(
            List.of(Column.text("项目 Item"), Column.text("取值 Value")),
            List.of(
                List.of("适用条例 Regime", regime(regime)),
                List.of(
                    "计算日 As-of date",
                    asOf == null ? "未设定，不计月付累计 none, no accrual" : asOf.toString()),
                List.of("版本依据日期 Regime rule", regimeRule(o.regimeRule())),
                List.of("停工留薪期不足月天数 Part month", suspensionDays(o.suspensionDays())),
                List.of("抚恤金超限削减 Pension cap", pensionCap(o.pensionCap()))),
            0);
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
    };
  }

  // ---- shared ---------------------------------------------------------------------------

  /** The labels of the legal digest: [P] primary text, [S] secondary sources. */
  static String verification(Verification v) {
    return switch (v) {
      case PRIMARY -> "[P] 原文核实 primary";
      case SECONDARY -> "[S] 二手资料 secondary";
      case USER_SUPPLIED -> "用户提供 user-supplied";
    };
  }

  /**
   * The citations in Chinese, joined by {@code ；}. A citation of a whole instrument (a standard,
   * cited by clause) shows its quote, which names the clause.
   */
  static String citations(List<Citation> citations) {
    if (citations.isEmpty()) {
      return NONE;
    }
    return citations.stream().map(SheetBuilder::citation).collect(Collectors.joining("；"));
  }

  private static String citation(Citation c) {
    String text = c.toChinese();
    if (c.article() == 0 && c.quote() != null) {
      text += "（" + c.quote() + "）";
    }
    return text;
  }

  private static String parameterList(List<ParameterUse> uses) {
    if (uses.isEmpty()) {
      return NONE;
    }
    return uses.stream().map(p -> p.key() + " = " + p.value()).collect(Collectors.joining("；"));
  }

  static String money(Money m) {
    return m == null ? NONE : m.toGroupedString();
  }

  private static String orNone(String s) {
    return s == null || s.isEmpty() ? NONE : s;
  }
}
