package org.laborcalc.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.laborcalc.LaborCalc;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;

/**
 * laborcalc embedded in a Java program: a case built in code, the city's figures layered over the
 * bundled packs, the totals printed. Run with {@code java -cp examples/target/laborcalc.jar
 * org.laborcalc.examples.EmbeddingExample}.
 *
 * <p>The case is the Hangzhou grade-7 worked example (examples/cases/zhejiang-grade7-insured.json):
 * insured, the worker ends the contract, so the fund pays the one-time disability and medical
 * subsidies and the employer the employment subsidy (《工伤保险条例》 art. 37).
 */
public final class EmbeddingExample {
  /** The local averages the case needs; illustrative figures, not official statistics. */
  static ParameterPack cityFigures() {
    return UserFigures.pack("embedding-example")
        .year(
            WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE,
            Region.of("330100"),
            2022,
            Money.parse("7500.00"),
            "illustrative figure")
        .year(
            WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE,
            Region.of("330000"),
            2023,
            Money.parse("7000.00"),
            "illustrative figure")
        .build();
  }

  private EmbeddingExample() {}

  public static void main(String[] args) {
    // Built once and shared: a LaborCalc is immutable and thread-safe.
    LaborCalc calc = LaborCalc.builder().pack(cityFigures()).build();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    out.print(run(calc));
    out.flush();
  }

  /** The case of the example, step by step. */
  static WorkInjuryCase hangzhouGrade7() {
    return WorkInjuryCase.builder()
        .region(Region.of("330100"))
        .worker(LocalDate.of(1980, 4, 2), RetirementCategory.MALE)
        .employedFrom(LocalDate.of(2018, 1, 1))
        .injuredOn(LocalDate.of(2023, 5, 10))
        .appraised(LocalDate.of(2023, 11, 1), 7)
        .terminated(LocalDate.of(2024, 3, 31), InitiatedBy.WORKER)
        .insured()
        .monthlyWage(Money.parse("8000.00"))
        .build();
  }

  /** Computes the example's case with {@code calc} and describes the result. */
  static String run(LaborCalc calc) {
    WorkInjuryResult r = calc.workInjury(hangzhouGrade7());
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    for (BenefitLine l : r.lines()) {
      out.printf(
          "%s %s (%s)%n",
          l.nameZh(), l.isMonthly() ? l.monthlyAmount() + "/月" : l.amount(), l.payer().nameZh());
    }
    out.printf("employer %s%n", r.totals().employer().toGroupedString());
    out.printf("fund %s%n", r.totals().fund().toGroupedString());
    out.printf("total %s%n", r.totals().total().toGroupedString());
    out.flush();
    return text.toString();
  }
}
