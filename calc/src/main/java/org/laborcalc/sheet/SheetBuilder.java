package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.MissingFigure;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.sheet.Sheet.Bar;
import org.laborcalc.sheet.Sheet.Block;
import org.laborcalc.sheet.Sheet.Chart;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Notes;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;

/**
 * Writes a {@link WorkInjuryResult} out as the content of a {@link Sheet}: every figure the result
 * holds, in Chinese with the English item names, in a fixed order, and nothing the result does not
 * hold except sums of its own amounts. Stateless and thread-safe.
 */
final class SheetBuilder {

  /** What a table cell shows when the result has no value. */
  static final String NONE = "-";

  /** {@link #NONE} as text. */
  static final Text NONE_TEXT = Text.of(NONE);

  private SheetBuilder() {}

  static Sheet build(WorkInjuryResult r) {
    List<Section> sections = new ArrayList<>();
    if (!r.isComplete()) {
      // First, before any amount: an incomplete sheet must not be read as the whole award.
      sections.add(missing(r.missing()));
    }
    sections.add(
        r.wage() != null
            ? WageAndGradeSections.wage(r.wage())
            : new Section(
                Text.of("一、本人工资", "Own wage"),
                List.of(
                    new Notes(
                        List.of(
                            Text.of(
                                "未能确定：所需参数缺失，见“缺少的参数”",
                                "Not determined: figures it needs are missing, see \"Missing"
                                    + " figures\""))))));
    sections.add(WageAndGradeSections.grade(r.grade()));
    sections.add(items(r.lines()));
    sections.add(totals(r));
    sections.add(warnings(r.warnings()));
    sections.add(SourceSections.parameters(r));
    sections.add(SourceSections.regimeAndOptions(r.regime(), r.options()));
    if (r.wage() != null
        && r.wage().determination() != null
        && EvidenceTables.collapses(r.wage().determination().months())) {
      sections.add(
          EvidenceTables.appendix(
              Text.of("附录：逐月工资认定", "Appendix: the wage month by month"),
              r.wage().determination().months()));
    }
    return new Sheet(
        Text.of("工伤待遇计算清单", "Work-injury benefit calculation sheet"),
        Sheet.AMOUNTS_IN_YUAN,
        WorkInjuryFacts.of(r),
        sections);
  }

  // ---- 缺少的参数 ----------------------------------------------------------------------------

