package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.time.DateRange;

/**
 * Every cross-field rule of a case, each on both sides of its edge: a fact that contradicts another
 * is one located violation, and the fact just inside the edge is none. The base case is the seed
 * case's (injured 2019-12-18 in Jining, employed from 2019-03-01, born 1985-05-20).
 */
class CrossFieldRuleEdgesTest {
  /**
   * Validation runs the rules too (a figure they need and no pack has is a problem of the case), so
   * the calculator has every local figure the base case and its variations ask for: these tests are
   * about the cross-field rules alone.
   */
  private static final WorkInjuryCalculator CALC = WorkInjuryCalculator.of(jiningFigures());

  private static org.laborcalc.parameters.Parameters jiningFigures() {
    CallerFigures f = CallerFigures.create();
    for (int year = 2000; year <= 2050; year++) {
      f.year("wage.regionalAverageMonthly", "370800", year, "5800.00");
      f.year("wage.provincialAverageMonthly", "370000", year, "6000.00");
    }
    f.money("wage.minimumMonthly", "370800", "2000-01-01", null, "1900.00");
    f.money("injury.hospitalFood.dailyStandard", "370800", "2000-01-01", null, "30.00");
    f.number("death.oneTimeSubsidy.regionalWageMonths", "370800", "2000-01-01", "2011-01-01", "60");
    f.number(
        "injury.recognition.employerApplicationDays", "370800", "2000-01-01", "2011-01-01", "30");
    return f.overBundled();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money m(String s) {
    return Money.parse(s);
  }

  /**
   * A case changed one way, and the violations it must give as {@code "path CODE"}.
   *
   * @param what the change, as the test name
   */
  record Check(
      String what,
      UnaryOperator<CaseBuilder> change,
      CalculationOptions options,
      List<String> expected) {
    Check(String what, UnaryOperator<CaseBuilder> change, String... expected) {
      this(what, change, CalculationOptions.defaults(), List.of(expected));
    }

    @Override
    public String toString() {
      return what;
    }
  }

  private static Dependant dependant(String name, String birth) {
    return new Dependant(name, Relation.CHILD, birth == null ? null : d(birth), false);
  }

  private static Dependant parent(String name, String birth) {
    return new Dependant(name, Relation.PARENT, d(birth), false);
  }

  private static CaseBuilder withInsurance(CaseBuilder b, Insurance insurance) {
    b.insurance(insurance);
    return b;
  }

  static Stream<Check> checks() {
    return Stream.of(
        new Check("the seed case", b -> b),
        // dates in order (the injury against the start of employment)
        new Check(
            "injured before employed", b -> b.employed("2019-12-19"), "injury.date DATE_ORDER"),
        new Check("injured on the first day", b -> b.employed("2019-12-18")),
        // the accepted years, 1949-10-01 to 2100-12-31
        new Check(
            "employed before 1949-10-01",
            b -> b.employed("1949-09-30"),
            "employment.start OUT_OF_RANGE"),
        new Check("employed on 1949-10-01", b -> b.employed("1949-10-01")),
        new Check(
            "injured after 2100", b -> b.injured("2101-01-01", false), "injury.date OUT_OF_RANGE"),
        new Check(
            "retirement date after 2100",
            b -> b.worker(d("1985-05-20"), RetirementCategory.MALE, d("2101-01-01")),
            "worker.retirementDate OUT_OF_RANGE"),
        new Check(
            "retirement date on 2100-12-31",
            b -> b.worker(d("1985-05-20"), RetirementCategory.MALE, d("2100-12-31"))),
        // the worker
        new Check(
            "born before 1900",
            b -> b.worker(d("1899-12-31"), RetirementCategory.MALE, null),
            "worker.birthDate OUT_OF_RANGE"),
        new Check(
            "born on 1900-01-01", b -> b.worker(d("1900-01-01"), RetirementCategory.MALE, null)),
        new Check(
            "born after 2100",
            b -> b.worker(d("2101-01-01"), RetirementCategory.MALE, null),
            "worker.birthDate OUT_OF_RANGE"),
        // art. 66 and 人社部令第9号: child labour is outside this calculator
        new Check(
            "sixteen the day after the injury",
            b -> b.worker(d("2003-12-19"), RetirementCategory.MALE, null),
            "worker.birthDate UNSUPPORTED"),
        new Check(
            "sixteen on the day of the injury",
            b -> b.worker(d("2003-12-18"), RetirementCategory.MALE, null)),
        new Check(
            "a retirement category without a birth date",
            b -> b.worker(null, RetirementCategory.MALE, null),
            "worker.birthDate REQUIRED"),
        new Check(
            "a retirement category with a retirement date instead",
            b -> b.worker(null, RetirementCategory.MALE, d("2045-06-01"))),
        new Check("no category and no birth date", b -> b.worker(null, null, null)),
        // termination
        new Check(
            "terminated the day before the injury",
            b -> b.terminated("2019-12-17", InitiatedBy.WORKER),
            "employment.termination.date DATE_ORDER"),
        new Check(
            "terminated on the day of the injury",
            b -> b.terminated("2019-12-18", InitiatedBy.WORKER)),
        new Check(
            "terminated after 2100",
            b -> b.terminated("2101-01-01", InitiatedBy.WORKER),
            "employment.termination.date OUT_OF_RANGE"),
        // the paid suspension period
        new Check(
            "suspension ends before it starts",
            b -> b.suspended("2020-01-10", "2020-01-09", false),
            "suspension.endInclusive DATE_ORDER"),
        new Check("suspension of one day", b -> b.suspended("2020-01-10", "2020-01-10", false)),
        new Check(
            "suspension starts before the injury",
            b -> b.suspended("2019-12-17", "2020-01-09", false),
            "suspension.start DATE_ORDER"),
        new Check(
            "suspension ends after 2100",
            b -> b.suspended("2019-12-18", "2101-01-01", false),
            "suspension.endInclusive OUT_OF_RANGE"),
        // the appraisal
        new Check(
            "appraised before the injury",
            b -> b.graded("2019-12-17", 9),
            "appraisal.date DATE_ORDER"),
        new Check("appraised on the day of the injury", b -> b.graded("2019-12-18", 9)),
        new Check(
            "appraised after 2100", b -> b.graded("2101-01-01", 9), "appraisal.date OUT_OF_RANGE"),
        new Check(
            "an appraisal without any item grade",
            b -> {
              b.appraisal(new Appraisal(d("2020-08-20"), List.of(), SelfCareLevel.NONE, null));
              return b;
            },
            "appraisal.itemGrades REQUIRED"),
        // death and dependants
        new Check("died before the injury", b -> b.died("2019-12-17"), "death.date DATE_ORDER"),
        new Check("died on the day of the injury", b -> b.died("2019-12-18")),
        new Check("died after 2100", b -> b.died("2101-01-01"), "death.date OUT_OF_RANGE"),
        new Check(
            "a dependant with a blank name",
            b -> b.died("2020-01-01", dependant("长子", "2010-01-01"), dependant(" ", "2012-01-01")),
            "death.dependants[1].name REQUIRED"),
        new Check(
            "a dependant born more than 150 years before the death",
            b -> b.died("2020-01-01", parent("母亲", "1869-12-31")),
            "death.dependants[0].birthDate OUT_OF_RANGE"),
        new Check(
            "a dependant born exactly 150 years before the death",
            b -> b.died("2020-01-01", parent("母亲", "1870-01-01"))),
        new Check(
            "a posthumous child born more than ten months after the death",
            b -> b.died("2020-01-01", dependant("遗腹子", "2020-11-02")),
            "death.dependants[0].birthDate DATE_ORDER"),
        new Check(
            "a posthumous child born ten months after the death",
            b -> b.died("2020-01-01", dependant("遗腹子", "2020-11-01"))),
        new Check(
            "a dependant without a birth date", b -> b.died("2020-01-01", dependant("妻", null))),
        // insurance (art. 62)
        new Check(
            "a late enrolment without its date",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, null),
            "insurance.enrolmentDate REQUIRED"),
        new Check(
            "a late enrolment dated before the injury",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2019-12-17"),
            "insurance.enrolmentDate DATE_ORDER"),
        new Check(
            "a late enrolment on the day of the injury",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2019-12-18")),
        new Check(
            "an enrolment date for an insured worker",
            b -> b.insurance(InsuranceStatus.INSURED, "2020-01-01"),
            "insurance.enrolmentDate CONTRADICTION"),
        new Check(
            "an under-declared base without the declared base",
            b -> withInsurance(b, new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null)),
            "insurance.declaredMonthlyBase REQUIRED"),
        new Check(
            "a declared base of zero",
            b ->
                withInsurance(
                    b, new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null, Money.ZERO, null)),
            "insurance.declaredMonthlyBase OUT_OF_RANGE"),
        new Check(
            "a declared base of one fen",
            b ->
                withInsurance(
                    b, new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null, m("0.01"), null))),
        new Check(
            "a declared base for an insured worker",
            b -> withInsurance(b, new Insurance(InsuranceStatus.INSURED, null, m("3000"), null)),
            "insurance.declaredMonthlyBase CONTRADICTION"),
        new Check(
            "recognition filed before the injury",
            b ->
                withInsurance(
                    b, new Insurance(InsuranceStatus.INSURED, null, null, d("2019-12-17"))),
            "insurance.recognitionFiledOn DATE_ORDER"),
        new Check(
            "recognition filed on the day of the injury",
            b ->
                withInsurance(
                    b, new Insurance(InsuranceStatus.INSURED, null, null, d("2019-12-18")))),
        new Check(
            "recognition filed after 2100",
            b ->
                withInsurance(
                    b, new Insurance(InsuranceStatus.INSURED, null, null, d("2101-01-01"))),
            "insurance.recognitionFiledOn OUT_OF_RANGE"),
        // expenses
        new Check(
            "a benefit computed by rule entered as an expense",
            b -> b.expense(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, "100.00", "receipt"),
            "expenses[0].item NOT_AN_EXPENSE"),
        new Check(
            "an expense of zero",
            b -> b.expense(BenefitItem.MEDICAL_EXPENSES, "0.00", "receipt"),
            "expenses[0].amount OUT_OF_RANGE"),
        new Check(
            "an expense dated before the injury",
            b ->
                b.expenseOn(BenefitItem.MEDICAL_EXPENSES, "100.00", "2019-12-20")
                    .expenseOn(BenefitItem.MEDICAL_EXPENSES, "100.00", "2019-12-17"),
            "expenses[1].date DATE_ORDER"),
        new Check(
            "an expense on the day of the injury",
            b -> b.expenseOn(BenefitItem.MEDICAL_EXPENSES, "100.00", "2019-12-18")),
        new Check(
            "an expense dated after 2100",
            b -> b.expenseOn(BenefitItem.MEDICAL_EXPENSES, "100.00", "2101-01-01"),
            "expenses[0].date OUT_OF_RANGE"),
        // hospital stays
        new Check(
            "a hospital stay without an end",
            b -> {
              b.stay(DateRange.from(d("2019-12-18")));
              return b;
            },
            "hospitalStays[0] REQUIRED"),
        new Check(
            "a hospital stay before the injury",
            b -> b.hospital("2019-12-17", "2019-12-20"),
            "hospitalStays[0] DATE_ORDER"),
        new Check(
            "a stay that starts on the day of the injury",
            b -> b.hospital("2019-12-18", "2019-12-20")),
        new Check(
            "a stay that starts before 1949-10-01",
            b ->
                b.employed("1949-10-01")
                    .injured("1949-10-01", false)
                    .hospital("1949-09-30", "1949-10-02")
                    .worker(d("1920-01-01"), null, null),
            "hospitalStays[0] OUT_OF_RANGE",
            "hospitalStays[0] DATE_ORDER"),
        new Check(
            "two stays sharing a day",
            b -> b.hospital("2019-12-18", "2019-12-20").hospital("2019-12-20", "2019-12-22"),
            "hospitalStays[1] OVERLAP"),
        new Check(
            "two stays back to back",
            b -> b.hospital("2019-12-18", "2019-12-20").hospital("2019-12-21", "2019-12-22")),
        new Check(
            "the third stay overlapping the first only",
            b ->
                b.hospital("2019-12-18", "2019-12-31")
                    .hospital("2020-01-10", "2020-01-12")
                    .hospital("2019-12-30", "2020-01-02"),
            "hospitalStays[2] OVERLAP"),
        // payments already made and the wage
        new Check(
            "a payment of zero",
            b -> {
              b.paid(new Payment(Money.ZERO, null, "advance"));
              return b;
            },
            "alreadyPaid[0].amount OUT_OF_RANGE"),
        new Check(
            "a payment dated after 2100",
            b -> {
              b.paid(new Payment(m("100"), d("2101-01-01"), "advance"));
              return b;
            },
            "alreadyPaid[0].date OUT_OF_RANGE"),
        new Check("a monthly wage of zero", b -> b.wage("0.00"), "wage.monthlyWage OUT_OF_RANGE"),
        new Check(
            "a negative original wage and a zero pre-termination average",
            b -> {
              b.wage(new WageFacts(m("6500"), m("-1.00"), m("0")));
              return b;
            },
            "wage.originalWage OUT_OF_RANGE",
            "wage.preTerminationAverageWage OUT_OF_RANGE"),
        new Check(
            "a wage of one fen",
            b -> {
              b.wage(new WageFacts(m("0.01"), m("0.01"), m("0.01")));
              return b;
            }),
        new Check(
            "neither a wage nor evidence",
            b -> {
              b.wage(new WageFacts(null, null, null));
              return b;
            },
            "wage.monthlyWage REQUIRED"),
        // the as-of date
        new Check(
            "an as-of date before the injury",
            b -> b,
            CalculationOptions.defaults().withAsOf(d("2019-12-17")),
            List.of("options.asOf DATE_ORDER")),
        new Check(
            "an as-of date on the day of the injury",
            b -> b,
            CalculationOptions.defaults().withAsOf(d("2019-12-18")),
            List.of()),
        new Check(
            "an as-of date after 2100",
            b -> b,
            CalculationOptions.defaults().withAsOf(d("2101-01-01")),
            List.of("options.asOf OUT_OF_RANGE")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void eachCrossFieldRuleOnBothSidesOfItsEdge(Check check) {
    WorkInjuryCase c = check.change().apply(CaseBuilder.create()).build();
    assertThat(CALC.validate(c, check.options()))
        .extracting(v -> v.path() + " " + v.code())
        .containsExactlyInAnyOrderElementsOf(check.expected());
  }

  @Test
  void anOverlapNamesTheEarlierStayInBothLanguages() {
    WorkInjuryCase c =
        CaseBuilder.create()
            .hospital("2019-12-18", "2019-12-31")
            .hospital("2020-01-10", "2020-01-12")
            .hospital("2019-12-30", "2020-01-02")
            .build();
    Violation v = CALC.validate(c, CalculationOptions.defaults()).get(0);
    assertThat(v.messageZh()).isEqualTo("与第1段住院期间重叠");
    assertThat(v.messageEn()).isEqualTo("overlaps hospitalStays[0]");
  }

  @Test
  void aContradictionNamesTheStatus() {
    WorkInjuryCase c =
        CaseBuilder.create().insurance(InsuranceStatus.INSURED, "2020-01-01").build();
    Violation v = CALC.validate(c, CalculationOptions.defaults()).get(0);
    assertThat(v.messageEn()).isEqualTo("an enrolment date contradicts the status INSURED");
  }

  @Test
  void aDeathCaseWithoutDependantsIsValid() {
    WorkInjuryCase c = CaseBuilder.create().build();
    WorkInjuryCase dead =
        new WorkInjuryCase(
            c.region(),
            new Worker(null, null, null),
            c.employment(),
            c.injury(),
            null,
            null,
            null,
            null,
            c.insurance(),
            new Death(d("2020-01-01"), null),
            null,
            c.wage());
    assertThat(CALC.validate(dead, CalculationOptions.defaults())).isEmpty();
  }
}
