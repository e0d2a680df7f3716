package org.laborcalc.examples;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.LaborCalc;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
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
  /**
   * The local averages the case needs, in the pack format of docs/PARAMETERS.md; illustrative
   * figures, not official statistics.
   */
  static final String CITY_FIGURES =
      """
      {"pack": "embedding-example", "title": "杭州示例数字 / Hangzhou figures (illustrative)",
       "entries": [
        {"key": "wage.regionalAverageMonthly", "region": "330100",
         "from": "2022-01-01", "until": "2023-01-01", "value": "7500.00",
         "verification": "USER_SUPPLIED", "citations": [{"document": "illustrative figure"}]},
        {"key": "wage.provincialAverageMonthly", "region": "330000",
         "from": "2023-01-01", "until": "2024-01-01", "value": "7000.00",
         "verification": "USER_SUPPLIED", "citations": [{"document": "illustrative figure"}]}
       ]}
      """;

  private EmbeddingExample() {}

  public static void main(String[] args) {
    // Built once and shared: a LaborCalc is immutable and thread-safe.
    LaborCalc calc =
        LaborCalc.builder().pack(LaborCalcJson.readPack(CITY_FIGURES, "embedding-example")).build();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    out.print(run(calc));
    out.flush();
  }

  /** The case of the example. */
  static WorkInjuryCase hangzhouGrade7() {
    return new WorkInjuryCase(
        Region.of("330100"),
        new Worker(LocalDate.of(1980, 4, 2), RetirementCategory.MALE, null),
        new Employment(
            LocalDate.of(2018, 1, 1),
            new Termination(LocalDate.of(2024, 3, 31), InitiatedBy.WORKER, false),
            false),
        new Injury(LocalDate.of(2023, 5, 10), false),
        new Appraisal(
            LocalDate.of(2023, 11, 1), List.of(DisabilityGrade.GRADE_7), SelfCareLevel.NONE, null),
        null,
        List.of(),
        List.of(),
        new Insurance(InsuranceStatus.INSURED, null),
        null,
        List.of(),
        new WageFacts(Money.parse("8000.00"), null, null));
  }

  /** Computes the example's case with {@code calc} and describes the result. */
  static String run(LaborCalc calc) {
    WorkInjuryResult r = calc.workInjury(hangzhouGrade7(), CalculationOptions.defaults());
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