  private static Section missing(List<MissingFigure> missing) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Notes(
            List.of(
                Text.of(
                    "本清单不完整：以下参数缺失，所列待遇项目未计算，合计不是应得的全部金额",
                    "This sheet is INCOMPLETE: the figures below are missing, the items listed are"
                        + " not computed, and the totals are not the whole award"))));
    int n = 0;
    for (MissingFigure m : missing) {
      n++;
      Text when =
          m.year() != null
              ? Text.of(m.year() + "年度", "year " + m.year())
              : Text.of(Dates.day(m.date()));
      Text items =
          m.items().isEmpty()
              ? Text.of("本人工资", "Own wage")
              : new Text(
                  String.join("；", m.items().stream().map(i -> i.nameZh()).toList()),
                  String.join("; ", m.items().stream().map(i -> i.nameEn()).toList()));
      blocks.add(
          new Entry(
              Text.of("[" + n + "] ").plus(Text.of(m.nameZh(), m.nameEn())),
              List.of(
                  new Field(Text.of("地区", "Region"), region(m.region())),
                  new Field(Text.of("期间", "For"), when),
                  new Field(Text.of("影响", "Needed by"), items))));
    }
    return new Section(Text.of("缺少的参数", "Missing figures"), blocks);
  }

  // ---- 三、待遇项目 --------------------------------------------------------------------------

  private static Section items(List<BenefitLine> lines) {
    Text title = Text.of("三、待遇项目", "Benefit items");
    if (lines.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of(Text.of("无待遇项目", "No benefit items")))));
    }
    boolean accrual = lines.stream().anyMatch(l -> l.accrued() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.amount(Text.of("序号", "No.")));
    columns.add(Column.text(Text.of("项目", "Item")));
    columns.add(Column.text(Text.of("支付方", "Payer")));
    columns.add(Column.amount(Text.of("一次性金额", "One-time")));
    columns.add(Column.amount(Text.of("每月金额", "Monthly")));
    columns.add(Column.code(Text.of("起付日", "From")));
    if (accrual) {
      columns.add(Column.amount(Text.of("累计", "Accrued")));
    }
    List<List<Text>> rows = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    int n = 0;
    for (BenefitLine l : lines) {
      n++;
      List<Text> row = new ArrayList<>();
      row.add(Text.of(Integer.toString(n)));
      row.add(name(l));
      row.add(payer(l.payer()));
      row.add(Text.of(l.isMonthly() ? "" : money(l.amount())));
      row.add(Text.of(l.isMonthly() ? money(l.monthlyAmount()) : ""));
      row.add(Text.of(l.startDate() == null ? "" : Dates.day(l.startDate())));
      if (accrual) {
        row.add(Text.of(l.accrued() == null ? "" : money(l.accrued())));
      }
      rows.add(row);
    }
    blocks.add(new Table(columns, rows, 0));
    n = 0;
    for (BenefitLine l : lines) {
      n++;
      List<Field> fields = new ArrayList<>();
      fields.add(new Field(Text.of("支付方", "Payer"), payer(l.payer())));
      fields.add(new Field(Text.of("金额", "Amount"), amountText(l)));
      if (l.until() != null) {
        fields.add(new Field(Text.of("止付", "Until"), Text.of(Dates.day(l.until()))));
      }
      fields.add(new Field(Text.of("公式", "Formula"), formula(l)));
      fields.add(new Field(Text.of("说明", "Explanation"), Text.of(l.explanationZh())));
      fields.add(new Field(Text.of("依据", "Law"), citations(l.citations())));
      if (!l.parameters().isEmpty()) {
        fields.add(new Field(Text.of("参数", "Parameters"), parameterList(l.parameters())));
      }
      blocks.add(new Entry(Text.of("[" + n + "] ").plus(name(l)), fields));
    }
    return new Section(title, blocks);
  }

  /** The item's name with its label: {@code 供养亲属抚恤金（张某，子女）}. */
  private static Text name(BenefitLine l) {
    Text name = Text.of(l.nameZh(), l.nameEn());
    String label = l.label();
    // a label that only repeats the name adds nothing: no 配偶（配偶）, 复查费（复查费）
    return label == null || label.isEmpty() || l.nameZh().equals(label)
        ? name
        : name.plus("（" + label + "）");
  }

  /** A formula in Chinese and English. */
  static Text formula(org.laborcalc.result.Line l) {
    return new Text(l.formulaText(Language.ZH), l.formulaText(Language.EN));
  }

  static Text payer(Party p) {
    return Text.of(p.nameZh(), p.nameEn());
  }

  private static Text amountText(BenefitLine l) {
    if (!l.isMonthly()) {
      return Text.of(money(l.amount()) + "（一次性）", money(l.amount()) + " (one-time)");
    }
    String from = Dates.day(l.startDate());
    Text text =
        Text.of(
            money(l.monthlyAmount()) + " 每月，自 " + from + " 起",
            money(l.monthlyAmount()) + " a month from " + from);
    if (l.accrued() != null) {
      text = text.plus(Text.of("；累计 " + money(l.accrued()), "; accrued " + money(l.accrued())));
    }
    return text;
  }

  // ---- 四、合计 ------------------------------------------------------------------------------

  private static Section totals(WorkInjuryResult r) {
    Totals t = r.totals();
    boolean accrual = r.lines().stream().anyMatch(l -> l.accrued() != null);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(Text.of("支付方", "Payer")));
    columns.add(Column.amount(Text.of("一次性合计", "One-time")));
    columns.add(Column.amount(Text.of("每月合计", "Monthly")));
    if (accrual) {
      columns.add(Column.amount(Text.of("月付累计", "Accrued")));
    }
    Money accruedEmployer = accrued(r.lines(), Party.EMPLOYER);
    Money accruedFund = accrued(r.lines(), Party.FUND);
    List<List<Text>> rows = new ArrayList<>();
    rows.add(
        totalRow(
            payer(Party.EMPLOYER),
            t.employer(),
            t.monthlyEmployer(),
            accrual ? accruedEmployer : null));
    rows.add(totalRow(payer(Party.FUND), t.fund(), t.monthlyFund(), accrual ? accruedFund : null));
    rows.add(
        totalRow(
            Text.of("合计", "Total"),
            t.total(),
            t.monthlyEmployer().plus(t.monthlyFund()),
            accrual ? accruedEmployer.plus(accruedFund) : null));
    List<Text> notes = new ArrayList<>();
    if (!r.isComplete()) {
      notes.add(
          Text.of(
              "合计不完整：缺少参数的待遇项目未计入",
              "Totals INCOMPLETE: items needing a missing figure are not included"));
    }
    notes.add(
        Text.of(
            "每月金额自起付日起按月支付，不计入一次性合计",
            "Monthly amounts are due every month from their start date and are not part of the"
                + " one-time totals"));
    if (accrual) {
      String asOf = Dates.day(r.options().asOf());
      notes.add(
          Text.of(
              "月付累计为起付日至计算日 " + asOf + " 已到期的月付金额",
              "Accrued: monthly amounts due up to the as-of date " + asOf));
    }
    List<Bar> bars = new ArrayList<>();
    for (BenefitLine l : r.lines()) {
      if (!l.isMonthly()) {
        bars.add(new Bar(name(l), l.amount(), l.payer()));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(columns, rows, 1));
    blocks.add(new Notes(notes));
    if (!bars.isEmpty()) {
      blocks.add(new Chart(Text.of("一次性金额（按项目）", "One-time amounts by item"), bars));
    }
    return new Section(Text.of("四、合计", "Totals"), blocks);
  }

  private static List<Text> totalRow(Text payer, Money oneTime, Money monthly, Money accrued) {
    List<Text> row =
        new ArrayList<>(List.of(payer, Text.of(money(oneTime)), Text.of(money(monthly))));
    if (accrued != null) {
      row.add(Text.of(money(accrued)));
    }
    return row;
  }

  private static Money accrued(List<BenefitLine> lines, Party payer) {
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
    Text title = Text.of("五、提示", "Warnings");
    if (warnings.isEmpty()) {
      return new Section(title, List.of(new Notes(List.of(Text.of("无", "None")))));
    }
    List<Text> items = new ArrayList<>();
    for (Notice w : warnings) {
      items.add(Text.of(w.messageZh(), w.messageEn()));
    }
    return new Section(title, List.of(new Notes(items)));
  }

  // ---- shared ---------------------------------------------------------------------------

  /** The labels of the legal digest: [P] primary text, [S] secondary sources. */
  static Text verification(Verification v) {
    return switch (v) {
      case PRIMARY -> Text.of("原文核实", "primary text");
      case SECONDARY -> Text.of("二手资料", "secondary source");
      case USER_SUPPLIED -> Text.of("用户提供", "user-supplied");
    };
  }

  /**
   * The citations joined by {@code ；}, in Chinese, and in English by the instrument's short name
   * with article numbers. A citation of a whole instrument (a standard, cited by clause) shows its
   * quote, which names the clause.
   */
  static Text citations(List<Citation> citations) {
    if (citations.isEmpty()) {
      return NONE_TEXT;
    }
    return new Text(
        citations.stream().map(SheetBuilder::citation).collect(Collectors.joining("；")),
        citations.stream().map(SheetBuilder::citationEn).collect(Collectors.joining("; ")));
  }

  private static String citation(Citation c) {
    String text = c.toChinese();
    if (c.article() == 0 && c.quote() != null) {
      text += "（" + c.quote() + "）";
    }
    return text;
  }

  private static String citationEn(Citation c) {
    String text = c.toString();
    if (c.article() == 0 && c.quote() != null) {
      text += " (" + c.quote() + ")";
    }
    return text;
  }

  /** The figures a line used, each by its name: {@code 统筹地区上年度职工月平均工资 = 5,200.00}. */
  static Text parameterList(List<ParameterUse> uses) {
    if (uses.isEmpty()) {
      return NONE_TEXT;
    }
    return new Text(
        uses.stream()
            .map(p -> ParameterNames.of(p.key()).zh() + " = " + p.value())
            .collect(Collectors.joining("；")),
        uses.stream()
            .map(p -> ParameterNames.of(p.key()).in(SheetLanguage.EN) + " = " + p.value())
            .collect(Collectors.joining("; ")));
  }

  /** {@code 浙江省杭州市（330100）}. */
  static Text region(Region region) {
    return Text.of(region.fullName() + "（" + region.code() + "）");
  }

  static String money(Money m) {
    return m == null ? NONE : m.toGroupedString();
  }

  static String orNone(String s) {
    return s == null || s.isEmpty() ? NONE : s;
  }
}
