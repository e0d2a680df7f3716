package org.laborcalc.arrears.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.Dates;
import org.laborcalc.sheet.LineSections;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The wage-arrears calculation sheet (拖欠工资及加付赔偿金计算清单) on the shared sheet model: each line with its
 * month, due date, formula (or why it is nil) and articles, the totals, the options in words and
 * the note that the time limit is not applied. Stateless.
 */
public final class WageArrearsSheet {
  private WageArrearsSheet() {}

  /** The sheet of {@code r}. */
  public static Sheet of(WageArrearsResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    List<Text> explanations = new ArrayList<>();
    for (WageArrearsLine l : r.lines()) {
      uses.addAll(l.parameters());
      Text month = l.month() == null ? Text.EMPTY : Text.of(Dates.month(l.month()) + " ");
      Text due =
          l.dueDate() == null
              ? Text.EMPTY
              : Text.of("应付日 " + Dates.day(l.dueDate()), "due " + Dates.day(l.dueDate()));
      Text why =
          l.reasonZh() == null ? Text.EMPTY : Text.of("；" + l.reasonZh(), "; " + l.reasonEn());
      Text e = month.plus(due).plus(why);
      explanations.add(e.isEmpty() ? null : e);
    }
    Sheet.Builder s =
        Sheet.builder(Text.of("拖欠工资及加付赔偿金计算清单", "Wage arrears and additional compensation"));
    s.fact(
        Text.of("劳动关系", "Labour relation"),
        r.employmentEnd() == null
            ? Text.of("存续", "continuing")
            : Text.of(
                "终止于 " + Dates.day(r.employmentEnd()), "ended " + Dates.day(r.employmentEnd())));
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(new ArrayList<>(uses)));
    s.section(Text.of("一、各项", "Items"));
    LineSections.add(s, r.lines(), explanations, r.total());
    s.field(
        Text.of("工资及差额小计", "Wages and shortfalls"), Text.of(r.arrearsTotal().toGroupedString()));
    s.section(Text.of("二、计算选项", "Options"));
    s.field(
        Text.of("加付赔偿金的基数", "Base of the additional compensation"),
        switch (r.options().art85Base()) {
          case UNPAID_AT_DEADLINE ->
              Text.of("期限届满时仍未支付的金额", "the amount still unpaid at the deadline");
          case AMOUNT_ORDERED -> Text.of("责令支付的金额", "the amount ordered");
        });
    s.section(Text.of("三、说明", "Notes"));
    s.notes(
        Text.of(
            "本清单未适用仲裁时效；劳动关系存续期间拖欠劳动报酬的，自劳动关系终止之日起一年内提出（劳动争议调解仲裁法第二十七条第四款）",
            "The time limit is not applied; a claim for wages in arrears during the employment runs"
                + " one year from its end (Labour Dispute Mediation and Arbitration Law art. 27 ¶4)"));
    return s.build();
  }
}
