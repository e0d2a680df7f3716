package org.laborcalc.bench;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.laborcalc.injury.WorkInjuryCalculator;
import org.laborcalc.injury.WorkInjuryCase;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 5: a batch of 100,000 generated cases through one shared {@link WorkInjuryCalculator} on
 * a parallel stream in a pool of {@code threads} workers. The score is cases per second; the ratio
 * of the {@code threads=2} score to the {@code threads=1} score is the scaling.
 *
 * <p>The baseline runs the same stream over the same cases with the hand calculation of the seed
 * case on each case's wage ({@link WorkedCase#baseline}): pure arithmetic, which shows the scaling
 * the machine itself gives at that moment (other processes share the cores).
 *
 * <p>The ratio means something only on an otherwise idle machine: {@code run.sh} prints the load
 * average before each run, and the baseline's own ratio shows what the cores gave meanwhile.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BatchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BatchBenchmark {

  @Param({"100000"})
  public int batchSize;

  @Param({"1", "2"})
  public int threads;

  private WorkInjuryCalculator calculator;
  private WorkInjuryCase[] cases;
  private BigDecimal[][] baselineInputs;
  private ForkJoinPool pool;

  @Setup(Level.Trial)
  public void setUp() {
    calculator = GeneratedCases.calculator();
    cases = GeneratedCases.computable(calculator, batchSize, 11L);
    baselineInputs = new BigDecimal[batchSize][];
    for (int i = 0; i < batchSize; i++) {
      BigDecimal[] x = WorkedCase.SEED.baselineInputs();
      x[0] = cases[i].wage().monthlyWage().amount();
      baselineInputs[i] = x;
    }
    pool = new ForkJoinPool(threads);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdown();
  }

  @Benchmark
  public long batch() {
    // A parallel stream started inside a pool runs on that pool's workers.
    return pool.submit(
            () ->
                Arrays.stream(cases)
                    .parallel()
                    .mapToLong(c -> calculator.calculate(c).lines().size())
                    .sum())
        .join();
  }

  @Benchmark
  public long baseline() {
    return pool.submit(
            () ->
                Arrays.stream(baselineInputs)
                    .parallel()
                    .mapToLong(x -> WorkedCase.SEED.baseline(x)[0].unscaledValue().longValue())
                    .sum())
        .join();
  }
}
