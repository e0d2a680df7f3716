package org.laborcalc.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.EvidenceKind;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.StatutoryFigures;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageDetermination;
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
 * Scenario 1: the wage determination of {@link OwnWageBase#determine} over twelve months, each with
 * three competing records — the employer's deposits on the wage card (strong), the employer's
 * payroll without the worker's signature (weak) and the income-tax record (strong) — against a
 * baseline that picks each month's figure by hand (the higher of the two strong records, the
 * default conflict policy), averages and clamps in plain {@link BigDecimal}.
 *
 * <p>Evidence: {@code AGREEING} (the three records agree every month), {@code CONFLICTING} (net
 * bank deposits below the gross tax record, the payroll lower still: twelve conflicts settled by
 * the policy), {@code VARYING} (amounts change from month to month; two months lack a deposit).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WageDeterminationBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WageDeterminationBenchmark {

  private static final LocalDate INJURY = LocalDate.of(2024, 3, 15);
  private static final LocalDate START = LocalDate.of(2018, 5, 1);
  private static final YearMonth FIRST = YearMonth.of(2023, 3);

  @Param({"AGREEING", "CONFLICTING", "VARYING"})
  public String evidence;

  private WageCase wageCase;
  private StatutoryFigures figures;

  /** Per month: bank (null when none), unsigned payroll, tax; then the regional average. */
  private BigDecimal[][] months;

  private BigDecimal average;

  @Setup(Level.Trial)
  public void setUp() {
    months = new BigDecimal[12][];
    List<EvidenceItem> items = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      YearMonth m = FIRST.plusMonths(i);
      BigDecimal bank;
      BigDecimal payroll;
      BigDecimal tax;
      switch (evidence) {
        case "AGREEING" -> {
          bank = new BigDecimal("7200.00");
          payroll = bank;
          tax = bank;
        }
        case "CONFLICTING" -> {
          bank = new BigDecimal("6300.00");
          payroll = new BigDecimal("5000.00");
          tax = new BigDecimal("7500.00");
        }
        case "VARYING" -> {
          tax = BigDecimal.valueOf(600_000 + 13_700L * i + (i % 4 == 3 ? 250_000 : 0), 2);
          bank = i == 4 || i == 9 ? null : tax.multiply(new BigDecimal("0.86")).setScale(2);
          payroll = BigDecimal.valueOf(450_000 + 5_000L * i, 2);
        }
        default -> throw new IllegalArgumentException("evidence (" + evidence + ") is unknown");
      }
      if (bank != null) {
        items.add(EvidenceItem.bankDeposit(m, Money.of(bank)).withId("申请人证据" + (i + 1)));
      }
      items.add(EvidenceItem.payroll(m, Money.of(payroll), false).withId("被申请人证据1"));
      items.add(EvidenceItem.of(EvidenceKind.TAX_RECORD, m, Money.of(tax)).withId("申请人证据20"));
      months[i] = new BigDecimal[] {bank, payroll, tax};
    }
    wageCase = WageCase.of(INJURY, START, items);
    average = new BigDecimal("7800.00");
    figures =
        StatutoryFigures.withArticle64Percentages(
            new SourcedFigure(average, "统筹地区职工月平均工资（基准测试用）", List.of(), Verification.PRIMARY),
            new SourcedFigure(new BigDecimal("21.75"), "月计薪天数", List.of(), Verification.PRIMARY));
    WageDetermination d = OwnWageBase.determine(wageCase, figures);
    BigDecimal hand = baseline();
    if (d.clamp().result().amount().compareTo(hand) != 0) {
      throw new IllegalStateException(
          evidence
              + ": the baseline ("
              + hand
              + ") must equal the determination ("
              + d.clamp().result()
              + ")");
    }
  }

  @Benchmark
  public WageDetermination determine() {
    return OwnWageBase.determine(wageCase, figures);
  }

  /** Each month the higher strong record; the average half-up; art. 64's 60–300 % clamp. */
  @Benchmark
  @Warmup(iterations = 3, time = 1)
  public BigDecimal baseline() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal[] m : months) {
      BigDecimal bank = m[0];
      BigDecimal tax = m[2];
      // The unsigned payroll (m[1]) is weaker than either strong record: never chosen here.
      sum = sum.add(bank == null ? tax : bank.max(tax));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(months.length), 2, RoundingMode.HALF_UP);
    BigDecimal lower = average.multiply(BigDecimal.valueOf(60)).movePointLeft(2);
    BigDecimal upper = average.multiply(BigDecimal.valueOf(300)).movePointLeft(2);
    return mean.max(lower).min(upper).setScale(2, RoundingMode.HALF_UP);
  }
}
