package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Share;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Entry;
import org.laborcalc.sheet.Sheet.Field;
import org.laborcalc.sheet.Sheet.Table;

/**
 * The items of any kind's result ({@link Line}s) written into a sheet the same way: a table of the
 * items with payer and amount and the total, then each item with its formula, explanation, articles
 * and figures by name. Stateless.
 */
public final class LineSections {
  private LineSections() {}

  /**
   * Appends the items table (with {@code total} as its last row) and one entry per line to the
   * current section of {@code sheet}.
   *
   * @param explanations each line's explanation in the same order, or null for none
   */
  public static void add(
      Sheet.Builder sheet, List<? extends Line> lines, List<Text> explanations, Money total) {
    List<List<Text>> rows = new ArrayList<>();
    int n = 0;
    for (Line l : lines) {
      n++;
      rows.add(
          List.of(
              Text.of(Integer.toString(n)),
              SheetFacts.name(l),
              payer(l),
              Text.of(amount(l.value()))));
    }
    rows.add(
        List.of(Text.EMPTY, Text.of("合计", "Total"), Text.EMPTY, Text.of(total.toGroupedString())));
    sheet.block(
        new Table(
            List.of(
                Column.amount(Text.of("序号", "No.")),
                Column.text(Text.of("项目", "Item")),
                Column.text(Text.of("支付方", "Payer")),
                Column.amount(Text.of("金额", "Amount"))),
            rows,
            1));
    n = 0;
    for (Line l : lines) {
      List<Field> fields = new ArrayList<>();
      if (l.formula() != null) {
        fields.add(new Field(Text.of("公式", "Formula"), SheetFacts.formula(l)));
      }
      if (explanations != null && explanations.get(n) != null) {
        fields.add(new Field(Text.of("说明", "Explanation"), explanations.get(n)));
      }
      fields.add(new Field(Text.of("依据", "Law"), SheetFacts.citations(l.citations())));
      if (!l.parameters().isEmpty()) {
        fields.add(new Field(Text.of("参数", "Parameters"), SheetFacts.parameters(l.parameters())));
      }
      n++;
      sheet.block(new Entry(SheetFacts.name(l).after("[" + n + "] "), fields));
    }
  }

  private static Text payer(Line l) {
    if (l.shares().isEmpty()) {
      return Text.of("-");
    }
    Text t = null;
    for (Share s : l.shares()) {
      Text p = SheetFacts.payer(s.party());
      t = t == null ? p : t.plus(Text.of("、", ", ")).plus(p);
    }
    return t;
  }

  private static String amount(LineValue v) {
    if (v instanceof LineValue.OneTime o) {
      return o.amount().toGroupedString();
    }
    if (v instanceof LineValue.Monthly m) {
      return m.perMonth().toGroupedString() + "/月";
    }
    if (v instanceof LineValue.OnDate d) {
      return Dates.day(d.date());
    }
    return "-";
  }
}
