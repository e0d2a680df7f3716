package org.laborcalc.doublewage.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laborcalc.doublewage.DoubleWageCase;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.sheet.Dates;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.Sheet.Column;
import org.laborcalc.sheet.Sheet.Table;
import org.laborcalc.sheet.SheetFacts;
import org.laborcalc.sheet.Text;

/**
 * The double-wage calculation sheet (计算清单) on the shared sheet model: the ground and the period
 * with why it ends, each month with its days, formula, due date and articles, the days excluded,
 * the total, the options in words and the note that the time limit is not applied. The same result
 * always gives the same sheet. Stateless.
 */
public final class DoubleWageSheet {
  private DoubleWageSheet() {}

  /** The sheet of {@code r}. */
  public static Sheet of(DoubleWageResult r) {
    Sheet.Builder s = Sheet.builder(Text.of("二倍工资计算清单", "Double-wage calculation sheet"));
    s.fact(Text.of("请求依据", "Ground"), ground(r.ground()));
    s.fact(
        Text.of("二倍工资期间", "Period"),
        r.periodFrom() == null
            ? Text.of("无", "none")
            : Dates.period(r.periodFrom(), r.periodTo())
                .plus(
                    Text.of("（", " (")
                        .plus(endReason(r.periodEndReason()))
                        .plus(Text.of("）", ")"))));
    s.fact(Text.of("参数包", "Parameter packs"), SheetFacts.packs(uses(r)));

    s.section(Text.of("一、各月", "Month by month"));
    List<List<Text>> rows = new ArrayList<>();
    for (DoubleWageLine l : r.lines()) {
      if (l.month() == null || l.value() instanceof LineValue.OnDate) {
        continue;
      }
      rows.add(
          List.of(
              Text.of(Dates.month(l.month())),
              Dates.period(l.from(), l.to()),
              SheetFacts.formula(l),
              Text.of(Dates.day(l.dueDate()))));
    }
    if (!rows.isEmpty()) {
      s.block(
          new Table(
              List.of(
                  Column.code(Text.of("月份", "Month")),
                  Column.text(Text.of("期间", "Days")),
                  Column.text(Text.of("计算", "Formula")),
                  Column.code(Text.of("应付日", "Due"))),
              rows,
              0));
      // the articles are the same for most months: each set once, with the months it covers
      Map<Text, List<String>> byLaw = new java.util.LinkedHashMap<>();
      for (DoubleWageLine l : r.lines()) {
        if (l.month() != null && !(l.value() instanceof LineValue.OnDate)) {
          byLaw
              .computeIfAbsent(SheetFacts.citations(l.citations()), k -> new ArrayList<>())
              .add(Dates.month(l.month()));
        }
      }
      for (Map.Entry<Text, List<String>> e : byLaw.entrySet()) {
        List<String> months = e.getValue();
        String which =
            months.size() == 1
                ? months.get(0)
                : months.get(0) + "—" + months.get(months.size() - 1);
        s.field(Text.of("依据（" + which + "）", "Law (" + which + ")"), e.getKey());
      }
    }
    for (DoubleWageLine l : r.lines()) {
      if (l.value() instanceof LineValue.OnDate d) {
        s.field(
            Text.of(l.name().zh(), l.name().en()),
            Text.of(Dates.day(d.date()) + "；").plus(SheetFacts.citations(l.citations())));
      } else if (l.month() == null) {
        s.field(
            Text.of(l.name().zh(), l.name().en()),
            SheetFacts.formula(l)
                .plus(Text.of("；", "; "))
                .plus(SheetFacts.citations(l.citations())));
      }
    }
    if (!r.exclusions().isEmpty()) {
      s.section(Text.of("二、不计入的期间", "Periods excluded"));
      for (DoubleWageResult.Exclusion x : r.exclusions()) {
        Text what = finding(x.kind());
        if (x.basis() != null) {
          what = what.plus("（" + x.basis() + "）");
        }
        s.field(
            Dates.period(x.from(), x.to()),
            what.plus(Text.of("；", "; ")).plus(SheetFacts.citations(List.of(x.citation()))));
      }
    }
    s.section(Text.of("三、合计", "Total"));
    s.field(Text.of("合计", "Total"), Text.of(r.total().toGroupedString()));
    s.section(Text.of("四、计算选项", "Options"));
    for (Map.Entry<String, String> e : r.options().asMap().entrySet()) {
      s.field(option(e.getKey()), optionValue(e.getValue()));
    }
    s.section(Text.of("五、说明", "Notes"));
    s.notes(
        Text.of(
            "本清单未适用仲裁时效（劳动争议调解仲裁法第二十七条）；各月所列应付日供时效计算使用",
            "The time limit for arbitration is not applied (Labour Dispute Mediation and Arbitration"
                + " Law art. 27); the due dates listed are for computing it"));
    return s.build();
  }

