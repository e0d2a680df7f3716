package org.laborcalc.overtime.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.calendar.CalendarDay;
import org.laborcalc.calendar.DayKind;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.overtime.OvertimeKeys;
import org.laborcalc.overtime.OvertimeLine;
import org.laborcalc.overtime.OvertimeResult.DayCounted;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.region.Region;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * 《劳动法》第四十四条: "（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；（二）休息日安排劳动者工作又不能安排补休的，
 * 支付不低于工资的百分之二百的工资报酬；（三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。" 《工资支付暂行规定》第十三条 takes them on
 * "劳动者本人小时工资标准" (150%) and "本人日或小时工资标准" (200%, 300%); 劳社部发〔2008〕3号 二: "小时工资：月工资收入÷（月计薪天数×8小时）".
 *
 * <p>Standard hours only. Each day is what the {@link HolidayCalendar} makes it: a 补班 weekend day
 * is a working day, a 调休 weekday a rest day, a statutory holiday 300%. The hourly wage is never
 * rounded: each line is hours × monthly wage ÷ 21.75 ÷ 8 × percent, half-up to the fen once. The
 * percentages are on top of the monthly wage (the holiday itself is paid under art. 51). Stateless.
 */
public final class OvertimePay {
  static final Citation ART_44_1 =
      Citation.of(Instruments.get("laodong-fa"), 44, 1, 1)
          .withQuote("安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬");
  static final Citation ART_44_2 =
      Citation.of(Instruments.get("laodong-fa"), 44, 1, 2)
          .withQuote("休息日安排劳动者工作又不能安排补休的，支付不低于工资的百分之二百的工资报酬");
  static final Citation ART_44_3 =
      Citation.of(Instruments.get("laodong-fa"), 44, 1, 3)
          .withQuote("法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬");
  static final Citation ART_13 =
      Citation.of(Instruments.get("gongzi-zhifu-zanxing-guiding"), 13)
          .withQuote("按照不低于劳动合同规定的劳动者本人小时工资标准的１５０％支付劳动者工资");
  static final Citation HOURLY =
      Citation.of(Instruments.get("yue-pingjun-gongzuo-shijian-2008"), 2)
          .withQuote("小时工资：月工资收入÷（月计薪天数×8小时）");

  private static final Note[] NAMES = {
    new Note("延长工作时间加班工资（150%）", "overtime on working days (150%)"),
    new Note("休息日加班工资（200%）", "rest-day work without time off (200%)"),
    new Note("法定休假日加班工资（300%）", "statutory-holiday work (300%)")
  };
  private static final String[] CODES = {
    "OVERTIME_WEEKDAY", "OVERTIME_REST_DAY", "OVERTIME_HOLIDAY"
  };
  private static final String[] TABLE_KEYS = {"WEEKDAY", "REST_DAY", "HOLIDAY"};
  private static final Note ALREADY_PAID = new Note("已支付加班工资", "overtime pay already paid");

  private OvertimePay() {}

  /** A day's hours that are priced: a rest day's less the time off in lieu given. */
  public static BigDecimal paidHours(CalendarDay d, BigDecimal hours, BigDecimal timeOff) {
    return d.kind() == DayKind.REST_DAY ? hours.subtract(timeOff).max(BigDecimal.ZERO) : hours;
  }

  /** The lines: one per kind of day with hours, then the amount already paid (negative). */
  public static List<OvertimeLine> lines(
      Region region,
      LocalDate on,
      Money monthlyWage,
      List<DayCounted> days,
      Money alreadyPaid,
      Parameters p) {
    ResolvedParameter<Table> percent = p.get(OvertimeKeys.PERCENT, region, on);
    ResolvedParameter<BigDecimal> payDays = p.get(WorkInjuryKeys.PAY_DAYS_PER_MONTH, region, on);
    ResolvedParameter<BigDecimal> hoursPerDay = p.get(OvertimeKeys.HOURS_PER_DAY, region, on);
    List<OvertimeLine> out = new ArrayList<>();
    Citation[] articles = {ART_44_1, ART_44_2, ART_44_3};
    DayKind[] kinds = {DayKind.WORKDAY, DayKind.REST_DAY, DayKind.STATUTORY_HOLIDAY};
    for (int k = 0; k < 3; k++) {
      BigDecimal hours = BigDecimal.ZERO;
      Set<Citation> dayCites = new LinkedHashSet<>();
      for (DayCounted d : days) {
        if (d.day().kind() == kinds[k] && d.paidHours().signum() > 0) {
          hours = hours.add(d.paidHours());
          if (d.day().adjusted() || d.day().kind() == DayKind.STATUTORY_HOLIDAY) {
            dayCites.addAll(d.day().citations());
          }
        }
      }
      if (hours.signum() == 0) {
        continue;
      }
      BigDecimal pct = percent.value().get(TABLE_KEYS[k]);
      Formula f =
          Formula.of(
              Expr.times(Expr.number(hours.stripTrailingZeros()), Expr.money(monthlyWage))
                  .dividedBy(Expr.number(payDays.value()))
                  .dividedBy(Expr.number(hoursPerDay.value()))
                  .times(Expr.percent(pct)));
      List<Citation> cites = new ArrayList<>(List.of(articles[k], ART_13, HOURLY));
      cites.addAll(dayCites);
      out.add(
          new OvertimeLine(
              CODES[k],
              NAMES[k],
              null,
              new LineValue.OneTime(f.result()),
              List.of(Share.whole(Party.EMPLOYER, List.of(articles[k]))),
              f,
              List.of(
                  ParameterUse.of(percent, TABLE_KEYS[k] + " " + pct.toPlainString()),
                  ParameterUse.of(payDays, payDays.value().toPlainString()),
                  ParameterUse.of(hoursPerDay, hoursPerDay.value().toPlainString())),
              cites));
    }
    if (alreadyPaid.isPositive()) {
      Formula f = Formula.given(alreadyPaid.negated());
      out.add(
          new OvertimeLine(
              "OVERTIME_ALREADY_PAID",
              ALREADY_PAID,
              null,
              new LineValue.OneTime(f.result()),
              List.of(Share.whole(Party.EMPLOYER, List.of(ART_13))),
              f,
              List.of(),
              List.of(ART_13)));
    }
    return out;
  }
}
