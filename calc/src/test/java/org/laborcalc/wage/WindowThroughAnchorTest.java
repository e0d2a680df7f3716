package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;

/**
 * A window that ends on the anchor day ({@link WageWindow#throughAnchorMonth()}): the anchor month
 * and the months before it, the anchor month worked to the anchor day — complete only when that is
 * its last day. Both sides of that edge, with the partial-month policies. Every expected figure is
 * worked by hand in the comments.
 */
class WindowThroughAnchorTest {

  private static final Citation ART_47 =
      Citation.of(Instruments.get("laodong-hetong-fa"), 47, 3)
          .withQuote("本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资");

  private static WageWindow through(LocalDate day) {
    return new WageWindow(WindowAnchor.TERMINATION, day, 12, "经济补偿月工资", ART_47, true);
  }

  private static List<EvidenceItem> deposits(YearMonth from, YearMonth to, String amount) {
    List<EvidenceItem> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(EvidenceItem.bankDeposit(m, yuan(amount)));
    }
    return out;
  }

  /**
   * Deposits: 2019-05 8,000; 2019-06 to 2019-11 6,000 each; 2019-12 to 2020-05 7,000 each; 2020-06
   * 9,000. Work from 2018-01-01.
   */
  private static WageCase evidence(PartialMonthPolicy policy) {
    List<EvidenceItem> e = new ArrayList<>();
    e.add(EvidenceItem.bankDeposit(ym(2019, 5), yuan("8000")));
    e.addAll(deposits(ym(2019, 6), ym(2019, 11), "6000"));
    e.addAll(deposits(ym(2019, 12), ym(2020, 5), "7000"));
    e.add(EvidenceItem.bankDeposit(ym(2020, 6), yuan("9000")));
    return new WageCase(
        INJURY,
        LocalDate.of(2018, 1, 1),
        e,
        ProceduralFacts.none(),
        WageOptions.defaults().withPartialMonthPolicy(policy));
  }

  @Test
  void theDefaultWindowStopsBeforeTheAnchorMonth() {
    WageWindow w =
        new WageWindow(WindowAnchor.TERMINATION, LocalDate.of(2020, 6, 30), 12, "x", ART_47);
    assertThat(w.throughAnchorMonth()).isFalse();
    assertThat(w.lastMonth()).isEqualTo(ym(2020, 5));
    assertThat(w.firstMonth(LocalDate.of(2018, 1, 1))).isEqualTo(ym(2019, 6));
    assertThat(w.monthBeforeAnchor()).isEqualTo(ym(2020, 5));
  }

  @Test
  void endingOnTheMonthsLastDayTheAnchorMonthIsAFullMonthOfTheWindow() {
    WageFindings f =
        EvidenceWeighing.weigh(
            evidence(PartialMonthPolicy.EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS),
            through(LocalDate.of(2020, 6, 30)));
    // 2020-06 and the 11 months before it: 2019-07 to 2020-06, all complete.
    assertThat(f.firstMonth()).isEqualTo(ym(2019, 7));
    assertThat(f.lastMonth()).isEqualTo(ym(2020, 6));
    assertThat(f.window().monthBeforeAnchor()).isEqualTo(ym(2020, 5));
    assertThat(f.months())
        .hasSize(12)
        .allMatch(r -> r.complete() && r.daysWorked() == r.daysInMonth());
    // 5 × 6,000 (2019-07..11) + 6 × 7,000 (2019-12..2020-05) + 9,000 = 81,000; ÷ 12 = 6,750.00.
    assertThat(f.monthsAveraged()).isEqualTo(12);
    assertThat(f.total()).isEqualTo(yuan("81000.00"));
    assertThat(f.average()).isEqualTo(yuan("6750.00"));
    assertThat(f.notConsidered())
        .extracting(a -> a.items().get(0).month())
        .containsExactly(ym(2019, 5), ym(2019, 6));
  }

  @Test
  void endingTheDayBeforeTheMonthsLastDayTheAnchorMonthIsIncompleteAndLeftOutByDefault() {
    WageFindings f =
        EvidenceWeighing.weigh(
            evidence(PartialMonthPolicy.EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS),
            through(LocalDate.of(2020, 6, 29)));
    MonthRow june = f.months().get(11);
    assertThat(june.month()).isEqualTo(ym(2020, 6));
    // Worked 1 to 29 June: 29 of 30 days.
    assertThat(june.complete()).isFalse();
    assertThat(june.daysWorked()).isEqualTo(29);
    assertThat(june.status()).isEqualTo(MonthRow.Status.EXCLUDED_INCOMPLETE);
    // 5 × 6,000 + 6 × 7,000 = 72,000; ÷ 11 = 6,545.4545… → 6,545.45.
    assertThat(f.monthsAveraged()).isEqualTo(11);
    assertThat(f.average()).isEqualTo(yuan("6545.45"));
  }

  @Test
  void anIncompleteAnchorMonthIsScaledToAFullMonthUnderProRate() {
    WageFindings f =
        EvidenceWeighing.weigh(
            evidence(PartialMonthPolicy.PRO_RATE), through(LocalDate.of(2020, 6, 29)));
    // June: 9,000 × 30 ÷ 29 = 9,310.3448… → 9,310.34 (rounding point "month amount").
    assertThat(f.months().get(11).amountUsed()).contains(yuan("9310.34"));
    // 72,000 + 9,310.34 = 81,310.34; ÷ 12 = 6,775.861… → 6,775.86.
    assertThat(f.total()).isEqualTo(yuan("81310.34"));
    assertThat(f.average()).isEqualTo(yuan("6775.86"));
  }

  @Test
  void aWorkerWhoStartedInTheAnchorMonthHasItsDaysToTheAnchorDay() {
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2020, 6, 10),
            List.of(EvidenceItem.bankDeposit(ym(2020, 6), yuan("3300"))));
    WageFindings f = EvidenceWeighing.weigh(c, through(LocalDate.of(2020, 6, 20)));
    // 10 to 20 June inclusive: 11 days; the one month, incomplete, is scaled because no complete
    // month exists: 3,300 × 30 ÷ 11 = 9,000.00.
    assertThat(f.months()).singleElement().satisfies(r -> assertThat(r.daysWorked()).isEqualTo(11));
    assertThat(f.average()).isEqualTo(yuan("9000.00"));
  }
}
