package org.laborcalc.injury;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.money.Money;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.testkit.CallerFigures;
import org.laborcalc.testkit.CaseBuilder;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;

/**
 * The plausibility bounds of a case's amounts, each at the bound and one fen beyond, and the words
 * of every cross-field violation: each names the facts that contradict each other, in Chinese and
 * in English, so that the tribunal's clerk can correct the case file without reading the code.
 *
 * <p>The bounds: an expense, a payment already made, and the sum of all expenses or of all payments
 * at most one billion yuan; a monthly wage, original wage or declared contribution base at most ten
 * million yuan (the bound of the evidence of pay). The base case is the seed case's (injured
 * 2019-12-18 in Jining, employed from 2019-03-01, born 1985-05-20).
 */
class CrossFieldBoundsAndWordingTest {
  private static final WorkInjuryCalculator CALC = WorkInjuryCalculator.of(jiningFigures());

  private static org.laborcalc.parameters.Parameters jiningFigures() {
    CallerFigures f = CallerFigures.create();
    for (int year = 2000; year <= 2050; year++) {
      f.year("wage.regionalAverageMonthly", "370800", year, "5800.00");
      f.year("wage.provincialAverageMonthly", "370000", year, "6000.00");
    }
    f.money("wage.minimumMonthly", "370800", "2000-01-01", null, "1900.00");
    f.money("injury.hospitalFood.dailyStandard", "370800", "2000-01-01", null, "30.00");
    return f.overBundled();
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Money m(String s) {
    return Money.parse(s);
  }

  /** A case changed one way and the violations under {@code prefix} it must give, in full. */
  record Expect(String what, UnaryOperator<CaseBuilder> change, String prefix, List<Violation> v) {
    @Override
    public String toString() {
      return what;
    }
  }

  private static Expect expect(
      String what, UnaryOperator<CaseBuilder> change, String prefix, Violation... v) {
    return new Expect(what, change, prefix, List.of(v));
  }

  private static Violation v(String path, String code, String zh, String en) {
    return Violation.of(path, code, zh, en);
  }

  private static CaseBuilder insured(CaseBuilder b, Insurance insurance) {
    b.insurance(insurance);
    return b;
  }

  private static CaseBuilder wage(CaseBuilder b, WageFacts wage) {
    b.wage(wage);
    return b;
  }

  private static CaseBuilder paid(CaseBuilder b, String... amounts) {
    for (String a : amounts) {
      b.paid(new Payment(m(a), null, "advance"));
    }
    return b;
  }

  static Stream<Expect> bounds() {
    String tooMuch = "1000000000.01";
    return Stream.of(
        // one expense, and the sum of the expenses: 1,000,000,000.00 is the largest accepted
        expect(
            "an expense of exactly one billion yuan",
            b -> b.expense(BenefitItem.MEDICAL_EXPENSES, "1000000000.00", "receipt"),
            "expenses"),
        expect(
            "an expense one fen over one billion yuan",
            b -> b.expense(BenefitItem.MEDICAL_EXPENSES, tooMuch, "receipt"),
            "expenses",
            v(
                "expenses",
                "OUT_OF_RANGE",
                "各项金额合计（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "the amounts add up to 1000000000.01, more than 1000000000.00 yuan: check the"
                    + " figures and their unit"),
            v(
                "expenses[0].amount",
                "OUT_OF_RANGE",
                "金额（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "amount (1000000000.01) must not exceed 1000000000.00 yuan: check the figure and"
                    + " its unit")),
        expect(
            "two expenses adding up to exactly one billion yuan",
            b ->
                b.expense(BenefitItem.MEDICAL_EXPENSES, "600000000.00", "a")
                    .expense(BenefitItem.REHABILITATION, "400000000.00", "b"),
            "expenses"),
        expect(
            "two expenses adding up to one fen more",
            b ->
                b.expense(BenefitItem.MEDICAL_EXPENSES, "600000000.00", "a")
                    .expense(BenefitItem.REHABILITATION, "400000000.01", "b"),
            "expenses",
            v(
                "expenses",
                "OUT_OF_RANGE",
                "各项金额合计（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "the amounts add up to 1000000000.01, more than 1000000000.00 yuan: check the"
                    + " figures and their unit")),
        // payments already made
        expect(
            "payments adding up to exactly one billion yuan",
            b -> paid(b, "1000000000.00"),
            "alreadyPaid"),
        expect(
            "a payment one fen over one billion yuan",
            b -> paid(b, tooMuch),
            "alreadyPaid",
            v(
                "alreadyPaid",
                "OUT_OF_RANGE",
                "各项金额合计（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "the amounts add up to 1000000000.01, more than 1000000000.00 yuan: check the"
                    + " figures and their unit"),
            v(
                "alreadyPaid[0].amount",
                "OUT_OF_RANGE",
                "金额（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "amount (1000000000.01) must not exceed 1000000000.00 yuan: check the figure and"
                    + " its unit")),
        expect(
            "two payments adding up to one fen more than one billion yuan",
            b -> paid(b, "500000000.00", "500000000.01"),
            "alreadyPaid",
            v(
                "alreadyPaid",
                "OUT_OF_RANGE",
                "各项金额合计（1000000000.01元）超过1000000000.00元，请检查金额或单位",
                "the amounts add up to 1000000000.01, more than 1000000000.00 yuan: check the"
                    + " figures and their unit")),
        // monthly amounts: 10,000,000.00 is the largest accepted
        expect("a monthly wage of exactly ten million yuan", b -> b.wage("10000000.00"), "wage"),
        expect(
            "a monthly wage one fen over ten million yuan",
            b -> b.wage("10000000.01"),
            "wage",
            v(
                "wage.monthlyWage",
                "OUT_OF_RANGE",
                "月金额（10000000.01元）超过10000000.00元，不可能是月工资，请检查金额或单位",
                "monthly amount (10000000.01) must not exceed 10000000.00 yuan: check the figure"
                    + " and its unit")),
        expect(
            "an original wage and a pre-termination average one fen over ten million yuan",
            b -> wage(b, new WageFacts(m("6500.00"), m("10000000.01"), m("10000000.01"))),
            "wage",
            v(
                "wage.originalWage",
                "OUT_OF_RANGE",
                "月金额（10000000.01元）超过10000000.00元，不可能是月工资，请检查金额或单位",
                "monthly amount (10000000.01) must not exceed 10000000.00 yuan: check the figure"
                    + " and its unit"),
            v(
                "wage.preTerminationAverageWage",
                "OUT_OF_RANGE",
                "月金额（10000000.01元）超过10000000.00元，不可能是月工资，请检查金额或单位",
                "monthly amount (10000000.01) must not exceed 10000000.00 yuan: check the figure"
                    + " and its unit")),
        expect(
            "a declared base of exactly ten million yuan",
            b ->
                insured(
                    b,
                    new Insurance(
                        InsuranceStatus.UNDER_DECLARED_BASE, null, m("10000000.00"), null)),
            "insurance"),
        expect(
            "a declared base one fen over ten million yuan",
            b ->
                insured(
                    b,
                    new Insurance(
                        InsuranceStatus.UNDER_DECLARED_BASE, null, m("10000000.01"), null)),
            "insurance",
            v(
                "insurance.declaredMonthlyBase",
                "OUT_OF_RANGE",
                "月金额（10000000.01元）超过10000000.00元，不可能是月工资，请检查金额或单位",
                "monthly amount (10000000.01) must not exceed 10000000.00 yuan: check the figure"
                    + " and its unit")),
        expect(
            "a negative payment",
            b -> paid(b, "-1.00"),
            "alreadyPaid",
            v(
                "alreadyPaid[0].amount",
                "OUT_OF_RANGE",
                "金额（-1.00）须大于零",
                "amount (-1.00) must be positive")));
  }

  static Stream<Expect> wording() {
    return Stream.of(
        expect(
            "injured before employed",
            b -> b.employed("2019-12-19"),
            "injury",
            v(
                "injury.date",
                "DATE_ORDER",
                "受伤日期（2019-12-18）早于入职日期（2019-12-19）",
                "the injury date (2019-12-18) is before the employment start (2019-12-19)")),
        expect(
            "employed before 1949-10-01",
            b -> b.employed("1949-09-30"),
            "employment",
            v(
                "employment.start",
                "OUT_OF_RANGE",
                "日期（1949-09-30）须在1949-10-01至2100-12-31之间",
                "date (1949-09-30) must be between 1949-10-01 and 2100-12-31")),
        expect(
            "born before 1900",
            b -> b.worker(d("1899-12-31"), RetirementCategory.MALE, null),
            "worker",
            v(
                "worker.birthDate",
                "OUT_OF_RANGE",
                "出生日期（1899-12-31）须在1900年至2100年之间",
                "the birth date (1899-12-31) must be between 1900 and 2100")),
        expect(
            "under sixteen at the injury",
            b -> b.worker(d("2003-12-19"), RetirementCategory.MALE, null),
            "worker",
            v(
                "worker.birthDate",
                "UNSUPPORTED",
                "受伤时未满16周岁：使用童工的一次性赔偿适用《工伤保险条例》第六十六条和《非法用工单位伤亡人员一次性赔偿办法》，请改用 illegal-employment 计算（unit: CHILD_LABOUR）",
                "the worker was under 16 at the injury: child labour is compensated under art. 66"
                    + " and the Measures on illegal employers; compute it as \"illegal-employment\""
                    + " (unit: CHILD_LABOUR)")),
        expect(
            "a retirement category without a birth date",
            b -> b.worker(null, RetirementCategory.MALE, null),
            "worker",
            v(
                "worker.birthDate",
                "REQUIRED",
                "给出退休年龄类别时须同时给出出生日期",
                "a birth date is required with a retirement category")),
        expect(
            "terminated before the injury",
            b -> b.terminated("2019-12-17", InitiatedBy.WORKER),
            "employment",
            v(
                "employment.termination.date",
                "DATE_ORDER",
                "劳动关系解除日期（2019-12-17）早于受伤日期（2019-12-18）",
                "the termination (2019-12-17) is before the injury (2019-12-18)")),
        expect(
            "a suspension ending before it starts and starting before the injury",
            b -> b.suspended("2019-12-17", "2019-12-16", false),
            "suspension",
            v(
                "suspension.endInclusive",
                "DATE_ORDER",
                "停工留薪期结束日（2019-12-16）早于开始日（2019-12-17）",
                "the paid suspension period ends (2019-12-16) before it starts (2019-12-17)"),
            v(
                "suspension.start",
                "DATE_ORDER",
                "停工留薪期开始日（2019-12-17）早于受伤日期（2019-12-18）",
                "the paid suspension period starts (2019-12-17) before the injury (2019-12-18)")),
        expect(
            "appraised before the injury",
            b -> b.graded("2019-12-17", 9),
            "appraisal",
            v(
                "appraisal.date",
                "DATE_ORDER",
                "鉴定日期（2019-12-17）早于受伤日期（2019-12-18）",
                "the appraisal (2019-12-17) is before the injury (2019-12-18)")),
        expect(
            "a late enrolment without its date",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, null),
            "insurance",
            v(
                "insurance.enrolmentDate",
                "REQUIRED",
                "事后参保的，须提供参保并补缴之日",
                "the enrolment date is required when the employer enrolled after the injury")),
        expect(
            "a late enrolment dated before the injury",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2019-12-17"),
            "insurance",
            v(
                "insurance.enrolmentDate",
                "DATE_ORDER",
                "参保日期（2019-12-17）早于受伤日期，与“事后参保”矛盾",
                "the enrolment date (2019-12-17) is before the injury, contradicting a late"
                    + " enrolment")),
        expect(
            "an enrolment date for an uninsured worker",
            b -> b.insurance(InsuranceStatus.UNINSURED, "2020-01-01"),
            "insurance",
            v(
                "insurance.enrolmentDate",
                "CONTRADICTION",
                "参保状态为 UNINSURED 时不应填写事后参保日期",
                "an enrolment date contradicts the status UNINSURED")),
        expect(
            "a late enrolment dated after 2100",
            b -> b.insurance(InsuranceStatus.ENROLLED_AFTER_INJURY, "2101-01-01"),
            "insurance",
            v(
                "insurance.enrolmentDate",
                "OUT_OF_RANGE",
                "日期（2101-01-01）须在1949-10-01至2100-12-31之间",
                "date (2101-01-01) must be between 1949-10-01 and 2100-12-31")),
        expect(
            "an under-declared base without the declared base",
            b -> insured(b, new Insurance(InsuranceStatus.UNDER_DECLARED_BASE, null)),
            "insurance",
            v(
                "insurance.declaredMonthlyBase",
                "REQUIRED",
                "少报缴费基数的，须提供申报的月缴费基数",
                "the declared monthly contribution base is required for an under-declared base")),
        expect(
            "a declared base for an uninsured worker",
            b -> insured(b, new Insurance(InsuranceStatus.UNINSURED, null, m("3000.00"), null)),
            "insurance",
            v(
                "insurance.declaredMonthlyBase",
                "CONTRADICTION",
                "参保状态为 UNINSURED 时不应填写申报缴费基数",
                "a declared base contradicts the status UNINSURED")),
        expect(
            "recognition filed before the injury",
            b -> insured(b, new Insurance(InsuranceStatus.INSURED, null, null, d("2019-12-17"))),
            "insurance",
            v(
                "insurance.recognitionFiledOn",
                "DATE_ORDER",
                "工伤认定申请日期（2019-12-17）早于受伤日期",
                "the recognition application (2019-12-17) is before the injury")),
        expect(
            "a benefit computed by rule entered as an expense",
            b -> b.expense(BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, "100.00", "receipt"),
            "expenses",
            v(
                "expenses[0].item",
                "NOT_AN_EXPENSE",
                "一次性伤残补助金由规则计算，不能作为票据费用填报",
                "ONE_TIME_DISABILITY_SUBSIDY is computed by rule and cannot be entered as an"
                    + " expense")),
        expect(
            "an expense dated before the injury",
            b -> b.expenseOn(BenefitItem.MEDICAL_EXPENSES, "100.00", "2019-12-17"),
            "expenses",
            v(
                "expenses[0].date",
                "DATE_ORDER",
                "费用日期（2019-12-17）早于受伤日期",
                "the expense date (2019-12-17) is before the injury")),
        expect(
            "a hospital stay without an end",
            b -> {
              b.stay(DateRange.from(d("2019-12-18")));
              return b;
            },
            "hospitalStays",
            v("hospitalStays[0]", "REQUIRED", "住院期间须有出院日期", "a hospital stay needs an end date")),
        expect(
            "a hospital stay before the injury",
            b -> b.hospital("2019-12-17", "2019-12-20"),
            "hospitalStays",
            v(
                "hospitalStays[0]",
                "DATE_ORDER",
                "住院开始日早于受伤日期",
                "the hospital stay starts before the injury")),
        expect(
            "a stay within the years that ends after 2100",
            b -> b.hospital("2100-12-31", "2101-01-01"),
            "hospitalStays",
            v(
                "hospitalStays[0]",
                "OUT_OF_RANGE",
                "日期（2101-01-01）须在1949-10-01至2100-12-31之间",
                "date (2101-01-01) must be between 1949-10-01 and 2100-12-31")),
        expect(
            "a stay starting after 2100 is reported once, by its start",
            b -> b.hospital("2101-01-01", "2101-01-02"),
            "hospitalStays",
            v(
                "hospitalStays[0]",
                "OUT_OF_RANGE",
                "日期（2101-01-01）须在1949-10-01至2100-12-31之间",
                "date (2101-01-01) must be between 1949-10-01 and 2100-12-31")),
        expect(
            "a stay inside a longer one, and a third inside the first only",
            b ->
                b.hospital("2019-12-18", "2019-12-31")
                    .hospital("2019-12-20", "2019-12-22")
                    .hospital("2019-12-25", "2019-12-27"),
            "hospitalStays",
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]"),
            v("hospitalStays[2]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]")),
        expect(
            "the same stay twice",
            b -> b.hospital("2019-12-20", "2019-12-22").hospital("2019-12-20", "2019-12-22"),
            "hospitalStays",
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]")),
        expect(
            "a later-listed stay that starts first",
            b -> b.hospital("2019-12-20", "2019-12-22").hospital("2019-12-18", "2019-12-21"),
            "hospitalStays",
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]")),
        expect(
            "a stay without an end still overlaps the stays after it",
            b -> {
              b.stay(DateRange.from(d("2019-12-18")));
              return b.hospital("2019-12-20", "2019-12-22").hospital("2019-12-25", "2019-12-27");
            },
            "hospitalStays",
            v("hospitalStays[0]", "REQUIRED", "住院期间须有出院日期", "a hospital stay needs an end date"),
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]"),
            v("hospitalStays[2]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]")),
        expect(
            "a stay listed last that covers two earlier ones is named once, by the first",
            b ->
                b.hospital("2019-12-20", "2019-12-22")
                    .hospital("2019-12-25", "2019-12-27")
                    .hospital("2019-12-18", "2019-12-31"),
            "hospitalStays",
            v("hospitalStays[2]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]")),
        expect(
            "a chain of stays, each overlapping the next",
            b ->
                b.hospital("2019-12-18", "2019-12-20")
                    .hospital("2019-12-19", "2019-12-25")
                    .hospital("2019-12-24", "2019-12-26"),
            "hospitalStays",
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]"),
            v("hospitalStays[2]", "OVERLAP", "与第2段住院期间重叠", "overlaps hospitalStays[1]")),
        expect(
            "a stay without an end after a bounded one overlaps every later stay",
            b -> {
              b.hospital("2019-12-18", "2019-12-20");
              b.stay(DateRange.from(d("2019-12-19")));
              return b.hospital("2019-12-25", "2019-12-27");
            },
            "hospitalStays",
            v("hospitalStays[1]", "REQUIRED", "住院期间须有出院日期", "a hospital stay needs an end date"),
            v("hospitalStays[1]", "OVERLAP", "与第1段住院期间重叠", "overlaps hospitalStays[0]"),
            v("hospitalStays[2]", "OVERLAP", "与第2段住院期间重叠", "overlaps hospitalStays[1]")),
        expect(
            "a suspension ending after 2100",
            b -> b.suspended("2019-12-18", "2101-01-01", false),
            "suspension",
            v(
                "suspension.endInclusive",
                "OUT_OF_RANGE",
                "日期（2101-01-01）须在1949-10-01至2100-12-31之间",
                "date (2101-01-01) must be between 1949-10-01 and 2100-12-31")),
        expect(
            "neither a wage as found nor evidence of pay",
            b -> wage(b, new WageFacts(null, null, null)),
            "wage",
            v(
                "wage.monthlyWage",
                "REQUIRED",
                "须提供认定的月平均工资（monthlyWage）或工资证据（evidence）",
                "the monthly wage as found (monthlyWage) or the evidence of pay (evidence) is"
                    + " required")),
        expect(
            "both a wage as found and evidence of pay",
            b ->
                wage(
                    b,
                    new WageFacts(
                        m("6500.00"),
                        List.of(EvidenceItem.bankDeposit(YearMonth.of(2019, 11), m("6500.00"))),
                        null,
                        null,
                        null,
                        null)),
            "wage",
            v(
                "wage.monthlyWage",
                "CONTRADICTION",
                "月平均工资与工资证据只能二选一：已认定工资时不再依证据计算",
                "give either the monthly wage as found or the evidence of pay, not both")),
        expect(
            "an as-of date before the injury",
            b -> b,
            "options",
            v(
                "options.asOf",
                "DATE_ORDER",
                "计算截止日（2019-12-17）早于受伤日期",
                "the as-of date (2019-12-17) is before the injury")));
  }

  private static List<Violation> under(String prefix, WorkInjuryCase c, CalculationOptions o) {
    return CALC.validate(c, o).stream()
        .filter(
            v ->
                v.path().equals(prefix)
                    || v.path().startsWith(prefix + ".")
                    || v.path().startsWith(prefix + "["))
        .toList();
  }

  /** The date the parameters are known as of is a date of the accepted years too. */
  @Test
  void aKnownAsOfDateAfter2100IsOutOfRange() {
    WorkInjuryCase c = CaseBuilder.create().build();
    assertThat(under("options", c, CalculationOptions.defaults().withKnownAsOf(d("2101-01-01"))))
        .containsExactly(
            v(
                "options.knownAsOf",
                "OUT_OF_RANGE",
                "日期（2101-01-01）须在1949-10-01至2100-12-31之间",
                "date (2101-01-01) must be between 1949-10-01 and 2100-12-31"));
    assertThat(under("options", c, CalculationOptions.defaults().withKnownAsOf(d("2100-12-31"))))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bounds")
  void eachAmountIsAcceptedUpToItsBoundAndRefusedOneFenBeyond(Expect e) {
    WorkInjuryCase c = e.change().apply(CaseBuilder.create()).build();
    assertThat(under(e.prefix(), c, CalculationOptions.defaults()))
        .containsExactlyInAnyOrderElementsOf(e.v());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wording")
  void eachViolationNamesItsFactsInBothLanguages(Expect e) {
    WorkInjuryCase c = e.change().apply(CaseBuilder.create()).build();
    CalculationOptions o =
        e.prefix().equals("options")
            ? CalculationOptions.defaults().withAsOf(d("2019-12-17"))
            : CalculationOptions.defaults();
    assertThat(under(e.prefix(), c, o)).containsExactlyInAnyOrderElementsOf(e.v());
  }
}
