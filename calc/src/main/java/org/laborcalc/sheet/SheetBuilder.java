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
                "一、本人工资 Own wage",
                List.of(
                    new Notes(
                        List.of(
                            "未能确定：所需参数缺失，见“缺少的参数” Not determined: figures it needs are"
                                + " missing, see \"Missing figures\"")))));
    sections.add(WageAndGradeSections.grade(r.grade()));
    sections.add(items(r.lines()));
    sections.add(totals(r));
    sections.add(warnings(r.warnings()));
    sections.add(SourceSections.parameters(r));
    sections.add(SourceSections.regimeAndOptions(r.regime(), r.options()));
    return new Sheet(
        "工伤待遇计算清单 Work-injury benefit calculation sheet",
        "金额单位：人民币元 Amounts in CNY (yuan)",
        sections);
  }

  // ---- 缺少的参数 ----------------------------------------------------------------------------

  private static Section missing(List<MissingFigure> missing) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Notes(
            List.of(
                "本清单不完整：以下参数缺失，所列待遇项目未计算，合计不是应得的全部金额 This sheet is INCOMPLETE: the"
                    + " figures below are missing, the items listed are not computed, and the"
                    + " totals are not the whole award")));
    int n = 0;
    for (MissingFigure m : missing) {
      n++;
      String when = m.year() != null ? m.year() + "年度 year " + m.year() : m.date().toString();
      String items =
          m.items().isEmpty()
              ? "本人工资 Own wage"
              : String.join(
                  "；", m.items().stream().map(i -> i.nameZh() + " " + i.nameEn()).toList());
      blocks.add(
          new Entry(
              "[" + n + "] " + m.key().name(),
              List.of(
                  new Field("参数 Figure", m.nameZh() + " " + m.nameEn()),
                  new Field("地区 Region", m.region().fullName() + "（" + m.region().code() + "）"),
                  new Field("期间 For", when),
                  new Field("影响 Needed by", items))));
    }
    return new Section("缺少的参数 Missing figures", blocks);
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
      if (l.until() != null) {
        fields.add(new Field("止付 Until", l.until().toString()));
      }
      fields.add(new Field("公式 Formula", l.formulaText()));
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
    Money accruedEmployer = accrued(r.lines(), Party.EMPLOYER);
    Money accruedFund = accrued(r.lines(), Party.FUND);
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        totalRow(
            Party.EMPLOYER.nameZh() + " " + Party.EMPLOYER.nameEn(),
            t.employer(),
            t.monthlyEmployer(),
            accrual ? accruedEmployer : null));
    rows.add(
        totalRow(
            Party.FUND.nameZh() + " " + Party.FUND.nameEn(),
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
    if (!r.isComplete()) {
      notes.add(
          "合计不完整：缺少参数的待遇项目未计入 Totals INCOMPLETE: items needing a missing figure are not"
              + " included");
    }
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

  static String parameterList(List<ParameterUse> uses) {
    if (uses.isEmpty()) {
      return NONE;
    }
    return uses.stream().map(p -> p.key() + " = " + p.value()).collect(Collectors.joining("；"));
  }

  static String money(Money m) {
    return m == null ? NONE : m.toGroupedString();
  }

  static String orNone(String s) {
    return s == null || s.isEmpty() ? NONE : s;
  }
}
