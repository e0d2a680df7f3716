package org.laborcalc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.wage.EvidenceItem;

/**
 * The worked examples of calc's {@code WorkedExamplesTest}, each with the caller's figures it needs
 * and a baseline: the same totals computed by hand in plain {@link BigDecimal}, with no trace, no
 * citation, no lookup and no validation — the floor any implementation pays for the arithmetic.
 *
 * <p>The baselines follow the hand calculations in the test's Javadoc. Each takes its figures from
 * an array built once in the benchmark's setup, so that the JIT cannot fold them into constants.
 */
public enum WorkedCase {
  /** Jining 370800, grade 9, uninsured: 9 × wage + 6 × wage + 7 × avg + 12 × avg + fees. */
  SEED {
    @Override
    WorkInjuryCase build() {
      return seedBuilder().wage("6500.00").build();
    }

    @Override
    Parameters parameters() {
      return seedFigures();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("6500.00", "5200.00", "5800.00", "300.00", "40000.00", "2800.00");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal own = ownWage(x[0], x[1]);
      BigDecimal total =
          times(own, 9)
              .add(times(own, 6))
              .add(times(x[2], 7))
              .add(times(x[2], 12))
              .add(x[3])
              .add(x[4])
              .add(x[5]);
      return totals(total, BigDecimal.ZERO);
    }
  },

