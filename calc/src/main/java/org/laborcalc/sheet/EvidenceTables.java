package org.laborcalc.sheet;

import static org.laborcalc.sheet.SheetBuilder.NONE;
import static org.laborcalc.sheet.SheetBuilder.NONE_TEXT;
import static org.laborcalc.sheet.SheetBuilder.citations;
import static org.laborcalc.sheet.SheetBuilder.money;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Section;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.wage.AssessedEvidence;
import org.laborcalc.wage.MonthRow;

/**
 * The wage evidence month by month, for any calculation that weighs it ({@code
 * org.laborcalc.wage.EvidenceWeighing}): a concise table in which consecutive months with the same
 * finding and reason share one row ({@code 2019-03 至 2019-11（9个月）}), and the full month table for
 * an appendix. Stateless.
 */
public final class EvidenceTables {
  private EvidenceTables() {}

  /**
   * The concise table: month or run of months, status, evidence chosen, wage, evidence not chosen
   * with the reason and articles; the last row the average ({@code total ÷ months}).
   */
  public static Table concise(
      List<MonthRow> months, Money total, int monthsAveraged, Money average) {
    List<List<Text>> rows = new ArrayList<>();
    for (MonthRun<List<Text>> run :
        MonthRun.collapse(months, MonthRow::month, EvidenceTables::finding)) {
      List<Text> cells = new ArrayList<>();
      cells.add(run.label());
      cells.addAll(run.value());
      rows.add(cells);
    }
    rows.add(
        List.of(
            Text.of("平均", "Average"),
            Text.of(monthsAveraged + "个月", monthsAveraged + " months"),
            NONE_TEXT,
            Text.of(money(average)),
            Text.of(total.toGroupedString() + " ÷ " + monthsAveraged)));
    return new Table(
        List.of(
            Column.code(Text.of("月份", "Month")),
            Column.text(Text.of("状态", "Status")),
            Column.text(Text.of("采信证据", "Evidence chosen")),
            Column.amount(Text.of("工资", "Wage")),
            Column.text(Text.of("未采信的证据及理由", "Evidence not chosen, and why"))),
        rows,
        1);
  }

  /** True when the concise table has fewer rows than there are months. */
  public static boolean collapses(List<MonthRow> months) {
    return MonthRun.collapse(months, MonthRow::month, EvidenceTables::finding).size()
        < months.size();
  }

  /**
   * The appendix: one row a month with its status, the evidence chosen, the wage and the amounts of
   * the evidence not chosen (the reasons are in the concise table).
   */
  public static Section appendix(Text title, List<MonthRow> months) {
    return new Section(title, List.of(monthTable(months)));
  }

  /** The table of {@link #appendix}. */
  public static Table monthTable(List<MonthRow> months) {
    List<List<Text>> rows = new ArrayList<>();
    for (MonthRow m : months) {
      StringBuilder zh = new StringBuilder();
      StringBuilder en = new StringBuilder();
      for (AssessedEvidence e : m.evidence()) {
        if (e.outcome() == AssessedEvidence.Outcome.CHOSEN) {
          continue;
        }
        if (zh.length() > 0) {
          zh.append("；");
          en.append("; ");
        }
        zh.append(e.labelZh()).append(" ").append(money(e.recordedAmount()));
        en.append(e.labelEn()).append(" ").append(money(e.recordedAmount()));
      }
      rows.add(
          List.of(
              Text.of(Dates.month(m.month())),
              Text.of(m.status().labelZh(), m.status().labelEn()),
              m.chosen().map(e -> Text.of(e.labelZh(), e.labelEn())).orElse(NONE_TEXT),
              Text.of(m.amountUsed().map(SheetBuilder::money).orElse(NONE)),
              zh.length() == 0 ? NONE_TEXT : Text.of(zh.toString(), en.toString())));
    }
    return new Table(
        List.of(
            Column.code(Text.of("月份", "Month")),
            Column.text(Text.of("状态", "Status")),
            Column.text(Text.of("采信证据", "Evidence chosen")),
            Column.amount(Text.of("工资", "Wage")),
            Column.text(Text.of("未采信的证据", "Evidence not chosen"))),
        rows,
        0);
  }

  /** A month's cells after the month: status, evidence chosen, wage, evidence not chosen. */
  private static List<Text> finding(MonthRow row) {
    Text chosen = row.chosen().map(e -> Text.of(e.labelZh(), e.labelEn())).orElse(NONE_TEXT);
    Text amount = Text.of(row.amountUsed().map(SheetBuilder::money).orElse(NONE));
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (AssessedEvidence e : row.evidence()) {
      if (e.outcome() == AssessedEvidence.Outcome.CHOSEN) {
        continue;
      }
      Text cites = citations(e.citations());
      if (zh.length() > 0) {
        zh.append("；");
        en.append("; ");
      }
      zh.append(e.labelZh())
          .append(" ")
          .append(money(e.recordedAmount()))
          .append("：")
          .append(e.reasonZh())
          .append(e.citations().isEmpty() ? "" : "（" + cites.zh() + "）");
      en.append(e.labelEn())
          .append(" ")
          .append(money(e.recordedAmount()))
          .append(": ")
          .append(e.reasonEn())
          .append(e.citations().isEmpty() ? "" : " (" + cites.en() + ")");
    }
    Text others = zh.length() == 0 ? NONE_TEXT : Text.of(zh.toString(), en.toString());
    return List.of(Text.of(row.status().labelZh(), row.status().labelEn()), chosen, amount, others);
  }
}
