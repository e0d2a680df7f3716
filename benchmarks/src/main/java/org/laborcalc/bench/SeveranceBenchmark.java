package org.laborcalc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.severance.SeveranceCalculator;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceKeys;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Termination money from 12 months of conflicting evidence (a bank statement and an unsigned
 * payroll disagreeing every month): the lawful art. 40(1) dismissal without notice (经济补偿 N and 代通知金
 * +1), the same dismissal found unlawful (赔偿金 2N), and the baseline: the same totals by hand in
 * plain {@link BigDecimal} from the chosen monthly amounts.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SeveranceBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SeveranceBenchmark {

  /** The case, its unlawful variant and the inputs of the hand calculation. */
  @State(Scope.Benchmark)
  public static class Conflicting {
    SeveranceCalculator calculator;
    SeveranceCase lawful;
    SeveranceCase unlawful;
    SeveranceOptions options;
    BigDecimal[] bank;
    BigDecimal months;
    BigDecimal standard;

    @Setup(Level.Trial)
    public void setUp() {
      Region city = Region.of("370800");
      calculator =
          SeveranceCalculator.of(
              BundledPacks.parameters()
                  .with(
                      UserFigures.pack("bench-figures")
                          .add(
                              SeveranceKeys.MINIMUM_MONTHLY_WAGE,
                              city,
                              DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)),
                              Money.parse("2200.00"),
                              "illustrative figure for the benchmark")
                          .year(
                              SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE,
                              city,
                              2023,
                              Money.parse("7000.00"),
                              "illustrative figure for the benchmark")
                          .build()));
      LocalDate start = LocalDate.of(2019, 3, 11);
      LocalDate end = LocalDate.of(2024, 6, 28);
      standard = new BigDecimal("6500.00");
      var lawfulBuilder =
          SeveranceCase.builder()
              .in(city)
              .employedFrom(start)
              .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_40_1)
              .lastMonthStandardWage(Money.of(standard));
      var unlawfulBuilder =
          SeveranceCase.builder()
              .in(city)
              .employedFrom(start)
              .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_40_1)
              .foundUnlawful();
      bank = new BigDecimal[12];
      YearMonth m = YearMonth.of(2023, 6);
      for (int i = 0; i < 12; i++, m = m.plusMonths(1)) {
        bank[i] = new BigDecimal(6300 + 37 * i).setScale(2);
        EvidenceItem deposit = EvidenceItem.bankDeposit(m, Money.of(bank[i])).withId("工资卡流水");
        EvidenceItem payroll =
            EvidenceItem.payroll(m, Money.parse("3500.00"), false).withId("未签字工资表");
        lawfulBuilder.wage(deposit).wage(payroll);
        unlawfulBuilder.wage(deposit).wage(payroll);
      }
      lawful = lawfulBuilder.build();
      unlawful = unlawfulBuilder.build();
      options = SeveranceOptions.defaults();
      // 2019-03-11..2024-06-28: 5 years 3 months 18 days → 5.5 months.
      months = new BigDecimal("5.5");
      BigDecimal[] hand = baselineOf(bank, months, standard);
      Money n = calculator.calculate(lawful, options).total();
      Money damages = calculator.calculate(unlawful, options).total();
      if (n.amount().compareTo(hand[0]) != 0 || damages.amount().compareTo(hand[1]) != 0) {
        throw new IllegalStateException(
            "the baseline ("
                + hand[0]
                + ", "
                + hand[1]
                + ") must equal the engine's totals ("
                + n
                + ", "
                + damages
                + ")");
      }
    }
  }

  /** N + 1 and 2N by hand: the average of the bank months to the fen, times the months. */
  static BigDecimal[] baselineOf(BigDecimal[] bank, BigDecimal months, BigDecimal standard) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal b : bank) {
      sum = sum.add(b);
    }
    BigDecimal average = sum.divide(BigDecimal.valueOf(bank.length), 2, RoundingMode.HALF_UP);
    BigDecimal n = months.multiply(average).setScale(2, RoundingMode.HALF_UP);
    return new BigDecimal[] {n.add(standard), n.add(n)};
  }

  @Benchmark
  public SeveranceResult compensationAndNoticePay(Conflicting s) {
    return s.calculator.calculate(s.lawful, s.options);
  }

  @Benchmark
  public SeveranceResult damages(Conflicting s) {
    return s.calculator.calculate(s.unlawful, s.options);
  }

  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public BigDecimal[] baseline(Conflicting s) {
    return baselineOf(s.bank, s.months, s.standard);
  }
}
