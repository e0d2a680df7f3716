package org.laborcalc.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;

/**
 * Valid work-injury cases over six provinces, with the local figures every generated case needs:
 * the generator of calc's property tests ({@code WorkInjuryProperties}) and of the benchmarks.
 * Deterministic: the same seed gives the same cases. Stateless and thread-safe.
 */
public final class GeneratedCases {

  /** Regions whose province has a complete bundled termination-subsidy rule. */
  public static final List<String> REGIONS =
      List.of("410100", "330100", "370800", "440100", "130100", "320100");

  private GeneratedCases() {}

  /** The bundled packs plus the generated local figures: every generated case computes. */
  public static WorkInjuryCalculator calculator() {
    return WorkInjuryCalculator.of(figures().overBundled());
  }

  /**
   * {@code n} cases drawn as the property tests draw them (any seed, grade 1–10, one of the six
   * regions, any insurance status), from the seed {@code seed}; as the benchmarks draw them, no
   * insured case reports the injury late (their figures stay comparable with
   * benchmarks/RESULTS.md).
   */
  public static List<WorkInjuryCase> cases(int n, long seed) {
    Random r = new Random(seed);
    InsuranceStatus[] statuses = InsuranceStatus.values();
    List<WorkInjuryCase> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          generate(
              r.nextLong(),
              1 + r.nextInt(10),
              REGIONS.get(r.nextInt(REGIONS.size())),
              statuses[r.nextInt(statuses.length)],
              false));
    }
    return out;
  }

  /**
   * {@code n} generated cases that {@code calculator} computes without a domain error (a case the
   * engine refuses, such as a province's unconfirmed rule, is replaced by the next one drawn).
   */
  public static WorkInjuryCase[] computable(WorkInjuryCalculator calculator, int n, long seed) {
    WorkInjuryCase[] out = new WorkInjuryCase[n];
    Random r = new Random(seed);
    int found = 0;
    int refused = 0;
    while (found < n) {
      WorkInjuryCase c = cases(1, r.nextLong()).get(0);
      try {
        calculator.calculate(c);
        out[found++] = c;
      } catch (LaborCalcException e) {
        refused++;
      }
    }
    if (refused > n / 10) {
      throw new IllegalStateException(
          "the generator must draw mostly computable cases: " + refused + " refused for " + n);
    }
    return out;
  }

  /**
   * Where the province pays living care by the count of activities needing care (Guangdong arts. 17
   * ¶3, 26), a 大部分 level lists four of them, so that the case needs no reading of the level (option
   * {@code majorSelfCare}); no draw is taken, so the other cases stay as they were.
   */
  private static Set<DailyActivity> activitiesFor(String region, SelfCareLevel care) {
    return region.startsWith("44") && care == SelfCareLevel.MAJOR
        ? Set.of(
            DailyActivity.EATING,
            DailyActivity.TURNING_OVER,
            DailyActivity.TOILETING,
            DailyActivity.DRESSING_AND_WASHING)
        : null;
  }

  /** Local figures for every region and year the generator can ask about. */
  public static CallerFigures figures() {
    CallerFigures f = CallerFigures.create();
    Random r = new Random(42);
    for (String code : REGIONS) {
      String province = code.substring(0, 2) + "0000";
      for (int year = 2017; year <= 2025; year++) {
        f.year("wage.regionalAverageMonthly", code, year, (4000 + r.nextInt(6000)) + ".00");
        f.year("wage.provincialAverageMonthly", province, year, (4000 + r.nextInt(6000)) + ".00");
      }
      f.money("wage.minimumMonthly", code, "2015-01-01", null, "2100.00");
      f.money("injury.hospitalFood.dailyStandard", code, "2015-01-01", null, "50.00");
      // Where the province pays a share of the minimum wage instead (Zhejiang art. 24), the days a
      // month's wage is divided by, which no text gives.
      f.number("injury.hospitalFood.minimumWageDayDivisor", code, "2015-01-01", null, "30");
    }
    return f;
  }

  /**
   * One valid case drawn from {@code seed}: disability grade {@code g}, in {@code region}, with the
   * insurance {@code status}; when {@code lateFilings}, a quarter of the insured cases report the
   * injury more than 30 days late (the property tests' draw).
   */
  public static WorkInjuryCase generate(
      long seed, int g, String region, InsuranceStatus status, boolean lateFilings) {
    Random r = new Random(seed);
    LocalDate injury = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(2000));
    LocalDate start = injury.minusDays(1 + r.nextInt(3000));
    RetirementCategory category = RetirementCategory.values()[r.nextInt(3)];
    LocalDate birth = injury.minusYears(20 + r.nextInt(30)).minusDays(r.nextInt(365));
    LocalDate appraised = injury.plusDays(30 + r.nextInt(400));
    long maxSuspension =
        Math.min(java.time.temporal.ChronoUnit.DAYS.between(injury, appraised), 700);
    LocalDate suspensionEnd = injury.plusDays(r.nextInt((int) maxSuspension));
    Termination termination =
        r.nextBoolean()
            ? new Termination(
                appraised.plusDays(1 + r.nextInt(300)),
                InitiatedBy.values()[r.nextInt(InitiatedBy.values().length)],
                r.nextBoolean())
            : null;
    DisabilityGrade grade = DisabilityGrade.of(g);
    List<SelfCareLevel> allowed = new ArrayList<>(SelfCareConsistency.allowedLevels(grade));
    Collections.sort(allowed);
    SelfCareLevel care = allowed.get(r.nextInt(allowed.size()));
    List<Expense> expenses = new ArrayList<>();
    List<BenefitItem> costs =
        List.of(
            BenefitItem.MEDICAL_EXPENSES,
            BenefitItem.REHABILITATION,
            BenefitItem.APPRAISAL_FEE,
            BenefitItem.RE_EXAMINATION_FEE,
            BenefitItem.SUSPENSION_PERIOD_CARE,
            BenefitItem.FOLLOW_UP_TREATMENT,
            BenefitItem.ASSISTIVE_DEVICES,
            BenefitItem.TRAVEL_AND_LODGING);
    for (int i = r.nextInt(5); i > 0; i--) {
      expenses.add(
          new Expense(
              costs.get(r.nextInt(costs.size())),
              Money.of(BigDecimal.valueOf(1 + r.nextInt(5_000_000), 2)),
              injury.plusDays(r.nextInt(500)),
              "receipt " + i));
    }
    List<DateRange> stays = new ArrayList<>();
    if (r.nextBoolean()) {
      stays.add(DateRange.ofClosed(injury, injury.plusDays(r.nextInt(40))));
      if (r.nextBoolean()) {
        LocalDate again = injury.plusDays(60 + r.nextInt(100));
        stays.add(DateRange.ofClosed(again, again.plusDays(r.nextInt(20))));
      }
    }
    Death death = null;
    if (r.nextInt(6) == 0) {
      List<Dependant> dependants = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        Relation rel = i == 1 ? Relation.SPOUSE : Relation.values()[1 + r.nextInt(5)];
        // Parents are born before the worker and children after (CaseChecks refuses otherwise).
        LocalDate born =
            switch (rel) {
              case PARENT, GRANDPARENT -> birth.minusYears(16 + r.nextInt(40));
              case CHILD, GRANDCHILD ->
                  birth.plusDays(
                      1
                          + r.nextInt(
                              (int) java.time.temporal.ChronoUnit.DAYS.between(birth, injury)));
              case SPOUSE, SIBLING -> injury.minusYears(r.nextInt(70));
            };
        dependants.add(new Dependant("d" + i, rel, born, r.nextInt(4) == 0));
      }
      death = new Death(injury.plusDays(r.nextInt((int) maxSuspension + 1)), dependants);
    }
    List<Payment> paid = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      paid.add(new Payment(Money.ofYuan(100 + r.nextInt(5000)), null, "advance " + i));
    }
    LocalDate enrolment =
        status == InsuranceStatus.ENROLLED_AFTER_INJURY ? injury.plusDays(r.nextInt(600)) : null;
    // Only Guangdong, Zhejiang and Henan have a bundled rule for an under-declared base.
    if (status == InsuranceStatus.UNDER_DECLARED_BASE
        && !List.of("440100", "330100", "410100").contains(region)) {
      status = InsuranceStatus.INSURED;
    }
    Money declared =
        status == InsuranceStatus.UNDER_DECLARED_BASE
            ? Money.ofYuan(1000 + r.nextInt(20_000))
            : null;
    LocalDate filedLate =
        lateFilings && status != InsuranceStatus.UNINSURED && r.nextInt(4) == 0
            ? injury.plusDays(31 + r.nextInt(200))
            : null;
    Money wage = Money.ofYuan(1000 + r.nextInt(50_000));
    return new WorkInjuryCase(
        Region.of(region),
        new Worker(birth, category, null),
        new Employment(start, termination, r.nextBoolean()),
        new Injury(injury, r.nextInt(5) == 0),
        new Appraisal(appraised, List.of(grade), care, activitiesFor(region, care)),
        new Suspension(injury, suspensionEnd, r.nextBoolean()),
        stays,
        expenses,
        new Insurance(status, enrolment, declared, filedLate),
        death,
        paid,
        new WageFacts(wage, null, wage.times(new BigDecimal("1.1"), Money.DEFAULT_ROUNDING)));
  }
}
