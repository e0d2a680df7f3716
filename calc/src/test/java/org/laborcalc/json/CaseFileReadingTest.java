package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.CalculationOptions.PensionCapAllocation;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.CalculationOptions.SuspensionDays;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.region.Region;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;

/** A case file read field by field, and written back: reading what was written gives it again. */
class CaseFileReadingTest {

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static Money m(String s) {
    return Money.parse(s);
  }

  @Test
  void everyFieldOfTheFormatLandsInTheEngineRecords() {
    CaseFile f = LaborCalcJson.readCaseFile(Samples.FULL);

    WorkInjuryCase expected =
        new WorkInjuryCase(
            Region.of("370800"),
            new Worker(d("1985-05-20"), RetirementCategory.MALE, null),
            new Employment(
                d("2019-03-01"),
                new Termination(d("2020-10-31"), InitiatedBy.WORKER, false),
                false),
            new Injury(d("2019-12-18"), false),
            new Appraisal(
                d("2020-08-20"),
                List.of(DisabilityGrade.GRADE_9, DisabilityGrade.GRADE_10),
                SelfCareLevel.PARTIAL,
                Set.of(DailyActivity.EATING)),
            new Suspension(d("2019-12-18"), d("2020-06-17"), false),
            // "toInclusive": 2020-01-05 is the closed range, i.e. [2019-12-18, 2020-01-06).
            List.of(DateRange.of(d("2019-12-18"), d("2020-01-06"))),
            List.of(
                new Expense(BenefitItem.RE_EXAMINATION_FEE, m("300.00"), null, "复查费"),
                new Expense(
                    BenefitItem.FOLLOW_UP_TREATMENT, m("40000.00"), d("2020-09-01"), "后续治疗费"),
                new Expense(BenefitItem.APPRAISAL_FEE, m("2800.50"), null, null)),
            new Insurance(InsuranceStatus.UNINSURED, null),
            null,
            List.of(new Payment(m("1000.00"), d("2020-01-10"), "借支")),
            new WageFacts(m("6500.00"), m("6400.00"), null));
    assertThat(f.workInjuryCase()).isEqualTo(expected);
    assertThat(f.options())
        .isEqualTo(
            new CalculationOptions(
                d("2021-01-01"),
                null,
                RegimeRule.INJURY_DATE,
                SuspensionDays.PAY_DAYS,
                PensionCapAllocation.PROPORTIONAL));
    assertThat(f.schema()).isEqualTo("../../docs/schema/work-injury-case.schema.json");
    assertThat(f.parameters().id()).isEqualTo("case-figures");
    ParameterEntry<?> first = f.parameters().entries().get(0);
    assertThat(first.value()).isEqualTo(m("5200.00"));
    assertThat(first.range()).isEqualTo(DateRange.of(d("2018-01-01"), d("2019-01-01")));
    assertThat(first.verification()).isEqualTo(Verification.USER_SUPPLIED);
    assertThat(first.citations().get(0).instrument().nameZh()).isEqualTo("illustrative figure");
    // 21.75 stays an exact decimal: the tree is read with BigDecimal for every fraction.
    assertThat(f.parameters().entries().get(1).value()).isEqualTo(new BigDecimal("21.75"));
  }

  @Test
  void absentOptionalFieldsTakeTheDocumentedDefaults() {
    CaseFile f = LaborCalcJson.readCaseFile(Samples.MINIMAL);

    WorkInjuryCase c = f.workInjuryCase();
    assertThat(c.worker()).isEqualTo(new Worker(null, null, null));
    assertThat(c.employment()).isEqualTo(new Employment(d("2019-03-01"), null, false));
    assertThat(c.injury()).isEqualTo(new Injury(d("2019-12-18"), false));
    assertThat(c.appraisal()).isNull();
    assertThat(c.suspension()).isNull();
    assertThat(c.death()).isNull();
    assertThat(c.hospitalStays()).isEmpty();
    assertThat(c.expenses()).isEmpty();
    assertThat(c.alreadyPaid()).isEmpty();
    assertThat(c.wage()).isEqualTo(new WageFacts(m("6500.00"), null, null));
    assertThat(f.options()).isEqualTo(CalculationOptions.defaults());
    assertThat(f.parameters()).isNull();
    assertThat(f.schema()).isNull();
  }

