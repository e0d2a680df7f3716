package org.laborcalc.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.FormulaRenderer;
import org.laborcalc.result.Language;

/**
 * How to add a calculation: a toy one written here, in test code only — a kind, one rule citing one
 * article, one parameter key — registered through the builder and computed from a case file through
 * the generic entry point, touching no file of the library.
 */
class ToyCalculationTest {

  /** The facts of the toy: unused annual-leave days at a daily wage. */
  record LeaveCase(Region region, LocalDate date, Money dailyWage, int days) {}

  /** Its result: one line, its formula and its article. */
  record LeavePay(Money amount, Formula formula, Citation citation) {}

  /**
   * 《企业职工带薪年休假实施办法》 art. 10: unused days are paid at 300% of the daily wage, 200% on top of the
   * 100% already paid.
   */
  static final class UnusedLeavePay implements Calculation<LeaveCase, LeavePay> {
    static final ParameterKey<BigDecimal> PERCENT =
        ParameterKey.number(
            "leave.unusedPayPercent",
            "未休年休假工资报酬比例（%）",
            "pay for unused leave, percent of the daily wage",
            BigDecimal.ZERO,
            BigDecimal.valueOf(300));
    static final KeyRegistry KEYS = KeyRegistry.of(List.of(PERCENT));
    static final Citation ART_10 = Citation.of(Instruments.get("nianxiujia-shishi-banfa"), 10);

    @Override
    public String kind() {
      return "unused-leave-pay";
    }

    @Override
    public int formatVersion() {
      return 1;
    }

    @Override
    public Class<LeavePay> resultType() {
      return LeavePay.class;
    }

    @Override
    public KeyRegistry keys() {
      return KEYS;
    }

    @Override
    public LeaveCase read(JsonNode c, JsonNode options) {
      try {
        return new LeaveCase(
            Region.of(c.get("region").asText()),
            LocalDate.parse(c.get("date").asText()),
            Money.parse(c.get("dailyWage").asText()),
            c.get("days").intValue());
      } catch (RuntimeException e) {
        throw InvalidInputException.of("case", "INVALID_CASE", "案件有误", "the case is invalid");
      }
    }

    @Override
    public List<Violation> validate(LeaveCase c, Parameters parameters) {
      return parameters.find(PERCENT, c.region(), c.date()).isPresent()
          ? List.of()
          : List.of(Violation.of("parameters", "MISSING", "缺少 " + PERCENT, "no " + PERCENT));
    }

    @Override
    public LeavePay compute(LeaveCase c, Parameters parameters) {
      BigDecimal percent = parameters.get(PERCENT, c.region(), c.date()).value();
      // The formula first; the amount is what it arrives at.
      Formula formula =
          Formula.of(
              Expr.times(Expr.money(c.dailyWage()), Expr.number(c.days()), Expr.percent(percent)));
      return new LeavePay(formula.result(), formula, ART_10);
    }

    @Override
    public String toJson(LeavePay r) {
      return "{\"format\": \"toy.unused-leave-pay/1\", \"amount\": \"" + r.amount() + "\"}\n";
    }

    @Override
    public String sheet(LeavePay r, SheetFormat format) {
      String line =
          "未休年休假工资 "
              + r.amount()
              + "（"
              + FormulaRenderer.render(r.formula(), Language.ZH)
              + "，"
              + r.citation().toChinese()
              + "）";
      return format == SheetFormat.MARKDOWN ? "- " + line + "\n" : line + "\n";
    }
  }

  static final String CASE_FILE =
      """
      {
        "calculation": "unused-leave-pay",
        "formatVersion": 1,
        "case": {"region": "330100", "date": "2024-03-01", "dailyWage": "300.00", "days": 5},
        "parameters": {
          "pack": "toy",
          "title": "toy figures",
          "entries": [{
            "key": "leave.unusedPayPercent", "region": "000000", "from": "2008-09-18",
            "value": 200, "verification": "USER_SUPPLIED",
            "citations": [{"instrument": "nianxiujia-shishi-banfa", "article": 10}]
          }]
        }
      }
      """;

  @Test
  void aRegisteredCalculationIsComputedFromItsCaseFile() {
    LaborCalc calc = LaborCalc.builder().register(new UnusedLeavePay()).build();

    Outcome outcome = calc.compute(CASE_FILE);

    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.kind()).isEqualTo("unused-leave-pay");
    assertThat(outcome.result(LeavePay.class).amount()).isEqualTo(Money.parse("3000.00"));
    assertThat(outcome.toJson())
        .isEqualTo("{\"format\": \"toy.unused-leave-pay/1\", \"amount\": \"3000.00\"}\n");
    assertThat(outcome.sheet(SheetFormat.TEXT))
        .isEqualTo("未休年休假工资 3000.00（300.00 × 5 × 200% = 3,000.00，《企业职工带薪年休假实施办法》第十条）\n");
    assertThat(calc.validateJson(CASE_FILE)).isEmpty();
  }

  @Test
  void withoutRegistrationTheKindAndItsKeyAreUnknown() {
    Outcome outcome = LaborCalc.withBundledParameters().compute(CASE_FILE);

    assertThat(outcome.violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            tuple("calculation", "UNKNOWN_CALCULATION"),
            tuple("parameters.entries[0].key", "INVALID_PARAMETER_PACK"));
  }
}
