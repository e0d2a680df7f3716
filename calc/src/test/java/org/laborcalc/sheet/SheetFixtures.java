package org.laborcalc.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.OwnWage;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Totals;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.GradeCombination;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;
import org.laborcalc.result.Step;
import org.laborcalc.wage.ClampResult;

/**
 * Results built by hand, as the engine would return them, since the bundled packs are not on this
 * module's test path. Each call builds new objects, so equal fixtures are equal but not identical.
 */
final class SheetFixtures {

  static final Instrument REG = Instruments.WORK_INJURY_REGULATION_2010;
  static final Instrument SHANDONG = Instruments.get("shandong-gsbx-banfa-2011");

  /** A label a hostile or careless caller could give an expense. */
  static final String HOSTILE_LABEL = "<script>alert('x')</script> | 门诊 & \"药费\"";

  private SheetFixtures() {}

  static Money m(String s) {
    return Money.parse(s);
  }

  /**
   * The barite-mine seed case: Jining (370800), grade 9, uninsured, worker-initiated termination.
   *
   * <pre>
   * 本人工资 60% × 5,200 = 3,120 ≤ 6,500 ≤ 300% × 5,200 = 15,600 → 6,500.00
   * 一次性伤残补助金 9 × 6,500 = 58,500.00 (art. 37 ¶1 (1))
   * 停工留薪期工资 6 × 6,500 = 39,000.00 (art. 33 ¶1)
   * 一次性工伤医疗补助金 7 × 5,800 = 40,600.00; 就业补助金 12 × 5,800 = 69,600.00
   * fees 300.00 + 40,000.00 + 2,800.00
   * employer 58,500 + 39,000 + 40,600 + 69,600 + 300 + 40,000 + 2,800 = 250,800.00; fund 0.00
   * </pre>
   */
  static WorkInjuryResult seed() {
    Citation uninsured = Citation.of(REG, 62, 2);
    ParameterUse regional2018 =
        new ParameterUse(
            "wage.regionalAverageMonthly",
            "5200.00",
            "370800",
            "2018-01-01/2019-01-01",
            "test-case-figures",
            Verification.USER_SUPPLIED,
            List.of());
    ParameterUse regional2019 =
        new ParameterUse(
            "wage.regionalAverageMonthly",
            "5800.00",
            "370800",
            "2019-01-01/2020-01-01",
            "test-case-figures",
            Verification.USER_SUPPLIED,
            List.of());
    ParameterUse shandong =
        new ParameterUse(
            "injury.terminationSubsidies",
            "cn-shandong-work-injury / 9级",
            "370000",
            "2011-01-01/..",
            "cn-shandong-work-injury",
            Verification.SECONDARY,
            List.of(Citation.of(SHANDONG, 25)));
    OwnWage wage =
        new OwnWage(
            m("6500.00"),
            m("5200.00"),
            m("3120.00"),
            m("15600.00"),
            m("6500.00"),
            ClampResult.Direction.NONE,
            m("6500.00"),
            "60% × 5,200.00 = 3,120.00 ≤ 6,500.00 ≤ 300% × 5,200.00 = 15,600.00 → 本人工资 6,500.00",
            List.of(
                regional2018,
                national("wage.ownWage.floorPercent", "60", 64, 2),
                national("wage.ownWage.capPercent", "300", 64, 2)),
            List.of(Citation.of(REG, 64, 2)),
            null);
    List<BenefitLine> lines =
        List.of(
            oneTime(
                BenefitItem.ONE_TIME_DISABILITY_SUBSIDY,
                "58500.00",
                Formula.of(Expr.times(Expr.number(9), Expr.money(m("6500.00")))),
                "九级伤残，一次性伤残补助金为9个月的本人工资",
                List.of(national("injury.disabilitySubsidy.months", "9级: 9", 37, 1)),
                List.of(Citation.of(REG, 37, 1, 1), uninsured)),
            oneTime(
                BenefitItem.SUSPENSION_PERIOD_WAGES,
                "39000.00",
                Formula.of(Expr.times(Expr.number(6), Expr.money(m("6500.00")))),
                "停工留薪期 2019-12-18 至 2020-06-17（6个月），原工资福利待遇不变，由所在单位按月支付",
                List.of(national("injury.suspension.normalMaxMonths", "12", 33, 2)),
                List.of(Citation.of(REG, 33, 1), uninsured)),
            oneTime(
                BenefitItem.ONE_TIME_MEDICAL_SUBSIDY,
                "40600.00",
                Formula.of(Expr.times(Expr.number(7), Expr.money(m("5800.00")))),
                "本人提出解除劳动关系，九级伤残，一次性工伤医疗补助金为7个月的统筹地区上年度职工月平均工资",
                List.of(shandong, regional2019),
                List.of(Citation.of(REG, 37, 1, 2), Citation.of(SHANDONG, 25), uninsured)),
            oneTime(
                BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY,
                "69600.00",
                Formula.of(Expr.times(Expr.number(12), Expr.money(m("5800.00")))),
                "本人提出解除劳动关系，九级伤残，一次性伤残就业补助金为12个月的统筹地区上年度职工月平均工资",
                List.of(shandong, regional2019),
                List.of(Citation.of(REG, 37, 1, 2), Citation.of(SHANDONG, 25), uninsured)),
            expense(BenefitItem.RE_EXAMINATION_FEE, "300.00", "复查费"),
            expense(BenefitItem.FOLLOW_UP_TREATMENT, "40000.00", "后续治疗费"),
            expense(BenefitItem.APPRAISAL_FEE, "2800.00", "司法鉴定费"));
    return new WorkInjuryResult(
        lines,
        new Totals(m("250800.00"), m("0.00"), m("250800.00"), m("0.00"), m("0.00")),
        wage,
        GradeCombination.combine(List.of(DisabilityGrade.GRADE_9)),
        Regime.REGULATION_2010,
        CalculationOptions.defaults(),
        List.of(
            new Notice(
                "SECONDARY_SOURCE",
                "“一次性工伤医疗补助金和伤残就业补助金标准”（cn-shandong-work-injury，山东省）的数值来自二手资料，未经原文核实",
                "\"termination subsidies\" (cn-shandong-work-injury, 山东省) comes from secondary"
                    + " sources, not checked against the primary text")));
  }