  @Test
  void deathAndDependantsAreRead() {
    WorkInjuryCase c = LaborCalcJson.readCaseFile(Samples.DEATH).workInjuryCase();

    assertThat(c.death().date()).isEqualTo(d("2024-03-05"));
    assertThat(c.death().dependants())
        .containsExactly(
            new Dependant("配偶", Relation.SPOUSE, d("1986-01-01"), false),
            new Dependant("母", Relation.PARENT, d("1950-01-01"), true));
    assertThat(c.insurance())
        .isEqualTo(new Insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, d("2024-04-01")));
  }

  @Test
  void bytesAndTextReadTheSame() {
    assertThat(LaborCalcJson.readCaseFile(Samples.FULL.getBytes(StandardCharsets.UTF_8)))
        .usingRecursiveComparison()
        .ignoringFields("parameters")
        .isEqualTo(LaborCalcJson.readCaseFile(Samples.FULL));
  }

  @Test
  void writingThenReadingGivesTheSameCaseOptionsAndFigures() {
    for (String sample : List.of(Samples.FULL, Samples.MINIMAL, Samples.DEATH)) {
      CaseFile f = LaborCalcJson.readCaseFile(sample);
      String written = LaborCalcJson.writeCaseFile(f);
      CaseFile again = LaborCalcJson.readCaseFile(written);

      assertThat(again.workInjuryCase()).isEqualTo(f.workInjuryCase());
      assertThat(again.options()).isEqualTo(f.options());
      assertThat(again.schema()).isEqualTo(f.schema());
      // Packs have no equals: the written form is compared instead.
      assertThat(LaborCalcJson.writeCaseFile(again)).isEqualTo(written);
    }
  }

  @Test
  void theModuleReadsAndWritesCasesAndOptionsThroughAnyMapper() throws Exception {
    ObjectMapper mapper = LaborCalcJson.newMapper();
    CaseFile f = LaborCalcJson.readCaseFile(Samples.FULL);

    String caseJson = mapper.writeValueAsString(f.workInjuryCase());
    assertThat(mapper.readValue(caseJson, WorkInjuryCase.class)).isEqualTo(f.workInjuryCase());
    String optionsJson = mapper.writeValueAsString(f.options());
    assertThat(mapper.readValue(optionsJson, CalculationOptions.class)).isEqualTo(f.options());
    assertThat(mapper.writeValueAsString(DisabilityGrade.GRADE_7)).isEqualTo("7");
    assertThat(mapper.readValue("7", DisabilityGrade.class)).isEqualTo(DisabilityGrade.GRADE_7);
    CaseFile viaMapper = mapper.readValue(Samples.FULL, CaseFile.class);
    assertThat(viaMapper.workInjuryCase()).isEqualTo(f.workInjuryCase());
    assertThat(mapper.writeValueAsString(viaMapper))
        .isEqualTo(LaborCalcJson.newMapper().writeValueAsString(f));
  }

  /** A case nested in a caller's own document: the paths name where it sits. */
  record Envelope(String id, List<WorkInjuryCase> cases) {}

  @Test
  void theModuleReportsEveryProblemWithThePathInTheEnclosingDocument() {
    ObjectMapper mapper = LaborCalcJson.newMapper();
    String json =
        "{\"id\": \"x\", \"cases\": ["
            + Samples.MINIMAL
                .replace("{\"case\": ", "")
                .replaceFirst("}\\s*$", "")
                .replace("\"2019-12-18\"", "\"2019-12-32\"")
                .replace("\"6500.00\"", "6500")
            + "]}";

    assertThatThrownBy(() -> mapper.readValue(json, Envelope.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path() + " " + v.code())
                    .containsExactly(
                        "cases[0].injury.date INVALID_DATE",
                        "cases[0].wage.monthlyWage WRONG_TYPE"));
  }
}
