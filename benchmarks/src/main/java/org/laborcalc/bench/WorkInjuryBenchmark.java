package org.laborcalc.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.testkit.GeneratedCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2: one typed work-injury case through {@link WorkInjuryCalculator#calculate} (Bean
 * Validation, the cross-field checks, then the computation with its full trace), the validation
 * alone ({@link WorkInjuryCalculator#validate}; the computation without validation is not public,
 * so read it as {@code calculate − validate}), and the baseline: the same totals by hand in plain
 * {@link BigDecimal} ({@link WorkedCase#baseline}).
 *
 * <p>The worked examples are parameters of {@link Worked}; {@link Generated} cycles through 1,024
 * cases generated as calc's property tests generate them (no hand baseline exists for those).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WorkInjuryBenchmark -prof gc} (one
 * case: {@code -p workedCase=SEED}; only the generated mix: {@code
 * 'WorkInjuryBenchmark.*Generated'}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// The engine is a lot of code: C2 needs some 6–10 s on two busy cores before the time settles.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WorkInjuryBenchmark {

  /** One worked example with its calculator and the inputs of its hand calculation. */
  @State(Scope.Benchmark)
  public static class Worked {
    @Param({
      "SEED",
      "SEED_EVIDENCE",
      "ZHEJIANG_GRADE7",
      "HENAN_GRADE5",
      "DEATH_2024",
      "ZHEJIANG_GRADE2",
      "REGULATION_2003"
    })
    public WorkedCase workedCase;

    WorkInjuryCalculator calculator;
    WorkInjuryCase input;
    CalculationOptions options;
    BigDecimal[] baselineInputs;

    @Setup(Level.Trial)
    public void setUp() {
      calculator = WorkInjuryCalculator.of(workedCase.parameters());
      input = workedCase.caseFile().workInjuryCase();
      options = workedCase.caseFile().options();
      baselineInputs = workedCase.baselineInputs();
      // The baseline must compute the same totals as the engine, or the ratio means nothing.
      WorkInjuryResult r = calculator.calculate(input, options);
      BigDecimal[] hand = workedCase.baseline(baselineInputs);
      BigDecimal monthly = r.totals().monthlyEmployer().plus(r.totals().monthlyFund()).amount();
      if (r.totals().total().amount().compareTo(hand[0]) != 0 || monthly.compareTo(hand[1]) != 0) {
        throw new IllegalStateException(
            workedCase
                + ": the baseline ("
                + hand[0]
                + ", monthly "
                + hand[1]
                + ") must equal the engine's totals ("
                + r.totals().total()
                + ", monthly "
                + monthly
                + ")");
      }
    }
  }

  /** 1,024 generated cases in six provinces, taken in turn. */
  @State(Scope.Thread)
  public static class Generated {
    WorkInjuryCalculator calculator;
    WorkInjuryCase[] cases;
    CalculationOptions options;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      calculator = GeneratedCases.calculator();
      cases = GeneratedCases.computable(calculator, 1024, 7L);
      options = CalculationOptions.defaults();
    }

    WorkInjuryCase next() {
      WorkInjuryCase c = cases[next];
      next = (next + 1) & (cases.length - 1);
      return c;
    }
  }

  @Benchmark
  public WorkInjuryResult calculate(Worked s) {
    return s.calculator.calculate(s.input, s.options);
  }

  @Benchmark
  public List<Violation> validate(Worked s) {
    return s.calculator.validate(s.input, s.options);
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public BigDecimal[] baseline(Worked s) {
    return s.workedCase.baseline(s.baselineInputs);
  }

  @Benchmark
  public WorkInjuryResult calculateGenerated(Generated g) {
    return g.calculator.calculate(g.next(), g.options);
  }

  @Benchmark
  public List<Violation> validateGenerated(Generated g) {
    return g.calculator.validate(g.next(), g.options);
  }
}