  /**
   * Grade 6 twice, raised to grade 5 (GB/T 16180-2014 4.2), insured, kept in employment without a
   * suitable job: the employer pays 伤残津贴 monthly (art. 36 ¶1 (2)); accrued to 2024-12-31. The wage
   * is raised to the floor.
   *
   * <pre>
   * 本人工资 3,000.00 below 60% × 6,404.77 = 3,842.862 → 3,842.86 (cap 300% → 19,214.31)
   * 一次性伤残补助金 18 × 3,842.86 = 69,171.48 (fund, art. 36 ¶1 (1))
   * 伤残津贴 70% × 3,842.86 = 2,690.002 → 2,690.00 a month from 2024-03-01 (employer)
   *   accrued 2024-03-01..2024-12-31: 9 months + 30 days of December
   *   2,690.00 × 9 + 2,690.00 × 30 ÷ 31 = 24,210.00 + 2,603.2258 = 26,813.23
   * 医疗费 1,234.56 (fund); 已支付 −5,000.00 (employer)
   * one-time fund 69,171.48 + 1,234.56 = 70,406.04; employer −5,000.00; total 65,406.04
   * monthly employer 2,690.00
   * </pre>
   */
  static WorkInjuryResult monthly() {
    OwnWage wage =
        new OwnWage(
            m("3000.00"),
            m("6404.77"),
            m("3842.86"),
            m("19214.31"),
            m("3842.86"),
            ClampResult.Direction.RAISED_TO_LOWER_BOUND,
            m("3000.00"),
            "3,000.00（低于下限，按下限，60% 至 300%：3,842.86 至 19,214.31）→ 本人工资 3,842.86",
            List.of(
                new ParameterUse(
                    "wage.regionalAverageMonthly",
                    "6404.77",
                    "410100",
                    "2023-01-01/2024-01-01",
                    "test-case-figures",
                    Verification.USER_SUPPLIED,
                    List.of()),
                national("wage.ownWage.floorPercent", "60", 64, 2),
                national("wage.ownWage.capPercent", "300", 64, 2)),
            List.of(Citation.of(REG, 64, 2)),
            null);
    List<BenefitLine> lines =
        List.of(
            new BenefitLine(
                BenefitItem.ONE_TIME_DISABILITY_SUBSIDY,
                m("69171.48"),
                null,
                null,
                null,
                Share.whole(Party.FUND, List.of()),
                Formula.of(Expr.times(Expr.number(18), Expr.money(m("3842.86")))),
                null,
                "五级伤残，一次性伤残补助金为18个月的本人工资",
                List.of(national("injury.disabilitySubsidy.months", "5级: 18", 36, 1)),
                List.of(Citation.of(REG, 36, 1, 1)),
                null),
            new BenefitLine(
                BenefitItem.DISABILITY_ALLOWANCE,
                null,
                m("2690.00"),
                LocalDate.of(2024, 3, 1),
                m("26813.23"),
                Share.whole(Party.EMPLOYER, List.of()),
                Formula.of(
                    Expr.times(Expr.percent(new BigDecimal("70")), Expr.money(m("3842.86")))),
                Formula.of(
                    Step.compute(
                            Expr.sum(
                                List.of(
                                    Expr.times(Expr.money(m("2690.00")), Expr.number(9)),
                                    Expr.times(Expr.money(m("2690.00")), Expr.number(30))
                                        .dividedBy(Expr.number(31)))))
                        .labelled(new Note("2024-03-01 至 2024-12-31（不含）共9个月30天，累计 ", "due: "))),
                "五级伤残，保留劳动关系，用人单位难以安排工作，按月发给伤残津贴",
                List.of(national("injury.disabilityAllowance.percent", "5级: 70", 36, 1)),
                List.of(Citation.of(REG, 36, 1, 2)),
                null),
            new BenefitLine(
                BenefitItem.MEDICAL_EXPENSES,
                m("1234.56"),
                null,
                null,
                null,
                Share.whole(Party.FUND, List.of()),
                Formula.given(m("1234.56")),
                null,
                "按票据\n实报实销",
                List.of(),
                List.of(Citation.of(REG, 30, 1)),
                HOSTILE_LABEL),
            new BenefitLine(
                BenefitItem.ALREADY_PAID,
                m("-5000.00"),
                null,
                null,
                null,
                Share.whole(Party.EMPLOYER, List.of()),
                Formula.given(m("-5000.00")),
                null,
                "用人单位已支付，予以扣减",
                List.of(),
                List.of(Citation.of(REG, 62, 2)),
                "2024-02-01 垫付"));
    return new WorkInjuryResult(
        lines,
        new Totals(m("-5000.00"), m("70406.04"), m("65406.04"), m("2690.00"), m("0.00")),
        wage,
        GradeCombination.combine(List.of(DisabilityGrade.GRADE_6, DisabilityGrade.GRADE_6)),
        Regime.REGULATION_2010,
        CalculationOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31)),
        List.of(
            new Notice(
                "SECONDARY_SOURCE",
                "伤残等级晋级原则（GB/T 16180-2014 4.2）来自二手资料，未经原文核实",
                "the promotion rule of GB/T 16180-2014 4.2 comes from secondary sources")));
  }

  /** No appraisal yet and no lines at all, under the 2003 text with the other options. */
  static WorkInjuryResult empty() {
    WorkInjuryResult s = seed();
    return new WorkInjuryResult(
        List.of(),
        new Totals(m("0.00"), m("0.00"), m("0.00"), m("0.00"), m("0.00")),
        s.wage(),
        null,
        Regime.REGULATION_2003,
        CalculationOptions.defaults()
            .withRegimeRule(CalculationOptions.RegimeRule.BENEFIT_DATE)
            .withSuspensionDays(CalculationOptions.SuspensionDays.PAY_DAYS),
        List.of());
  }

  /** One-time amounts of {@code result}, in order. */
  static List<BenefitLine> oneTimeLines(WorkInjuryResult result) {
    return result.lines().stream().filter(l -> !l.isMonthly()).toList();
  }

  private static ParameterUse national(String key, String value, int article, int paragraph) {
    return new ParameterUse(
        key,
        value,
        "000000",
        "2011-01-01/..",
        "cn-national-work-injury",
        Verification.PRIMARY,
        List.of(Citation.of(REG, article, paragraph)));
  }

  private static BenefitLine oneTime(
      BenefitItem item,
      String amount,
      Formula formula,
      String explanation,
      List<ParameterUse> parameters,
      List<Citation> citations) {
    return new BenefitLine(
        item,
        m(amount),
        null,
        null,
        null,
        Share.whole(Party.EMPLOYER, List.of()),
        formula,
        null,
        explanation,
        parameters,
        citations,
        null);
  }

  private static BenefitLine expense(BenefitItem item, String amount, String label) {
    return new BenefitLine(
        item,
        m(amount),
        null,
        null,
        null,
        Share.whole(Party.EMPLOYER, List.of()),
        Formula.given(m(amount)),
        null,
        "按票据实报实销：" + label,
        List.of(),
        List.of(Citation.of(REG, 30, 1), Citation.of(REG, 62, 2)),
        label);
  }
}
