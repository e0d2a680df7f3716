package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.json.CaseFile;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.testkit.WorkedExample;
import org.laborcalc.wage.MonthRow;

/**
 * The worked examples of the test kit (case file, hand working and the figures it gives) through
 * the typed calculator: every line with its amount, payer and stated citations, the totals, and
 * what each example states of the wage, the regime and the warnings. The expected values are the
 * hand figures of the examples' {@code working}.
 */
class WorkedExamplesTest {

  static List<WorkedExample> workedExamples() {
    return WorkedExample.all();
  }

  @ParameterizedTest
  @MethodSource("workedExamples")
  void theEngineGivesTheHandFigures(WorkedExample example) {
    CaseFile file = example.caseFile();
    WorkInjuryResult r =
        WorkInjuryCalculator.of(example.parameters())
            .calculate(file.workInjuryCase(), file.options());

    List<String> lines =
        r.lines().stream()
            .map(
                l ->
                    WorkedExample.line(
                        l.item().name(),
                        l.isMonthly() ? null : l.amount().amount().toPlainString(),
                        l.isMonthly() ? l.monthlyAmount().amount().toPlainString() : null,
                        l.payer().code()))
            .toList();
    assertThat(WorkedExample.byItem(lines))
        .isEqualTo(WorkedExample.byItem(example.expectedLines()));
    assertThat(r.totals().employer()).isEqualTo(money(example, "totals.employer"));
    assertThat(r.totals().fund()).isEqualTo(money(example, "totals.fund"));
    assertThat(r.totals().total()).isEqualTo(money(example, "totals.total"));
    assertThat(r.totals().monthlyEmployer()).isEqualTo(money(example, "totals.monthlyEmployer"));
    assertThat(r.totals().monthlyFund()).isEqualTo(money(example, "totals.monthlyFund"));

    for (JsonNode l : example.linesWith("formula")) {
      assertThat(only(r, l).formulaText()).isEqualTo(l.get("formula").asText());
    }
    for (JsonNode l : example.linesWith("firstCitation")) {
      Citation first = only(r, l).citations().get(0);
      assertThat(first.toChinese()).startsWith(l.get("firstCitation").get("startsWith").asText());
      assertThat(first.instrument().documentNumber())
          .isEqualTo(l.get("firstCitation").get("documentNumber").asText());
    }
    example
        .expect("everyLineCites")
        .ifPresent(
            text ->
                assertThat(r.lines())
                    .as("every line cites " + text)
                    .allMatch(
                        l -> l.citations().stream().anyMatch(ci -> ci.toChinese().equals(text))));
    example.expect("regime.code").ifPresent(code -> assertThat(r.regime().name()).isEqualTo(code));
    for (String code : example.expectAll("warnings")) {
      assertThat(r.warnings()).anyMatch(w -> w.code().equals(code));
    }

    example.expect("wage.ownWage").ifPresent(m -> assertThat(r.wage().ownWage()).isEqualTo(m(m)));
    example
        .expect("wage.lowerBound")
        .ifPresent(m -> assertThat(r.wage().lowerBound()).isEqualTo(m(m)));
    example
        .expect("wage.upperBound")
        .ifPresent(m -> assertThat(r.wage().upperBound()).isEqualTo(m(m)));
    example.expect("wage.clamp").ifPresent(c -> assertThat(r.wage().clamp().name()).isEqualTo(c));
    example
        .expect("wage.monthsAveraged")
        .ifPresent(
            n ->
                assertThat(r.wage().determination().monthsAveraged())
                    .isEqualTo(Integer.parseInt(n)));
    example
        .expect("wage.chosenEvidence")
        .ifPresent(
            kind ->
                assertThat(r.wage().determination().months())
                    .filteredOn(row -> row.chosen().isPresent())
                    .isNotEmpty()
                    .extracting(MonthRow::chosen)
                    .allMatch(chosen -> chosen.get().kind().name().equals(kind)));
    for (String text : example.expectAll("wage.citations")) {
      assertThat(r.wage().citations())
          .extracting(Citation::toChinese)
          .anyMatch(t -> t.startsWith(text));
    }
  }

  private static BenefitLine only(WorkInjuryResult r, JsonNode expected) {
    BenefitItem item = BenefitItem.valueOf(expected.get("item").asText());
    assertThat(r.linesOf(item)).as(item.name()).hasSize(1);
    return r.linesOf(item).get(0);
  }

  private static Money money(WorkedExample example, String path) {
    return m(example.expect(path).orElseThrow());
  }

  private static Money m(String s) {
    return Money.parse(s);
  }
}
