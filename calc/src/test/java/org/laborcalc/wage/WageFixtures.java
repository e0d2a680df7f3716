package org.laborcalc.wage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;

/** Shared inputs: the seed case's dates and figures chosen for hand calculation. */
final class WageFixtures {
  private WageFixtures() {}

  /** The seed case: 郭某 started in March 2019 and was injured on 2019-12-18. */
  static final LocalDate INJURY = LocalDate.of(2019, 12, 18);

  static final LocalDate START = LocalDate.of(2019, 3, 1);

  /**
   * A round regional average for hand calculation (not a published figure): bounds 3,120.00 (60 %)
   * and 15,600.00 (300 %).
   */
  static final SourcedFigure AVERAGE_5200 =
      new SourcedFigure(
          new BigDecimal("5200.00"), "测试用统筹地区职工月平均工资", List.of(), Verification.PRIMARY);

  static final SourcedFigure PAY_DAYS =
      new SourcedFigure(
          new BigDecimal("21.75"), "月计薪天数", List.of(WageLaw.DAILY_WAGE), Verification.PRIMARY);

  static final StatutoryFigures FIGURES =
      StatutoryFigures.withArticle64Percentages(AVERAGE_5200, PAY_DAYS);

  static StatutoryFigures figuresWithAverage(String average) {
    return StatutoryFigures.withArticle64Percentages(
        new SourcedFigure(
            new BigDecimal(average), "测试用统筹地区职工月平均工资", List.of(), Verification.PRIMARY),
        PAY_DAYS);
  }

  static Money yuan(String amount) {
    return Money.parse(amount);
  }

  static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }

  /** March to November 2019, the seed case's nine months. */
  static List<YearMonth> seedMonths() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = ym(2019, 3); !m.isAfter(ym(2019, 11)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The seed evidence: an unsigned payroll of 3,500 and bank deposits of 6,500 each month. */
  static List<EvidenceItem> seedEvidence() {
    List<EvidenceItem> evidence = new ArrayList<>();
    for (YearMonth m : seedMonths()) {
      evidence.add(EvidenceItem.payroll(m, yuan("3500"), false).withId("被申请人证据1"));
      evidence.add(EvidenceItem.bankDeposit(m, yuan("6500")).withId("申请人证据2"));
    }
    return evidence;
  }

  static WageCase seedCase() {
    return WageCase.of(INJURY, START, seedEvidence());
  }
}