  /**
   * The seed case from its evidence: nine months of an unsigned payroll (3,500.00) against the bank
   * statement (6,500.00); the bank record is the more credible, average (9 × 6,500) ÷ 9.
   */
  SEED_EVIDENCE {
    @Override
    WorkInjuryCase build() {
      List<EvidenceItem> evidence = new ArrayList<>();
      for (int month = 3; month <= 11; month++) {
        YearMonth ym = YearMonth.of(2019, month);
        evidence.add(EvidenceItem.payroll(ym, Money.parse("3500.00"), false));
        evidence.add(EvidenceItem.bankDeposit(ym, Money.parse("6500.00")));
      }
      CaseBuilder b = seedBuilder();
      b.wage(WorkInjuryCase.WageFacts.fromEvidence(evidence, null));
      return b.build();
    }

    @Override
    Parameters parameters() {
      return seedFigures();
    }

    @Override
    BigDecimal[] baselineInputs() {
      BigDecimal[] x = new BigDecimal[18 + 5];
      for (int i = 0; i < 9; i++) {
        x[i] = new BigDecimal("3500.00"); // unsigned payroll: weak
        x[9 + i] = new BigDecimal("6500.00"); // bank deposit from the employer: strong
      }
      System.arraycopy(dec("5200.00", "5800.00", "300.00", "40000.00", "2800.00"), 0, x, 18, 5);
      return x;
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < 9; i++) {
        // The strong record fixes the month whatever the weak one says.
        sum = sum.add(x[9 + i]);
      }
      BigDecimal average = sum.divide(BigDecimal.valueOf(9), 2, RoundingMode.HALF_UP);
      BigDecimal own = ownWage(average, x[18]);
      BigDecimal total =
          times(own, 9)
              .add(times(own, 6))
              .add(times(x[19], 7))
              .add(times(x[19], 12))
              .add(x[20])
              .add(x[21])
              .add(x[22]);
      return totals(total, BigDecimal.ZERO);
    }
  },

  /** Hangzhou 330100, grade 7, insured: 13 × wage + 10 × provincial avg + 10 × provincial avg. */
  ZHEJIANG_GRADE7 {
    @Override
    WorkInjuryCase build() {
      return CaseBuilder.create()
          .region("330100")
          .worker(LocalDate.of(1980, 4, 2), RetirementCategory.MALE, null)
          .employed("2018-01-01")
          .injured("2023-05-10", false)
          .graded("2023-11-01", 7)
          .terminated("2024-03-31", InitiatedBy.WORKER)
          .insurance(InsuranceStatus.INSURED, null)
          .wage("8000.00")
          .build();
    }

    @Override
    Parameters parameters() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "330100", 2022, "7500.00")
          .year("wage.provincialAverageMonthly", "330000", 2023, "7000.00")
          .overBundled();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("8000.00", "7500.00", "7000.00");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal own = ownWage(x[0], x[1]);
      BigDecimal total = times(own, 13).add(times(x[2], 10)).add(times(x[2], 10));
      return totals(total, BigDecimal.ZERO);
    }
  },

  /**
   * Zhengzhou 410100, grade 5, occupational disease, three years before retirement: 18 × wage + 16
   * × avg × 1.3 + 56 × avg × 60%.
   */
  HENAN_GRADE5 {
    @Override
    WorkInjuryCase build() {
      return CaseBuilder.create()
          .region("410100")
          .worker(LocalDate.of(1967, 6, 30), null, LocalDate.of(2027, 6, 30))
          .employed("2010-01-01")
          .injured("2023-03-01", true)
          .graded("2024-01-15", 5)
          .terminated("2024-06-30", InitiatedBy.WORKER)
          .insurance(InsuranceStatus.INSURED, null)
          .wage("5000.00")
          .build();
    }

    @Override
    Parameters parameters() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "410100", 2022, "6000.00")
          .year("wage.regionalAverageMonthly", "410100", 2023, "6000.00")
          .overBundled();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("5000.00", "6000.00", "6000.00", "1.3", "0.60");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal own = ownWage(x[0], x[1]);
      BigDecimal medical = times(x[2], 16).multiply(x[3]).setScale(2, RoundingMode.HALF_UP);
      BigDecimal employment = times(x[2], 56).multiply(x[4]).setScale(2, RoundingMode.HALF_UP);
      return totals(times(own, 18).add(medical).add(employment), BigDecimal.ZERO);
    }
  },

  /**
   * Death in 2024, uninsured, spouse and child: 6 × avg + 20 × national disposable income; 40% and
   * 30% of the wage a month, together at most the wage.
   */
  DEATH_2024 {
    @Override
    WorkInjuryCase build() {
      return CaseBuilder.create()
          .region("410100")
          .employed("2020-01-01")
          .injured("2024-03-01", false)
          .died(
              "2024-03-05",
              new Dependant("配偶", Relation.SPOUSE, LocalDate.of(1986, 1, 1), false),
              new Dependant("子", Relation.CHILD, LocalDate.of(2015, 1, 1), false))
          .insurance(InsuranceStatus.UNINSURED, null)
          .wage("6000.00")
          .build();
    }

    @Override
    Parameters parameters() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "410100", 2023, "7000.00")
          .overBundled();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("6000.00", "7000.00", "51821.00", "0.40", "0.30");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal own = ownWage(x[0], x[1]);
      BigDecimal oneTime = times(x[1], 6).add(times(x[2], 20));
      BigDecimal spouse = own.multiply(x[3]).setScale(2, RoundingMode.HALF_UP);
      BigDecimal child = own.multiply(x[4]).setScale(2, RoundingMode.HALF_UP);
      BigDecimal monthly = spouse.add(child).min(own);
      return totals(oneTime, monthly);
    }
  },

  /**
   * Hangzhou, grade 2, major care, uninsured: wage raised to 60% of the average; 25 × wage; a month
   * max(85% × wage, minimum wage) + 40% × avg.
   */
  ZHEJIANG_GRADE2 {
    @Override
    WorkInjuryCase build() {
      return CaseBuilder.create()
          .region("330100")
          .employed("2020-01-01")
          .injured("2023-06-01", false)
          .graded("2024-03-01", 2)
          .selfCare(SelfCareLevel.MAJOR)
          .insurance(InsuranceStatus.UNINSURED, null)
          .wage("2000.00")
          .build();
    }

    @Override
    Parameters parameters() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "330100", 2022, "5000.00")
          .year("wage.regionalAverageMonthly", "330100", 2023, "5000.00")
          .money("wage.minimumMonthly", "330100", "2023-01-01", null, "2690.00")
          .overBundled();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("2000.00", "5000.00", "5000.00", "2690.00", "0.85", "0.40");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      BigDecimal own = ownWage(x[0], x[1]);
      BigDecimal allowance = own.multiply(x[4]).setScale(2, RoundingMode.HALF_UP).max(x[3]);
      BigDecimal care = x[2].multiply(x[5]).setScale(2, RoundingMode.HALF_UP);
      return totals(times(own, 25), allowance.add(care));
    }
  },

  /** Zhengzhou, injured 2010, grade 8 under the 2003 Regulation: 10 × wage. */
  REGULATION_2003 {
    @Override
    WorkInjuryCase build() {
      return CaseBuilder.create()
          .region("410100")
          .employed("2008-01-01")
          .injured("2010-06-01", false)
          .graded("2010-10-01", 8)
          .insurance(InsuranceStatus.INSURED, null)
          .wage("4000.00")
          .build();
    }

    @Override
    Parameters parameters() {
      return CallerFigures.create()
          .year("wage.regionalAverageMonthly", "410100", 2009, "3000.00")
          .overBundled();
    }

    @Override
    BigDecimal[] baselineInputs() {
      return dec("4000.00", "3000.00");
    }

    @Override
    BigDecimal[] baseline(BigDecimal[] x) {
      return totals(times(ownWage(x[0], x[1]), 10), BigDecimal.ZERO);
    }
  };

  private static final BigDecimal FLOOR = new BigDecimal("0.60");
  private static final BigDecimal CAP = new BigDecimal("3.00");

  /** The case's facts. */
  abstract WorkInjuryCase build();

  /** The bundled packs plus the caller's figures of the worked example. */
  abstract Parameters parameters();

  /** The figures the hand calculation starts from. */
  abstract BigDecimal[] baselineInputs();

  /** {one-time total, monthly total}, by hand. */
  abstract BigDecimal[] baseline(BigDecimal[] inputs);

  private static CaseBuilder seedBuilder() {
    return CaseBuilder.create()
        .region("370800")
        .employed("2019-03-01")
        .injured("2019-12-18", false)
        .suspended("2019-12-18", "2020-06-17", false)
        .graded("2020-08-20", 9)
        .terminated("2020-10-31", InitiatedBy.WORKER)
        .insurance(InsuranceStatus.UNINSURED, null)
        .expense(BenefitItem.RE_EXAMINATION_FEE, "300.00", "复查费")
        .expense(BenefitItem.FOLLOW_UP_TREATMENT, "40000.00", "后续治疗费")
        .expense(BenefitItem.APPRAISAL_FEE, "2800.00", "司法鉴定费");
  }

  private static Parameters seedFigures() {
    return CallerFigures.create()
        .year("wage.regionalAverageMonthly", "370800", 2018, "5200.00")
        .year("wage.regionalAverageMonthly", "370800", 2019, "5800.00")
        .overBundled();
  }

  /** Art. 64 ¶2: the wage within 60% and 300% of the regional average, to the fen. */
  static BigDecimal ownWage(BigDecimal wage, BigDecimal average) {
    BigDecimal lower = average.multiply(FLOOR).setScale(2, RoundingMode.HALF_UP);
    BigDecimal upper = average.multiply(CAP).setScale(2, RoundingMode.HALF_UP);
    return wage.max(lower).min(upper);
  }

  static BigDecimal times(BigDecimal amount, int months) {
    return amount.multiply(BigDecimal.valueOf(months));
  }

  private static BigDecimal[] totals(BigDecimal oneTime, BigDecimal monthly) {
    return new BigDecimal[] {
      oneTime.setScale(2, RoundingMode.HALF_UP), monthly.setScale(2, RoundingMode.HALF_UP)
    };
  }

  private static BigDecimal[] dec(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new BigDecimal(values[i]);
    }
    return out;
  }
}
