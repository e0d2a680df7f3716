package org.laborcalc.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;
import org.laborcalc.illegal.IllegalEmploymentCalculation;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.severance.SeveranceCalculation;

/**
 * The envelope of a case file: {@code "calculation"} picks the calculation, {@code "formatVersion"}
 * its format; a file without them is a work-injury file of version 1.
 */
class CaseFileEnvelopeTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();
  private static final String ENVELOPE =
      "  \"calculation\": \"work-injury\",\n  \"formatVersion\": 1,\n";

  private static String example() throws IOException {
    return Files.readString(Path.of("../examples/cases/zhejiang-grade7-insured.json"));
  }

  private static String withEnvelope(String fields) throws IOException {
    String file = example();
    assertThat(file).contains(ENVELOPE);
    return file.replace(ENVELOPE, fields);
  }

  @Test
  void aFileWithoutAnEnvelopeIsAWorkInjuryFileAndGivesTheSameResult() throws IOException {
    Outcome withEnvelope = CALC.compute(example());
    Outcome without = CALC.compute(withEnvelope(""));

    assertThat(without.kind()).isEqualTo("work-injury");
    assertThat(without.toJson()).isEqualTo(withEnvelope.toJson());
    assertThat(without.toJson()).isEqualTo(CALC.toJson(CALC.workInjuryJson(example()).result()));
    assertThat(without.result()).isInstanceOf(WorkInjuryResult.class);
  }

  @Test
  void anUnknownKindIsLocatedAndListsTheKnownOnes() throws IOException {
    List<Violation> vs = CALC.validateJson(withEnvelope("  \"calculation\": \"sick-pay\",\n"));

    assertThat(vs).hasSize(1);
    assertThat(vs.get(0).path()).isEqualTo("calculation");
    assertThat(vs.get(0).code()).isEqualTo("UNKNOWN_CALCULATION");
    assertThat(vs.get(0).messageZh())
        .contains("sick-pay", "work-injury", "illegal-employment", "severance", "annual-leave");
    assertThat(vs.get(0).messageEn())
        .contains(
            "sick-pay",
            "[work-injury, illegal-employment, severance, annual-leave, overtime, double-wage,"
                + " wage-arrears, non-compete, arbitration]");
  }

  @Test
  void anUnsupportedVersionIsLocated() throws IOException {
    List<Violation> vs = CALC.validateJson(withEnvelope("  \"formatVersion\": 2,\n"));

    assertThat(vs)
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("formatVersion", "UNSUPPORTED_VERSION"));
    assertThat(vs.get(0).messageEn()).contains("version 2", "reads version 1");
  }

  @Test
  void envelopeFieldsOfTheWrongTypeAreLocated() throws IOException {
    List<Violation> vs =
        CALC.validateJson(withEnvelope("  \"calculation\": 7,\n  \"formatVersion\": \"1\",\n"));

    assertThat(vs).extracting(Violation::path).containsExactly("calculation", "formatVersion");
  }

  @Test
  void theTypedReaderRefusesAFileOfAnotherKind() throws IOException {
    String other = withEnvelope("  \"calculation\": \"severance\",\n");

    assertThat(CALC.workInjuryJson(other).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(tuple("calculation", "WRONG_CALCULATION"));
    assertThatThrownBy(() -> LaborCalcJson.readCaseFile(other)).hasMessageContaining("calculation");
  }

  @Test
  void theBuiltInRegistryHoldsEachCalculationUnderItsKeys() {
    assertThat(Calculations.builtIn().kinds())
        .containsExactly(
            Calculations.DEFAULT_KIND,
            "illegal-employment",
            SeveranceCalculation.INSTANCE.kind(),
            "annual-leave",
            "overtime",
            "double-wage",
            "wage-arrears",
            "non-compete",
            "arbitration");
    assertThat(Calculations.builtIn().find("work-injury")).contains(WorkInjuryCalculation.INSTANCE);
    assertThat(Calculations.builtIn().find("illegal-employment"))
        .contains(IllegalEmploymentCalculation.INSTANCE);
    // The union: work injury's keys, then those of the others that work injury lacks.
    assertThat(List.copyOf(Calculations.builtIn().keys().keys()))
        .startsWith(WorkInjuryCalculation.INSTANCE.keys().keys().toArray(new ParameterKey<?>[0]))
        .containsAll(IllegalEmploymentCalculation.INSTANCE.keys().keys())
        .containsAll(SeveranceCalculation.INSTANCE.keys().keys())
        .containsAll(org.laborcalc.leave.AnnualLeaveCalculation.INSTANCE.keys().keys())
        .doesNotHaveDuplicates();
  }

  @Test
  void aKeySharedByTwoCalculationsIsOneKeyButItsTypeMustAgree() {
    Calculation<?, ?> sharing = renamed("sharing", WorkInjuryCalculation.INSTANCE.keys());
    assertThat(Calculations.builtIn().with(sharing).keys().keys())
        .containsExactlyElementsOf(Calculations.builtIn().keys().keys());

    ParameterKey<Money> minimumWageAsMoney = WorkInjuryKeys.MINIMUM_MONTHLY_WAGE;
    ParameterKey<BigDecimal> minimumWageAsNumber =
        ParameterKey.number(
            minimumWageAsMoney.name(), "月最低工资", "minimum wage", BigDecimal.ZERO, BigDecimal.TEN);
    Calculation<?, ?> clashing = renamed("clashing", KeyRegistry.of(List.of(minimumWageAsNumber)));
    assertThatThrownBy(() -> Calculations.builtIn().with(clashing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wage.minimumMonthly");
  }

  /** Work injury under another kind and keys. */
  private static Calculation<?, ?> renamed(String kind, KeyRegistry keys) {
    return new Calculation<WorkInjuryCalculation.Input, WorkInjuryResult>() {
      private final WorkInjuryCalculation w = WorkInjuryCalculation.INSTANCE;

      @Override
      public String kind() {
        return kind;
      }

      @Override
      public int formatVersion() {
        return 1;
      }

      @Override
      public Class<WorkInjuryResult> resultType() {
        return WorkInjuryResult.class;
      }

      @Override
      public KeyRegistry keys() {
        return keys;
      }

      @Override
      public WorkInjuryCalculation.Input read(JsonNode caseNode, JsonNode optionsNode) {
        return w.read(caseNode, optionsNode);
      }

      @Override
      public List<Violation> validate(WorkInjuryCalculation.Input input, Parameters parameters) {
        return w.validate(input, parameters);
      }

      @Override
      public WorkInjuryResult compute(WorkInjuryCalculation.Input input, Parameters parameters) {
        return w.compute(input, parameters);
      }

      @Override
      public String toJson(WorkInjuryResult result) {
        return w.toJson(result);
      }

      @Override
      public String sheet(WorkInjuryResult result, SheetFormat format) {
        return w.sheet(result, format);
      }
    };
  }

  @Test
  void aKindIsRegisteredOnce() {
    assertThatThrownBy(() -> LaborCalc.builder().register(WorkInjuryCalculation.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("work-injury");
  }
}
