package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;

/**
 * The costs an employer that applied late for 工伤认定 bears, where a province replaces 《工伤保险条例》 art.
 * 17 ¶4 (the costs after the 30 days and up to the application): Guangdong art. 12 ¶3 and Zhejiang
 * art. 13 ¶2 put every cost before the application on it (from the injury, the day of the
 * application not included), Sichuan art. 15 ¶3 every cost from the injury to the day the
 * application is received (included). Henan has no such article: the national rule.
 *
 * <p>Injured 2023-03-01, the employer's 30 days end 2023-03-31, it applied on 2023-05-15. Medical
 * costs: A 1,000.00 on 2023-03-10 (inside the 30 days), B 2,000.00 on 2023-05-15 (the day of the
 * application), C 4,000.00 on 2023-04-20 (after the 30 days), D 8,000.00 on 2023-06-01 (after the
 * application).
 */
class ProvincialLateFilingTest {
  private static Money m(String s) {
    return Money.parse(s);
  }

  private static WorkInjuryResult run(String city, String filed) {
    String province = city.substring(0, 2) + "0000";
    CaseBuilder b =
        CaseBuilder.create()
            .region(city)
            .employed("2015-01-01")
            .injured("2023-03-01", false)
            .wage("6000.00")
            .insurance(new Insurance(InsuranceStatus.INSURED, null, null, LocalDate.parse(filed)))
            .expenseOn(BenefitItem.MEDICAL_EXPENSES, "1000.00", "2023-03-10")
            .expenseOn(BenefitItem.MEDICAL_EXPENSES, "2000.00", "2023-05-15")
            .expenseOn(BenefitItem.MEDICAL_EXPENSES, "4000.00", "2023-04-20")
            .expenseOn(BenefitItem.MEDICAL_EXPENSES, "8000.00", "2023-06-01");
    CallerFigures f =
        CallerFigures.create()
            .year("wage.regionalAverageMonthly", city, 2022, "7000.00")
            .year("wage.provincialAverageMonthly", province, 2022, "7000.00");
    return WorkInjuryCalculator.of(f.overBundled()).calculate(b.build());
  }

  private static List<String> employerCitations(WorkInjuryResult r) {
    return r.lines().stream()
        .filter(l -> l.payer() == Party.EMPLOYER)
        .flatMap(l -> l.citations().stream())
        .map(Citation::toChinese)
        .distinct()
        .toList();
  }

  /** Henan, the national rule: C and B (after the 30 days, to the application) = 6,000.00. */
  @Test
  void nationallyTheEmployerBearsTheCostsAfterItsThirtyDays() {
    WorkInjuryResult r = run("410100", "2023-05-15");
    assertThat(r.totals().employer()).isEqualTo(m("6000.00"));
    assertThat(r.totals().fund()).isEqualTo(m("9000.00"));
    assertThat(employerCitations(r)).contains("《工伤保险条例》第十七条第四款");
  }

  /**
   * Guangdong art. 12 ¶3: A and C (before the application) = 5,000.00; B, on the day of the
   * application, and D are the fund's (10,000.00). Cited to art. 12 ¶3, not to art. 17 ¶4.
   */
  @Test
  void guangdongPutsEveryCostBeforeTheApplicationOnTheEmployer() {
    WorkInjuryResult r = run("440100", "2023-05-15");
    assertThat(r.totals().employer()).isEqualTo(m("5000.00"));
    assertThat(r.totals().fund()).isEqualTo(m("10000.00"));
    assertThat(employerCitations(r))
        .contains("《广东省工伤保险条例》第十二条第三款")
        .doesNotContain("《工伤保险条例》第十七条第四款");
  }

  /** Zhejiang art. 13 ¶2: as Guangdong, A and C = 5,000.00. */
  @Test
  void zhejiangPutsEveryCostBeforeTheApplicationOnTheEmployer() {
    WorkInjuryResult r = run("330100", "2023-05-15");
    assertThat(r.totals().employer()).isEqualTo(m("5000.00"));
    assertThat(employerCitations(r)).contains("《浙江省工伤保险条例》第十三条第二款");
  }

  /** Sichuan art. 15 ¶3: from the injury to the day of the application, A, C and B = 7,000.00. */
  @Test
  void sichuanIncludesTheDayTheApplicationIsReceived() {
    WorkInjuryResult r = run("510100", "2023-05-15");
    assertThat(r.totals().employer()).isEqualTo(m("7000.00"));
    assertThat(r.totals().fund()).isEqualTo(m("8000.00"));
    assertThat(employerCitations(r)).contains("《四川省工伤保险条例》第十五条第三款");
  }

  /**
   * An application inside the 30 days (2023-03-20) is not late: every cost is the fund's, in
   * Guangdong as in Sichuan.
   */
  @Test
  void anApplicationInTimeLeavesEveryCostWithTheFund() {
    assertThat(run("440100", "2023-03-20").totals().employer()).isEqualTo(m("0.00"));
    assertThat(run("510100", "2023-03-31").totals().employer()).isEqualTo(m("0.00"));
  }

  /**
   * One day late (2023-04-01): Guangdong puts A (2023-03-10) on the employer, 1,000.00; Sichuan A
   * and nothing else on that day, 1,000.00.
   */
  @Test
  void oneDayLateAlreadyShiftsTheCostsSinceTheInjury() {
    assertThat(run("440100", "2023-04-01").totals().employer()).isEqualTo(m("1000.00"));
    assertThat(run("510100", "2023-04-01").totals().employer()).isEqualTo(m("1000.00"));
  }
}
