package org.laborcalc.leave;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.LineSections;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The unused-annual-leave sheet (未休年休假工资计算清单) on the shared sheet model: the monthly wage, each
 * year's days due, taken and unused, each year's pay with its formula and articles, the total and
 * the options in words. Stateless.
 */
final class AnnualLeaveSheet {
  private AnnualLeaveSheet() {}

  static Sheet of(AnnualLeaveResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    List<LeaveLine> lines = new ArrayList<>();
    List<Text> explanations = new ArrayList<>();
    for (AnnualLeaveResult.YearResult y : r.years()) {
      LeaveDays d = y.days();
      lines.add(y.line());
      uses.addAll(y.line().parameters());
      String prorated = d.proratedExact().stripTrailingZeros().toPlainString();
      explanations.add(
          Text.of(
              d.year()
                  + "年：折算应休 "
                  + prorated
                  + " 天，已休 "
                  + d.taken().toPlainString()
                  + " 天，应休未休 "
                  + d.unused().toPlainString()
                  + " 天",
              d.year()
                  + ": "
                  + prorated
                  + " days due pro rata, "
                  + d.taken().toPlainString()
                  + " taken, "
                  + d.unused().toPlainString()
                  + " unused"));
    }
    Sheet.Builder s = Sheet.builder(Text.of("未休年休假工资计算清单", "Unused annual leave pay"));
    s.fact(
        Text.of("月工资（剔除加班工资）", "Monthly wage (without overtime)"),
        Text.of(r.monthlyWage().toGroupedString()));
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(new ArrayList<>(uses)));
    s.section(Text.of("一、各年度", "Year by year"));
    LineSections.add(s, lines, explanations, r.total());
    s.section(Text.of("二、计算选项", "Options"));
    s.field(
        Text.of("折算天数的取整", "Rounding of the days"),
        switch (r.options().truncation()) {
          case TRUNCATE_RESULT -> Text.of("折算结果不足一整天的部分不计", "the result's part day dropped");
          case TRUNCATE_ENTITLEMENT_FIRST ->
              Text.of("先取整应休天数再折算", "the entitlement truncated first");
        });
    s.field(
        Text.of("年内累计工作年限跨档", "Band change within a year"),
        switch (r.options().bandChange()) {
          case SPLIT_AT_THRESHOLD -> Text.of("在跨档之日分段折算", "split at the day it changes");
          case BAND_AT_YEAR_END -> Text.of("按年末档次", "the band at the year's end");
          case BAND_AT_YEAR_START -> Text.of("按年初档次", "the band at the year's start");
        });
    return s.build();
  }
}
