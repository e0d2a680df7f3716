package org.laborcalc.overtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.LineValue;

/**
 * OT-1 of ARBITRATION.md §2.5 (standard hours, April 2024) with its variants, the peers' calendar
 * errors (§1.2), hostile inputs, and the laws of the claim. Expected values by hand: hourly
 * 6,960.00 ÷ 174 = 40.00.
 */
class OvertimeTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static String file(String days, String alreadyPaid) {
    return """
        {"calculation": "overtime", "formatVersion": 1,
         "case": {"region": "110000", "workingHoursSystem": "STANDARD", "monthlyWage": "6960.00",
                  "alreadyPaid": "%s", "days": [%s]}}
        """
        .formatted(alreadyPaid, days);
  }

  private static String day(String date, String hours) {
    return "{\"date\": \"" + date + "\", \"hours\": " + hours + "}";
  }

  /** 20 h beyond the day on ten ordinary weekdays, Saturdays 04-13 and 04-20, 清明 04-04. */
  private static final List<String> OT_1 = new ArrayList<>();

  static {
    for (String d : List.of("01", "02", "03", "08", "09", "10", "11", "12", "15", "16")) {
      OT_1.add(day("2024-04-" + d, "2"));
    }
    OT_1.add(day("2024-04-13", "8"));
    OT_1.add(day("2024-04-20", "8"));
    OT_1.add(day("2024-04-04", "8"));
  }

  private static OvertimeResult compute(List<String> days, String paid) {
    Outcome o = CALC.compute(file(String.join(",", days), paid));
    assertThat(o.violations()).isEmpty();
    return o.result(OvertimeResult.class);
  }

  private static String amount(OvertimeLine l) {
    return ((LineValue.OneTime) l.value()).amount().toString();
  }

  @Test
  void ot1StandardHoursApril2024() {
    OvertimeResult r = compute(OT_1, "0.00");
    // 150%: 20 × 40.00 × 1.5 = 1,200.00; 200%: 16 × 40.00 × 2 = 1,280.00; 300%: 8 × 40.00 × 3 =
    // 960.00
    assertThat(r.lines())
        .extracting(OvertimeLine::code)
        .containsExactly("OVERTIME_WEEKDAY", "OVERTIME_REST_DAY", "OVERTIME_HOLIDAY");
    assertThat(r.lines())
        .extracting(OvertimeTest::amount)
        .containsExactly("1200.00", "1280.00", "960.00");
    assertThat(r.total().toString()).isEqualTo("3440.00");
    assertThat(r.lines().get(0).citations())
        .extracting(Citation::toChinese)
        .containsExactly(
            "《中华人民共和国劳动法》第四十四条第一款第（一）项", "《工资支付暂行规定》第十三条", "《关于职工全年月平均工作时间和工资折算问题的通知》第二条");
    assertThat(r.lines().get(1).citations().get(0).toChinese())
        .isEqualTo("《中华人民共和国劳动法》第四十四条第一款第（二）项");
    assertThat(r.lines().get(2).citations())
        .extracting(Citation::toChinese)
        .containsExactly(
            "《中华人民共和国劳动法》第四十四条第一款第（三）项",
            "《工资支付暂行规定》第十三条",
            "《关于职工全年月平均工作时间和工资折算问题的通知》第二条",
            "《全国年节及纪念日放假办法》（2013年）第二条",
            "《国务院办公厅关于2024年部分节假日安排的通知》");
    for (OvertimeLine l : r.lines()) {
      assertThat(l.formula().evaluate()).isEqualTo(((LineValue.OneTime) l.value()).amount());
    }
  }

  @Test
  void aTiaoxiuWeekdayIsARestDayAndABuBanSundayAWorkingDay() {
    List<String> days = new ArrayList<>(OT_1);
    days.add(day("2024-04-05", "8")); // 调休 rest day: + 8 × 40.00 × 2 = 640.00
    days.add(
        day("2024-04-07", "2")); // 补班 Sunday: overtime beyond its 8 h, + 2 × 40.00 × 1.5 = 120.00
    OvertimeResult r = compute(days, "0.00");
    assertThat(r.lines())
        .extracting(OvertimeTest::amount)
        .containsExactly("1320.00", "1920.00", "960.00");
    assertThat(r.total().toString()).isEqualTo("4200.00");
  }

  /** Peer error (§1.2): every day of a holiday period at 300%. 2024-02-13 is a 调休 day: 200%. */
  @Test
  void onlyTheStatutoryDaysOfABreakAreAtThreeHundredPercent() {
    OvertimeResult r = compute(List.of(day("2024-02-12", "8"), day("2024-02-13", "8")), "0.00");
    assertThat(r.lines())
        .extracting(OvertimeLine::code)
        .containsExactly("OVERTIME_REST_DAY", "OVERTIME_HOLIDAY");
    assertThat(r.lines()).extracting(OvertimeTest::amount).containsExactly("640.00", "960.00");
    // 2025-02-05 is an ordinary working day, not part of the break
    OvertimeResult w = compute(List.of(day("2025-02-05", "2")), "0.00");
    assertThat(w.lines()).extracting(OvertimeLine::code).containsExactly("OVERTIME_WEEKDAY");
  }

  @Test
  void amountsAlreadyPaidAreDeductedAndTimeOffInLieuCancelsRestDayPay() {
    OvertimeResult r = compute(OT_1, "440.00");
    assertThat(r.lines().get(3).code()).isEqualTo("OVERTIME_ALREADY_PAID");
    assertThat(amount(r.lines().get(3))).isEqualTo("-440.00");
    assertThat(r.total().toString()).isEqualTo("3000.00");
    OvertimeResult off =
        compute(
            List.of(
                "{\"date\": \"2024-04-13\", \"hours\": 8, \"timeOffInLieuHours\": 8}",
                day("2024-04-01", "1")),
            "0.00");
    assertThat(off.lines()).extracting(OvertimeLine::code).containsExactly("OVERTIME_WEEKDAY");
  }

  @Test
  void hostileInputsAreLocated() {
    Outcome o =
        CALC.compute(
            file(
                String.join(
                    ",",
                    day("2024-04-13", "25"),
                    day("2024-04-01", "17"),
                    day("2027-03-01", "2"),
                    day("2024-04-13", "1")),
                "0.00"));
    assertThat(o.violations())
        .extracting(Violation::path)
        .containsExactly("case.days[0].hours", "case.days[3].date");
    Outcome gaps =
        CALC.compute(
            file(String.join(",", day("2024-04-01", "17"), day("2027-03-01", "2")), "0.00"));
    assertThat(gaps.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("case.days[0].hours", "INVALID_FIELD"),
            org.assertj.core.api.Assertions.tuple("case.days[1].date", "CALENDAR_YEAR_MISSING"));
  }

  @Property
  void overtimeIsMonotoneInHoursAndTheTotalIsTheSumOfTheLines(
      @ForAll @IntRange(min = 0, max = 365) int dayOfYear,
      @ForAll @IntRange(min = 1, max = 23) int halfHours,
      @ForAll @IntRange(min = 1, max = 8) int moreHalfHours) {
    String date = LocalDate.of(2024, 1, 1).plusDays(dayOfYear).toString();
    BigDecimal h = BigDecimal.valueOf(halfHours).movePointLeft(1).multiply(BigDecimal.valueOf(5));
    BigDecimal more =
        h.add(BigDecimal.valueOf(moreHalfHours).movePointLeft(1).multiply(BigDecimal.valueOf(5)));
    OvertimeResult a = compute(List.of(day(date, h.toPlainString())), "0.00");
    OvertimeResult b = compute(List.of(day(date, more.toPlainString())), "0.00");
    assertThat(b.total()).isGreaterThan(a.total());
    Money sum = Money.ZERO;
    for (OvertimeLine l : b.lines()) {
      sum = sum.plus(((LineValue.OneTime) l.value()).amount());
    }
    assertThat(b.total()).isEqualTo(sum);
  }
}
