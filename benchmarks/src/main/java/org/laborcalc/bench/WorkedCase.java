package org.laborcalc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.laborcalc.json.CaseFile;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.testkit.WorkedExample;

/**
 * The worked examples of calc's test kit ({@link WorkedExample}: the case files, with the caller's
 * figures they carry, read by calc's {@code WorkedExamplesTest} and the examples' CLI tests), each
 * with a baseline: the same totals computed by hand in plain {@link BigDecimal}, with no trace, no
 * citation, no lookup and no validation — the floor any implementation pays for the arithmetic.
 *
 * <p>The baselines follow the hand working of the examples' expectation files. Each takes its
 * figures from an array built once in the benchmark's setup, so that the JIT cannot fold them into
 * constants.
 */
public enum WorkedCase {
  /** Jining 370800, grade 9, uninsured: 9 × wage + 6 × wage + 7 × avg + 12 × avg + fees. */
  SEED("seed-barite-mine-grade9-declared-wage") {

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
  SEED_EVIDENCE("seed-barite-mine-grade9") {

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
  ZHEJIANG_GRADE7("zhejiang-grade7-insured") {

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
  HENAN_GRADE5("henan-grade5-occupational-disease") {

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
  DEATH_2024("death-2024-spouse-child") {

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
  ZHEJIANG_GRADE2("zhejiang-grade2-living-care") {

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
  REGULATION_2003("injury-2010-old-regulation") {

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

  private final String example;

  WorkedCase(String example) {
    this.example = example;
  }

  /** The worked example of the test kit: its case file and hand working. */
  WorkedExample example() {
    return WorkedExample.named(example);
  }

  /** The worked example's case file. */
  CaseFile caseFile() {
    return example().caseFile();
  }

  /** The bundled packs plus the caller's figures of the worked example. */
  Parameters parameters() {
    return example().parameters();
  }

  /** The figures the hand calculation starts from. */
  abstract BigDecimal[] baselineInputs();

  /** {one-time total, monthly total}, by hand. */
  abstract BigDecimal[] baseline(BigDecimal[] inputs);

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