  private static List<ParameterUse> uses(DoubleWageResult r) {
    Set<ParameterUse> uses = new LinkedHashSet<>();
    r.lines().forEach(l -> uses.addAll(l.parameters()));
    return List.copyOf(uses);
  }

  private static Text ground(DoubleWageCase.Ground g) {
    return switch (g) {
      case NO_WRITTEN_CONTRACT ->
          Text.of("未订立书面劳动合同（劳动合同法第八十二条第一款）", "no written contract (LCL art. 82 ¶1)");
      case EXPIRED_NOT_RENEWED -> Text.of("劳动合同期满未续订", "fixed term expired, not renewed");
      case OPEN_ENDED_REFUSED ->
          Text.of(
              "应订立无固定期限劳动合同而未订立（劳动合同法第八十二条第二款）",
              "open-ended contract due, not concluded (LCL art. 82 ¶2)");
    };
  }

  private static Text endReason(DoubleWageResult.PeriodEnd e) {
    return switch (e) {
      case SIGNED -> Text.of("补订书面劳动合同的前一日", "the day before the contract was signed");
      case ONE_YEAR_LIMIT -> Text.of("满一年的前一日", "the day before one year");
      case ELEVEN_MONTH_CAP -> Text.of("十一个月上限", "the eleven-month cap");
      case EMPLOYMENT_ENDED -> Text.of("劳动关系终止", "the employment ended");
      case AS_OF -> Text.of("计算截止日", "the as-of date");
    };
  }

  private static Text finding(DoubleWageCase.FindingKind k) {
    return switch (k) {
      case FORCE_MAJEURE -> Text.of("因不可抗力未订立", "force majeure");
      case WORKER_FAULT ->
          Text.of("因劳动者本人故意或者重大过失未订立", "the worker's own intent or gross negligence");
      case OTHER_STATUTORY_GROUND -> Text.of("法律、行政法规规定的其他情形", "another statutory ground");
      case EXTENDED_ART_42 ->
          Text.of("劳动合同依法续延（劳动合同法第四十二条）", "contract ran on by law (LCL art. 42)");
      case EXTENDED_SERVICE_PERIOD -> Text.of("服务期内劳动合同续延", "contract ran on for a service period");
      case EXTENDED_UNION_TERM -> Text.of("工会任期内劳动合同续延", "contract ran on for a union term");
    };
  }

  private static Text option(String key) {
    return switch (key) {
      case "doubleWage.dayCounting" -> Text.of("起算日是否计入", "whether the first day counts");
      case "doubleWage.partMonth" -> Text.of("不满一个月的折算", "part month");
      case "doubleWage.cap" -> Text.of("十一个月上限的计算", "the eleven-month cap");
      case "doubleWage.wage" -> Text.of("加倍的工资", "the wage doubled");
      case "doubleWage.art82_2Cap" -> Text.of("第八十二条第二款的上限", "cap under art. 82 ¶2");
      default -> Text.of(key);
    };
  }

  private static Text optionValue(String value) {
    return switch (value) {
      case "START_DAY_COUNTED" -> Text.of("用工之日计入", "the first day counts");
      case "CIVIL_CODE_201" -> Text.of("起算日不计入（民法典第二百零一条）", "the first day does not count");
      case "WORKDAYS_OVER_MONTH_WORKDAYS" -> Text.of("按该月工作日折算", "working days over the month's");
      case "WORKDAYS_OVER_21_75" -> Text.of("工作日 ÷ 21.75", "working days over 21.75");
      case "CALENDAR_DAYS_OVER_MONTH_DAYS" -> Text.of("按日历天数折算", "calendar days over the month's");
      case "LITERAL_DATES" -> Text.of("按条文日期", "the literal dates");
      case "ELEVEN_FULL_MONTHS" -> Text.of("满十一个月", "eleven full months");
      case "NORMAL_WAGE_OF_THE_MONTH" -> Text.of("当月正常工作时间工资", "the month's wage for normal hours");
      case "WAGE_PAYABLE_INCLUDING_OVERTIME" ->
          Text.of("当月应得工资（含加班费）", "wage payable incl. overtime");
      case "AGREED_WAGE" -> Text.of("约定的月工资", "the agreed monthly wage");
      case "NONE" -> Text.of("不设上限", "no cap");
      case "ELEVEN_MONTHS" -> Text.of("至多十一个月", "at most eleven months");
      default -> Text.of(value);
    };
  }
}
