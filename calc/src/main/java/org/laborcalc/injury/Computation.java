package org.laborcalc.injury;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.InitiatedBy;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.Termination;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.injury.grade.GradeCombination;
import org.laborcalc.injury.grade.SelfCareConsistency;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.injury.rules.TerminationSubsidyRule;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Base;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Counting;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Payability;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Step;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Subsidy;
import org.laborcalc.injury.rules.UnderDeclaredBaseRule;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.ExactMoney;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.retirement.StatutoryRetirement;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;
import org.laborcalc.wage.ClampBounds;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.StatutoryFigures;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageDetermination;
import org.laborcalc.wage.WageDeterminer;
import org.laborcalc.wage.WageOptions;

/**
 * One computation of one case: collects lines and warnings, then freezes them into a result. Not
 * thread-safe and never shared; {@link WorkInjuryCalculator} makes one per call.
 */
final class Computation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final RoundingMode FEN = Money.DEFAULT_ROUNDING;

  private final WorkInjuryCase c;
  private final CalculationOptions options;
  private final Parameters parameters;
  private final Region region;
  private final Regime injuryRegime;
  private final List<BenefitLine> lines = new ArrayList<>();
  private final Map<String, Notice> warnings = new LinkedHashMap<>();
  private OwnWage wage;
  private CombinedGrade grade;
  private StatutoryFigures figures;
  // The 本人工资 the own-wage items multiply: the worker's, or the one on an under-declared base
  // while the fund's share is worked out.
  private Money ownWageInUse;

  Computation(WorkInjuryCase c, CalculationOptions options, Parameters parameters) {
    this.c = c;
    this.options = options;
    this.parameters = parameters;
    this.region = c.region();
    this.injuryRegime = Regime.on(c.injury().date());
  }

  WorkInjuryResult run() {
    wage = ownWage();
    ownWageInUse = wage.ownWage();
    if (c.appraisal() != null) {
      grade = GradeCombination.combine(c.appraisal().itemGrades());
    }
    suspensionWages();
    if (grade != null) {
      onOwnWage(this::disabilitySubsidy);
      onOwnWage(this::disabilityAllowance);
      livingCare();
      onOwnWage(this::terminationSubsidies);
    }
    hospitalFood();
    actualCosts();
    if (c.death() != null) {
      funeral();
      deathSubsidy();
      onOwnWage(this::dependantPensions);
    }
    alreadyPaid();
    // A canonical order, so that the order in which facts were given never changes the result.
    // (List.sort is stable: within an item and payer, lines keep the canonical order they were
    // made in.)
    lines.sort(Comparator.comparing(BenefitLine::item).thenComparing(BenefitLine::payer));
    return new WorkInjuryResult(
        lines, totals(), wage, grade, injuryRegime, options, List.copyOf(warnings.values()));
  }

  // ---- wage: 《工伤保险条例》 art. 64 ¶2 (2003 art. 61) -------------------------------------

  private OwnWage ownWage() {
    LocalDate injury = c.injury().date();
    ResolvedParameter<Money> average =
        yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, injury.getYear() - 1);
    ResolvedParameter<BigDecimal> floor =
        use(WorkInjuryKeys.OWN_WAGE_FLOOR_PERCENT, region, regimeDate(injury));
    ResolvedParameter<BigDecimal> cap =
        use(WorkInjuryKeys.OWN_WAGE_CAP_PERCENT, region, regimeDate(injury));
    ResolvedParameter<BigDecimal> payDays = use(WorkInjuryKeys.PAY_DAYS_PER_MONTH, region, injury);
    figures =
        new StatutoryFigures(
            sourced(average, average.value().amount()),
            sourced(floor, floor.value()),
            sourced(cap, cap.value()),
            sourced(payDays, payDays.value()));
    WageFacts facts = c.wage();
    WageDetermination determination = null;
    ClampResult clamp;
    if (facts.monthlyWage() != null) {
      clamp = ClampBounds.of(figures).apply(facts.monthlyWage());
    } else {
      determination = WageDeterminer.determine(wageCase(), figures);
      clamp = determination.clamp();
      determination.warnings().forEach(w -> warn(w.code(), w.messageZh(), w.messageEn()));
    }
    Money own = clamp.result();
    // Concatenation rather than String.format, which parses its pattern on every call.
    String formula;
    if (clamp.clamped()) {
      formula =
          g(clamp.value())
              + "（"
              + (clamp.direction() == ClampResult.Direction.RAISED_TO_LOWER_BOUND
                  ? "低于下限，按下限"
                  : "高于上限，按上限")
              + "，"
              + plain(floor.value())
              + "% 至 "
              + plain(cap.value())
              + "%："
              + g(clamp.lower())
              + " 至 "
              + g(clamp.upper())
              + "）→ 本人工资 "
              + g(own);
    } else {
      formula =
          plain(floor.value())
              + "% × "
              + g(average.value())
              + " = "
              + g(clamp.lower())
              + " ≤ "
              + g(clamp.value())
              + " ≤ "
              + plain(cap.value())
              + "% × "
              + g(average.value())
              + " = "
              + g(clamp.upper())
              + " → 本人工资 "
              + g(own);
    }
    Money original =
        facts.originalWage() != null
            ? facts.originalWage()
            : determination != null ? determination.originalWage() : clamp.value();
    // The articles, each once; a caller's figure is listed with the parameters, not as law.
    Map<String, Citation> cites = new LinkedHashMap<>();
    Citation art64 = injuryRegime.cite(injuryRegime.ownWage, injuryRegime.ownWage == 64 ? 2 : 0);
    cites.put(art64.toChinese(), art64);
    if (determination != null) {
      for (Citation ci : determination.citations()) {
        if (ci.instrument().verification() != Verification.USER_SUPPLIED) {
          cites.putIfAbsent(ci.toChinese(), ci);
        }
      }
    }
    return new OwnWage(
        clamp.value(),
        average.value(),
        clamp.lower(),
        clamp.upper(),
        own,
        clamp.direction(),
        original,
        formula,
        List.of(
            ParameterUse.of(average, average.value().toString()),
            ParameterUse.of(floor, plain(floor.value())),
            ParameterUse.of(cap, plain(cap.value())),
            ParameterUse.of(payDays, plain(payDays.value()))),
        List.copyOf(cites.values()),
        determination);
  }

  /** The wage facts as a case for the wage determination. */
  private WageCase wageCase() {
    WageFacts facts = c.wage();
    return new WageCase(
        c.injury().date(),
        c.employment().start(),
        facts.evidence(),
        facts.procedure() != null ? facts.procedure() : ProceduralFacts.none(),
        facts.options() != null ? facts.options() : WageOptions.defaults());
  }

  private static SourcedFigure sourced(ResolvedParameter<?> p, BigDecimal value) {
    return new SourcedFigure(
        value,
        p.key().descriptionZh()
            + "（"
            + p.entry().region().fullName()
            + "，"
            + p.entry().range()
            + "，参数包 "
            + p.packId()
            + "）",
        p.citations(),
        p.verification());
  }

  // ---- an under-declared base: Guangdong art. 56, Zhejiang art. 33, Henan art. 33 -----------

  /**
   * Runs an item computed on 本人工资. On an under-declared contribution base the fund pays the item on
   * the 本人工资 of the declared base, and where the province says so the employer pays the difference
   * to the item on the true 本人工资, on a line of its own.
   */
  private void onOwnWage(Runnable item) {
    if (c.insurance().status() != InsuranceStatus.UNDER_DECLARED_BASE) {
      item.run();
      return;
    }
    int from = lines.size();
    item.run();
    List<BenefitLine> full = new ArrayList<>(lines.subList(from, lines.size()));
    lines.subList(from, lines.size()).clear();
    ClampResult declared = ClampBounds.of(figures).apply(c.insurance().declaredMonthlyBase());
    ownWageInUse = declared.result();
    try {
      item.run();
    } finally {
      ownWageInUse = wage.ownWage();
    }
    List<BenefitLine> onDeclared = new ArrayList<>(lines.subList(from, lines.size()));
    lines.subList(from, lines.size()).clear();
    ResolvedParameter<UnderDeclaredBaseRule> rule =
        use(WorkInjuryKeys.UNDER_DECLARED_BASE, region, c.injury().date());
    for (int i = 0; i < full.size(); i++) {
      BenefitLine whole = full.get(i);
      if (whole.payer() == Payer.EMPLOYER) {
        lines.add(whole);
        continue;
      }
      BenefitLine fundPart = onDeclared.get(i);
      lines.add(
          new BenefitLine(
              fundPart.item(),
              fundPart.amount(),
              fundPart.monthlyAmount(),
              fundPart.startDate(),
              fundPart.accrued(),
              Payer.FUND,
              fundPart.formula(),
              "按申报的月缴费基数 "
                  + g(c.insurance().declaredMonthlyBase())
                  + "（本人工资 "
                  + g(declared.result())
                  + "）由工伤保险基金支付："
                  + fundPart.explanationZh(),
              fundPart.parameters(),
              fundPart.citations(),
              fundPart.label()));
      if (!rule.value().employerPaysDifference()) {
        continue;
      }
      boolean monthly = whole.isMonthly();
      Money wholeAmount = monthly ? whole.monthlyAmount() : whole.amount();
      Money fundAmount = monthly ? fundPart.monthlyAmount() : fundPart.amount();
      Money difference = wholeAmount.minus(fundAmount);
      if (!difference.isPositive()) {
        continue;
      }
      Money accrued = whole.accrued() == null ? null : whole.accrued().minus(fundPart.accrued());
      List<Citation> cites = new ArrayList<>(whole.citations());
      cites.addAll(rule.citations());
      List<ParameterUse> used = new ArrayList<>(whole.parameters());
      used.add(ParameterUse.of(rule, "employerPaysDifference"));
      lines.add(
          new BenefitLine(
              whole.item(),
              monthly ? null : difference,
              monthly ? difference : null,
              whole.startDate(),
              accrued,
              Payer.EMPLOYER,
              g(wholeAmount) + " − " + g(fundAmount) + " = " + g(difference),
              "用人单位少报缴费工资，按本人工资 "
                  + g(wage.ownWage())
                  + " 应得 "
                  + g(wholeAmount)
                  + "，基金按申报基数支付 "
                  + g(fundAmount)
                  + "，差额由用人单位补足",
              used,
              cites,
              whole.label() == null ? "少报缴费工资差额" : whole.label() + "（差额）"));
    }
  }

  // ---- 停工留薪期: art. 33 (2003 art. 31) ------------------------------------------------

  private void suspensionWages() {
    WorkInjuryCase.Suspension s = c.suspension();
    if (s == null) {
      return;
    }
    Regime regime = regime(s.start());
    DateRange period = DateRange.ofClosed(s.start(), s.endInclusive());
    MonthsAndDays length = period.length(MonthEndPolicy.CLAMP_TO_MONTH_END);
    ResolvedParameter<BigDecimal> normal =
        use(WorkInjuryKeys.SUSPENSION_NORMAL_MAX_MONTHS, region, regimeDate(s.start()));
    ResolvedParameter<BigDecimal> extension =
        use(WorkInjuryKeys.SUSPENSION_EXTENSION_MAX_MONTHS, region, regimeDate(s.start()));
    int normalMax = normal.value().intValueExact();
    int hardMax = normalMax + extension.value().intValueExact();
    boolean beyondNormal =
        length.months() > normalMax || (length.months() == normalMax && length.days() > 0);
    boolean beyondMax =
        length.months() > hardMax || (length.months() == hardMax && length.days() > 0);
    if (beyondMax) {
      throw InvalidInputException.of(
          "suspension.endInclusive",
          "OUT_OF_RANGE",
          "停工留薪期（"
              + length.toChinese()
              + "）超过"
              + hardMax
              + "个月的上限（《工伤保险条例》第"
              + regime.suspension
              + "条第二款）",
          "the paid suspension period ("
              + length
              + ") exceeds the maximum of "
              + hardMax
              + " months (art. "
              + regime.suspension
              + " ¶2)");
    }
    if (beyondNormal && !s.extensionConfirmed()) {
      warn(
          "SUSPENSION_OVER_NORMAL_MAXIMUM",
          "停工留薪期（"
              + length.toChinese()
              + "）超过"
              + normalMax
              + "个月，但未载明经设区的市级劳动能力鉴定委员会确认延长（第"
              + regime.suspension
              + "条第二款）",
          "the paid suspension period ("
              + length
              + ") exceeds "
              + normalMax
              + " months without a confirmed extension (art. "
              + regime.suspension
              + " ¶2)");
    }
    if (c.appraisal() != null && s.endInclusive().isAfter(c.appraisal().date())) {
      warn(
          "SUSPENSION_AFTER_APPRAISAL",
          "停工留薪期结束日晚于伤残等级评定日；评定伤残等级后停发原待遇（第" + regime.suspension + "条第二款）",
          "the paid suspension period ends after the disability appraisal; the original pay stops"
              + " when the grade is assessed (art. "
              + regime.suspension
              + " ¶2)");
    }
    Money monthly = wage.originalWage();
    ExactMoney amount = monthly.toExact().times(BigDecimal.valueOf(length.months()));
    StringBuilder formula = new StringBuilder();
    formula.append(length.months()).append(" × ").append(g(monthly));
    List<ParameterUse> used = new ArrayList<>();
    used.add(ParameterUse.of(normal, plain(normal.value())));
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(regime.suspension, 1)));
    if (length.days() > 0) {
      if (options.suspensionDays() == CalculationOptions.SuspensionDays.PAY_DAYS) {
        ResolvedParameter<BigDecimal> payDays =
            use(WorkInjuryKeys.PAY_DAYS_PER_MONTH, region, s.endInclusive());
        amount =
            amount.plus(
                monthly
                    .toExact()
                    .times(BigDecimal.valueOf(length.days()))
                    .dividedBy(payDays.value(), 10, FEN));
        formula
            .append(" + ")
            .append(g(monthly))
            .append(" ÷ ")
            .append(plain(payDays.value()))
            .append(" × ")
            .append(length.days());
        used.add(ParameterUse.of(payDays, plain(payDays.value())));
        cites.addAll(payDays.citations());
      } else {
        LocalDate partStart =
            MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(s.start(), length.months());
        int monthDays = YearMonth.from(partStart).lengthOfMonth();
        amount =
            amount.plus(
                monthly
                    .toExact()
                    .times(BigDecimal.valueOf(length.days()))
                    .dividedBy(BigDecimal.valueOf(monthDays), 10, FEN));
        formula
            .append(" + ")
            .append(g(monthly))
            .append(" × ")
            .append(length.days())
            .append(" ÷ ")
            .append(monthDays);
      }
    }
    Money total = amount.roundToFen();
    formula.append(" = ").append(g(total));
    lines.add(
        oneTimeLine(
            BenefitItem.SUSPENSION_PERIOD_WAGES,
            total,
            Payer.EMPLOYER,
            formula.toString(),
            "停工留薪期 "
                + s.start()
                + " 至 "
                + s.endInclusive()
                + "（"
                + length.toChinese()
                + "），原工资福利待遇不变，由所在单位按月支付",
            used,
            withLiability(cites, BenefitItem.SUSPENSION_PERIOD_WAGES),
            null));
  }

  // ---- 一次性伤残补助金: arts. 35–37 (2003 arts. 33–35) -------------------------------------

  private void disabilitySubsidy() {
    LocalDate arises = c.appraisal().date();
    Regime regime = regime(arises);
    int g = grade.finalGrade().number();
    ResolvedParameter<Table> months =
        use(WorkInjuryKeys.DISABILITY_SUBSIDY_MONTHS, region, regimeDate(arises));
    BigDecimal m = months.value().get(g);
    Money amount = ownWageInUse.times(m, FEN);
    Payer payer = payer(Payer.FUND, BenefitItem.ONE_TIME_DISABILITY_SUBSIDY, arises);
    lines.add(
        oneTimeLine(
            BenefitItem.ONE_TIME_DISABILITY_SUBSIDY,
            amount,
            payer,
            plain(m) + " × " + g(ownWageInUse) + " = " + g(amount),
            grade.finalGrade().nameZh() + "伤残，一次性伤残补助金为" + plain(m) + "个月的本人工资",
            List.of(ParameterUse.of(months, g + "级: " + plain(m))),
            withLiability(
                List.of(regime.cite(regime.gradeArticle(g), 1, 1)),
                BenefitItem.ONE_TIME_DISABILITY_SUBSIDY),
            null));
  }

  // ---- 伤残津贴: art. 35 ¶1 (2) grades 1–4, art. 36 ¶1 (2) grades 5–6 ------------------------

  private void disabilityAllowance() {
    int g = grade.finalGrade().number();
    if (g > 6) {
      return;
    }
    boolean fiveOrSix = g >= 5;
    if (fiveOrSix
        && (c.employment().termination() != null || !c.employment().noSuitableJobArranged())) {
      return;
    }
    LocalDate start = c.appraisal().date();
    Regime regime = regime(start);
    ResolvedParameter<Table> pct =
        use(WorkInjuryKeys.DISABILITY_ALLOWANCE_PERCENT, region, regimeDate(start));
    ResolvedParameter<Money> minimum = use(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, region, start);
    BigDecimal p = pct.value().get(g);
    Money computed = ownWageInUse.times(percent(p), FEN);
    Money monthly = computed.max(minimum.value());
    String formula = plain(p) + "% × " + g(ownWageInUse) + " = " + g(computed);
    if (monthly.isGreaterThan(computed)) {
      formula += "，低于最低工资标准 " + g(minimum.value()) + "，补足至 " + g(monthly);
    }
    Payer insuredPayer = fiveOrSix ? Payer.EMPLOYER : Payer.FUND;
    Payer payer = payer(insuredPayer, BenefitItem.DISABILITY_ALLOWANCE, start);
    LocalDate stop = fiveOrSix ? null : retirementDateIfKnown().orElse(null);
    lines.add(
        monthlyLine(
            BenefitItem.DISABILITY_ALLOWANCE,
            monthly,
            start,
            stop,
            payer,
            formula,
            grade.finalGrade().nameZh()
                + "伤残，按月支付伤残津贴，为本人工资的"
                + plain(p)
                + "%；低于当地最低工资标准的补足差额"
                + (stop != null ? "；达到退休年龄（" + stop + "）后停发，享受基本养老保险待遇" : ""),
            List.of(
                ParameterUse.of(pct, g + "级: " + plain(p) + "%"),
                ParameterUse.of(minimum, minimum.value().toString())),
            withLiability(
                List.of(regime.cite(regime.gradeArticle(g), 1, 2)),
                BenefitItem.DISABILITY_ALLOWANCE),
            null));
  }

  // ---- 生活护理费: art. 34 (2003 art. 32) -----------------------------------------------

  private void livingCare() {
    SelfCareLevel level = c.appraisal().selfCare();
    if (level == null) {
      level = SelfCareLevel.fromActivitiesNeedingCare(c.appraisal().activitiesNeedingCare());
    }
    SelfCareConsistency.check(grade.finalGrade(), level)
        .ifPresent(w -> warn(w.code(), w.messageZh(), w.messageEn()));
    if (level == SelfCareLevel.NONE) {
      return;
    }
    LocalDate start = c.appraisal().date();
    Regime regime = regime(start);
    ResolvedParameter<Table> pct =
        use(WorkInjuryKeys.LIVING_CARE_PERCENT, region, regimeDate(start));
    ResolvedParameter<Money> average =
        yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, start.getYear() - 1);
    BigDecimal p = pct.value().get(level.name());
    Money monthly = average.value().times(percent(p), FEN);
    Payer payer = payer(Payer.FUND, BenefitItem.LIVING_CARE_ALLOWANCE, start);
    lines.add(
        monthlyLine(
            BenefitItem.LIVING_CARE_ALLOWANCE,
            monthly,
            start,
            null,
            payer,
            plain(p) + "% × " + g(average.value()) + " = " + g(monthly),
            level.nameZh()
                + "，生活护理费为统筹地区上年度（"
                + (start.getYear() - 1)
                + "年度）职工月平均工资的"
                + plain(p)
                + "%，按月支付",
            List.of(
                ParameterUse.of(pct, level.name() + ": " + plain(p) + "%"),
                ParameterUse.of(average, average.value().toString())),
            withLiability(
                List.of(regime.cite(regime.livingCare, 2)), BenefitItem.LIVING_CARE_ALLOWANCE),
            null));
  }

  // ---- 一次性工伤医疗补助金, 一次性伤残就业补助金: arts. 36 ¶2, 37 (2); provincial rules ----------

  private void terminationSubsidies() {
    Termination t = c.employment().termination();
    int g = grade.finalGrade().number();
    if (t == null || g < 5) {
      return;
    }
    LocalDate on = t.date();
    Regime regime = regime(on);
    boolean expiryOrWorker =
        t.initiatedBy() == InitiatedBy.WORKER || t.initiatedBy() == InitiatedBy.CONTRACT_EXPIRY;
    int article = regime.gradeArticle(g);
    if (!expiryOrWorker) {
      warn(
          "TERMINATION_GROUND",
          "《工伤保险条例》第"
              + article
              + "条所列情形为劳动合同期满终止或者职工本人提出解除；本案由"
              + (t.initiatedBy() == InitiatedBy.EMPLOYER ? "用人单位" : "双方协商")
              + "解除，补助金是否应付由仲裁庭认定，以下按应付计算",
          "art. "
              + article
              + " names contract expiry and the worker's own request; this relation"
              + " ended by "
              + t.initiatedBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + ": whether the subsidies are due is for the tribunal; they are computed as due");
    }
    ResolvedParameter<TerminationSubsidyRule> ruleParam =
        use(WorkInjuryKeys.TERMINATION_SUBSIDIES, region, regimeDate(on));
    TerminationSubsidyRule rule = ruleParam.value();
    Optional<LocalDate> retirement =
        rule.nearRetirement() != null
                || rule.atOrAfterRetirement().medical() != Payability.UNSPECIFIED
                || rule.atOrAfterRetirement().employment() != Payability.UNSPECIFIED
            ? Optional.of(
                requireRetirementDate(
                    "the provincial rule reduces or withholds the subsidies near retirement",
                    "省级规定在临近或达到退休年龄时减发或不发补助金"))
            : retirementDateIfKnown();
    for (Subsidy subsidy : Subsidy.values()) {
      BenefitItem item =
          subsidy == Subsidy.MEDICAL
              ? BenefitItem.ONE_TIME_MEDICAL_SUBSIDY
              : BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY;
      List<ParameterUse> used = new ArrayList<>();
      used.add(ParameterUse.of(ruleParam, ruleParam.packId() + " / " + item.name()));
      List<Citation> cites = new ArrayList<>();
      cites.add(regime.cite(article, g <= 6 ? 2 : 1, g <= 6 ? 0 : 2));
      cites.addAll(ruleParam.citations());
      boolean retired = retirement.isPresent() && !on.isBefore(retirement.get());
      if (retired && rule.atOrAfterRetirement().of(subsidy) == Payability.NOT_PAYABLE) {
        warn(
            "NOT_PAYABLE_AT_RETIREMENT",
            item.nameZh() + "：解除或终止劳动关系时已达到退休年龄（" + retirement.get() + "），依省级规定不予支付",
            item.nameEn()
                + ": the worker had reached retirement ("
                + retirement.get()
                + ") at the termination; the provincial rule pays nothing");
        continue;
      }
      if (retired && rule.atOrAfterRetirement().of(subsidy) == Payability.UNSPECIFIED) {
        warn(
            "RETIRED_AT_TERMINATION",
            item.nameZh() + "：解除或终止劳动关系时已达到退休年龄（" + retirement.get() + "），省级规定未明确，按应付计算",
            item.nameEn()
                + ": the worker had reached retirement ("
                + retirement.get()
                + ") at the termination; the provincial rule is silent; computed as due");
      }
      ExactMoney amount;
      StringBuilder formula = new StringBuilder();
      if (rule.base() == Base.FIXED_AMOUNT) {
        Money fixed = rule.amount(subsidy, g).orElseThrow(() -> missingRuleTable(item, ruleParam));
        amount = fixed.toExact();
        formula.append(g(fixed));
      } else {
        BigDecimal months =
            rule.months(subsidy, g).orElseThrow(() -> missingRuleTable(item, ruleParam));
        Money base = subsidyBase(rule, on, used, cites);
        amount = base.toExact().times(months);
        formula.append(plain(months)).append(" × ").append(g(base));
      }
      if (subsidy == Subsidy.MEDICAL
          && c.injury().occupationalDisease()
          && rule.occupationalDiseaseMedicalUpliftPercent() != null) {
        BigDecimal factor =
            BigDecimal.ONE.add(percent(rule.occupationalDiseaseMedicalUpliftPercent()));
        amount = amount.times(factor);
        formula.append(" × ").append(plain(factor)).append("（职业病）");
      }
      if (rule.nearRetirement() != null
          && rule.nearRetirement().appliesTo().contains(subsidy)
          && !(rule.nearRetirement().exceptLabourContractLawArticle38()
              && t.labourContractLawArticle38())) {
        Optional<Step> step = nearRetirementStep(rule.nearRetirement(), on, retirement.get());
        if (step.isPresent()) {
          amount = amount.times(percent(step.get().percent()));
          formula
              .append(" × ")
              .append(plain(step.get().percent()))
              .append("%（临近退休：")
              .append(yearsToRetirementText(rule.nearRetirement().counting(), on, retirement.get()))
              .append("）");
        }
      }
      Money total = amount.roundToFen();
      formula.append(" = ").append(g(total));
      Payer insuredPayer =
          subsidy == Subsidy.MEDICAL && regime == Regime.REGULATION_2010
              ? Payer.FUND
              : Payer.EMPLOYER;
      if (subsidy == Subsidy.EMPLOYMENT) {
        cites.add(Citation.of(Instruments.SOCIAL_INSURANCE_LAW, 39, 1, 3));
      }
      Payer payer = payer(insuredPayer, item, on);
      lines.add(
          oneTimeLine(
              item,
              total,
              payer,
              formula.toString(),
              grade.finalGrade().nameZh()
                  + "伤残，"
                  + on
                  + "解除或者终止劳动关系，按"
                  + regionName(ruleParam)
                  + "标准支付"
                  + item.nameZh(),
              used,
              withLiability(cites, item),
              null));
    }
  }

  private Money subsidyBase(
      TerminationSubsidyRule rule, LocalDate on, List<ParameterUse> used, List<Citation> cites) {
    int year = on.getYear() - 1;
    switch (rule.base()) {
      case REGIONAL_AVERAGE_MONTHLY_WAGE -> {
        ResolvedParameter<Money> p =
            yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, year);
        used.add(ParameterUse.of(p, p.value().toString()));
        return p.value();
      }
      case PROVINCIAL_AVERAGE_MONTHLY_WAGE -> {
        Region province = Regions.bundled().province(region).orElse(region);
        ResolvedParameter<Money> p =
            yearFigure(WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE, province, year);
        used.add(ParameterUse.of(p, p.value().toString()));
        return p.value();
      }
      case OWN_WAGE -> {
        Money base = ownWageInUse;
        if (rule.ownWageRaisedToPreTerminationAverage()) {
          Money pre = c.wage().preTerminationAverageWage();
          if (pre == null) {
            throw InvalidInputException.of(
                "wage.preTerminationAverageWage",
                "REQUIRED",
                "本省规定以本人工资为基数，解除或终止劳动关系前12个月平均月缴费工资高于本人工资的按该工资计算，须提供该工资",
                "the provincial rule raises the own-wage base to the 12-month average contribution"
                    + " wage before the termination when that is higher: supply it");
          }
          if (pre.isGreaterThan(base)) {
            base = pre;
          }
        }
        return base;
      }
      case FIXED_AMOUNT -> throw new AssertionError("fixed amounts have no base");
    }
    throw new AssertionError(rule.base());
  }

  private Optional<Step> nearRetirementStep(
      TerminationSubsidyRule.NearRetirement rule, LocalDate on, LocalDate retirement) {
    if (rule.windowYears() != null && !lessThanYearsRemain(rule.windowYears(), on, retirement)) {
      return Optional.empty();
    }
    if (rule.counting() == Counting.REMAINING_TIME) {
      // "距法定退休年龄不足N年".
      return rule.schedule().stream()
          .filter(s -> lessThanYearsRemain(s.yearsLessThan(), on, retirement))
          .findFirst();
    }
    // "每增加一周岁": years = age in completed years at retirement − age in completed years now.
    LocalDate birth = requireBirthDate();
    int years =
        StatutoryRetirement.completedYearsOfAge(birth, retirement)
            - StatutoryRetirement.completedYearsOfAge(birth, on);
    return rule.stepFor(BigDecimal.valueOf(Math.max(0, years)));
  }

  /** Less than {@code years} whole years remain when {@code on} plus them is after retirement. */
  private static boolean lessThanYearsRemain(BigDecimal years, LocalDate on, LocalDate retirement) {
    return MonthEndPolicy.CLAMP_TO_MONTH_END
        .plusMonths(on, years.intValueExact() * 12L)
        .isAfter(retirement);
  }

  private String yearsToRetirementText(Counting counting, LocalDate on, LocalDate retirement) {
    if (counting == Counting.REMAINING_TIME) {
      MonthsAndDays left =
          on.isBefore(retirement)
              ? MonthsAndDays.between(on, retirement, MonthEndPolicy.CLAMP_TO_MONTH_END)
              : new MonthsAndDays(0, 0);
      return "距退休日期 "
          + retirement
          + " 尚余"
          + left.months() / 12
          + "年"
          + left.months() % 12
          + "个月"
          + left.days()
          + "天";
    }
    LocalDate birth = requireBirthDate();
    return "解除时"
        + StatutoryRetirement.completedYearsOfAge(birth, on)
        + "周岁，退休时"
        + StatutoryRetirement.completedYearsOfAge(birth, retirement)
        + "周岁";
  }

  private UnsupportedCaseException missingRuleTable(
      BenefitItem item, ResolvedParameter<TerminationSubsidyRule> rule) {
    return new UnsupportedCaseException(
        regionName(rule)
            + "的"
            + item.nameZh()
            + "标准未经核实，随附参数包未收录（参数包 "
            + rule.packId()
            + "）；请以参数包提供 injury.terminationSubsidies 规则及其依据",
        "the "
            + item.nameEn()
            + " standard of "
            + rule.entry().region().fullName()
            + " is unconfirmed and not bundled (pack "
            + rule.packId()
            + "); supply an injury.terminationSubsidies rule with its source in a parameter pack");
  }

  // ---- 住院伙食补助费: art. 30 ¶4 (2003 art. 29 ¶4, paid by the employer) ---------------------

  private void hospitalFood() {
    if (c.hospitalStays().isEmpty()) {
      return;
    }
    LocalDate first =
        c.hospitalStays().stream()
            .map(DateRange::start)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    Regime regime = regime(first);
    ResolvedParameter<Money> daily = use(WorkInjuryKeys.HOSPITAL_FOOD_DAILY, region, first);
    long days = c.hospitalStays().stream().mapToLong(DateRange::lengthInDays).sum();
    Money amount = daily.value().times(days);
    Payer insured = regime == Regime.REGULATION_2010 ? Payer.FUND : Payer.EMPLOYER;
    Payer payer = payer(insured, BenefitItem.HOSPITAL_FOOD_SUBSIDY, first);
    lines.add(
        oneTimeLine(
            BenefitItem.HOSPITAL_FOOD_SUBSIDY,
            amount,
            payer,
            days + " × " + g(daily.value()) + " = " + g(amount),
            "住院" + days + "天，按统筹地区人民政府规定的标准（每日 " + g(daily.value()) + "）支付住院伙食补助费",
            List.of(ParameterUse.of(daily, daily.value().toString())),
            withLiability(
                List.of(regime.cite(regime.medical, 4)), BenefitItem.HOSPITAL_FOOD_SUBSIDY, first),
            null));
  }

  // ---- actual costs: arts. 30, 32, 33 ¶3, 12 --------------------------------------------

  private void actualCosts() {
    Map<BenefitItem, Map<Payer, List<Expense>>> grouped = new EnumMap<>(BenefitItem.class);
    List<Expense> sorted = new ArrayList<>(c.expenses());
    sorted.sort(
        Comparator.comparing((Expense e) -> e.date() != null ? e.date() : c.injury().date())
            .thenComparing(Expense::amount)
            .thenComparing(e -> e.description() == null ? "" : e.description()));
    for (Expense e : sorted) {
      LocalDate when = e.date() != null ? e.date() : c.injury().date();
      Payer payer = payer(insuredPayerOfCost(e.item(), regime(when)), e.item(), when);
      grouped
          .computeIfAbsent(e.item(), i -> new EnumMap<>(Payer.class))
          .computeIfAbsent(payer, p -> new ArrayList<>())
          .add(e);
    }
    // Plain loops: the lambdas and collectors cost more than the few receipts of a case.
    for (Map.Entry<BenefitItem, Map<Payer, List<Expense>>> byItem : grouped.entrySet()) {
      BenefitItem item = byItem.getKey();
      for (Map.Entry<Payer, List<Expense>> byPayer : byItem.getValue().entrySet()) {
        Payer payer = byPayer.getKey();
        List<Expense> expenses = byPayer.getValue();
        Money sum = Money.ZERO;
        for (Expense e : expenses) {
          sum = sum.plus(e.amount());
        }
        String formula;
        if (expenses.size() == 1) {
          formula = g(sum);
        } else {
          StringBuilder f = new StringBuilder();
          for (Expense e : expenses) {
            if (f.length() > 0) {
              f.append(" + ");
            }
            f.append(g(e.amount()));
          }
          formula = f.append(" = ").append(g(sum)).toString();
        }
        LocalDate when =
            expenses.get(0).date() != null ? expenses.get(0).date() : c.injury().date();
        StringBuilder what = new StringBuilder();
        for (Expense e : expenses) {
          String d = e.description();
          if (d != null && !d.isBlank()) {
            if (what.length() > 0) {
              what.append("；");
            }
            what.append(d);
          }
        }
        lines.add(
            oneTimeLine(
                item,
                sum,
                payer,
                formula,
                item.nameZh() + "，按票据所载实际发生额" + (what.length() == 0 ? "" : "（" + what + "）"),
                List.of(),
                withLiability(costCitations(item, regime(when)), item, when),
                null));
      }
    }
  }

  private static Payer insuredPayerOfCost(BenefitItem item, Regime regime) {
    return switch (item) {
      case SUSPENSION_PERIOD_CARE -> Payer.EMPLOYER;
      case TRAVEL_AND_LODGING -> regime == Regime.REGULATION_2010 ? Payer.FUND : Payer.EMPLOYER;
      default -> Payer.FUND;
    };
  }

  private static List<Citation> costCitations(BenefitItem item, Regime regime) {
    return switch (item) {
      case SUSPENSION_PERIOD_CARE -> List.of(regime.cite(regime.suspension, 3));
      case MEDICAL_EXPENSES, FOLLOW_UP_TREATMENT -> List.of(regime.cite(regime.medical, 1));
      case TRAVEL_AND_LODGING -> List.of(regime.cite(regime.medical, 4));
      // The paragraph on rehabilitation is ¶6 of the 2010 text; the 2003 text is cited by article.
      case REHABILITATION ->
          List.of(regime.cite(regime.medical, regime == Regime.REGULATION_2010 ? 6 : 0));
      case ASSISTIVE_DEVICES -> List.of(regime.cite(regime.devices));
      case APPRAISAL_FEE, RE_EXAMINATION_FEE ->
          regime.fundUses > 0
              ? List.of(regime.cite(regime.fundUses, 1))
              // The 2003 text's article on the fund's uses is not in the legal folder: the
              // Regulation is cited as a whole rather than an article guessed.
              : List.of(Citation.of(regime.instrument()));
      default -> throw new IllegalArgumentException("item (" + item + ") is not an actual cost");
    };
  }

  // ---- death: art. 39 (2003 art. 37) ------------------------------------------------------

  private void funeral() {
    LocalDate death = c.death().date();
    Regime regime = regime(death);
    ResolvedParameter<BigDecimal> months =
        use(WorkInjuryKeys.FUNERAL_MONTHS, region, regimeDate(death));
    ResolvedParameter<Money> average =
        yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, death.getYear() - 1);
    Money amount = average.value().times(months.value(), FEN);
    Payer payer = payer(Payer.FUND, BenefitItem.FUNERAL_SUBSIDY, death);
    lines.add(
        oneTimeLine(
            BenefitItem.FUNERAL_SUBSIDY,
            amount,
            payer,
            plain(months.value()) + " × " + g(average.value()) + " = " + g(amount),
            "丧葬补助金为" + plain(months.value()) + "个月的统筹地区上年度（" + (death.getYear() - 1) + "年度）职工月平均工资",
            List.of(
                ParameterUse.of(months, plain(months.value())),
                ParameterUse.of(average, average.value().toString())),
            withLiability(List.of(regime.cite(regime.death, 1, 1)), BenefitItem.FUNERAL_SUBSIDY),
            null));
  }

  private void deathSubsidy() {
    LocalDate death = c.death().date();
    Regime regime = regime(death);
    if (grade != null
        && grade.finalGrade().number() <= 4
        && c.suspension() != null
        && death.isAfter(c.suspension().endInclusive())) {
      warn(
          "NO_DEATH_SUBSIDY_AFTER_SUSPENSION",
          "一级至四级伤残职工在停工留薪期满后死亡的，其近亲属享受丧葬补助金和供养亲属抚恤金，不享受一次性工亡补助金（第" + regime.death + "条第三款）",
          "a worker of grade 1 to 4 who dies after the paid suspension period: the funeral grant and"
              + " dependants' pensions only, no one-time death subsidy (art. "
              + regime.death
              + " ¶3)");
      return;
    }
    Payer payer = payer(Payer.FUND, BenefitItem.ONE_TIME_DEATH_SUBSIDY, death);
    if (regime == Regime.REGULATION_2010) {
      LocalDate injury = c.injury().date();
      ResolvedParameter<BigDecimal> multiplier =
          use(
              WorkInjuryKeys.DEATH_SUBSIDY_INCOME_MULTIPLIER,
              Regions.bundled().national(),
              regimeDate(death));
      ResolvedParameter<Money> income =
          yearFigure(
              WorkInjuryKeys.NATIONAL_URBAN_DISPOSABLE_INCOME,
              Regions.bundled().national(),
              injury.getYear() - 1);
      Money amount = income.value().times(multiplier.value(), FEN);
      lines.add(
          oneTimeLine(
              BenefitItem.ONE_TIME_DEATH_SUBSIDY,
              amount,
              payer,
              plain(multiplier.value()) + " × " + g(income.value()) + " = " + g(amount),
              "一次性工亡补助金为工伤发生时上一年度（"
                  + (injury.getYear() - 1)
                  + "年度）全国城镇居民人均可支配收入的"
                  + plain(multiplier.value())
                  + "倍",
              List.of(
                  ParameterUse.of(multiplier, plain(multiplier.value())),
                  ParameterUse.of(income, income.value().toString())),
              withLiability(
                  List.of(
                      regime.cite(regime.death, 1, 3),
                      Citation.of(Instruments.get("rsb-ling-13"), 11)),
                  BenefitItem.ONE_TIME_DEATH_SUBSIDY),
              null));
    } else {
      ResolvedParameter<BigDecimal> months =
          use(WorkInjuryKeys.DEATH_SUBSIDY_REGIONAL_MONTHS, region, death);
      ResolvedParameter<Money> average =
          yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, death.getYear() - 1);
      Money amount = average.value().times(months.value(), FEN);
      lines.add(
          oneTimeLine(
              BenefitItem.ONE_TIME_DEATH_SUBSIDY,
              amount,
              payer,
              plain(months.value()) + " × " + g(average.value()) + " = " + g(amount),
              "一次性工亡补助金为" + plain(months.value()) + "个月的统筹地区上年度职工月平均工资（2004年条例，月数由统筹地区规定）",
              List.of(
                  ParameterUse.of(months, plain(months.value())),
                  ParameterUse.of(average, average.value().toString())),
              withLiability(
                  List.of(regime.cite(regime.death, 1, 3)), BenefitItem.ONE_TIME_DEATH_SUBSIDY),
              null));
    }
  }

  private void dependantPensions() {
    List<Dependant> dependants = new ArrayList<>(c.death().dependants());
    if (dependants.isEmpty()) {
      return;
    }
    dependants.sort(
        Comparator.comparing(Dependant::relation)
            .thenComparing(Dependant::name)
            .thenComparing(d -> d.birthDate() == null ? LocalDate.MIN : d.birthDate()));
    LocalDate death = c.death().date();
    Regime regime = regime(death);
    ResolvedParameter<Table> pct =
        use(WorkInjuryKeys.DEPENDANT_PENSION_PERCENT, region, regimeDate(death));
    Money own = ownWageInUse;
    List<BigDecimal> percents = new ArrayList<>();
    List<Money> amounts = new ArrayList<>();
    Money sum = Money.ZERO;
    for (Dependant d : dependants) {
      BigDecimal p = pct.value().get(d.relation() == Relation.SPOUSE ? "SPOUSE" : "OTHER");
      if (d.lonelyElderOrOrphan()) {
        p = p.add(pct.value().get("LONELY_OR_ORPHAN_SUPPLEMENT"));
      }
      Money m = own.times(percent(p), FEN);
      percents.add(p);
      amounts.add(m);
      sum = sum.plus(m);
    }
    boolean capped = sum.isGreaterThan(own);
    if (capped) {
      warn(
          "DEPENDANT_PENSIONS_CAPPED",
          "各供养亲属抚恤金之和（"
              + g(sum)
              + "）高于工亡职工生前工资（"
              + g(own)
              + "），按比例核减（第"
              + regime.death
              + "条第一款第（二）项）",
          "the dependants' pensions ("
              + g(sum)
              + ") exceed the deceased's wage ("
              + g(own)
              + ") and are cut in proportion (art. "
              + regime.death
              + " ¶1 (2))");
    }
    Payer payer = payer(Payer.FUND, BenefitItem.DEPENDANT_PENSION, death);
    for (int i = 0; i < dependants.size(); i++) {
      Dependant d = dependants.get(i);
      Money monthly = amounts.get(i);
      String formula = plain(percents.get(i)) + "% × " + g(own) + " = " + g(monthly);
      if (capped) {
        // Rounded down so that the cut pensions never add up to more than the cap.
        Money cut =
            Money.rounded(
                monthly.amount().multiply(own.amount()).divide(sum.amount(), 10, RoundingMode.DOWN),
                RoundingMode.DOWN);
        formula +=
            "；按比例核减：" + g(monthly) + " × " + g(own) + " ÷ " + g(sum) + " = " + g(cut) + "（舍去分以下）";
        monthly = cut;
      }
      lines.add(
          monthlyLine(
              BenefitItem.DEPENDANT_PENSION,
              monthly,
              death,
              null,
              payer,
              formula,
              d.name()
                  + "（"
                  + relationZh(d.relation())
                  + (d.lonelyElderOrOrphan() ? "，孤寡老人或孤儿" : "")
                  + "），按月领取供养亲属抚恤金，为工亡职工本人工资的"
                  + plain(percents.get(i))
                  + "%",
              List.of(ParameterUse.of(pct, d.relation() == Relation.SPOUSE ? "SPOUSE" : "OTHER")),
              withLiability(
                  List.of(regime.cite(regime.death, 1, 2)), BenefitItem.DEPENDANT_PENSION),
              d.name()));
    }
    warn(
        "DEPENDANTS_AS_FOUND",
        "供养亲属的范围由国务院社会保险行政部门规定（第" + regime.death + "条第一款第（二）项）；本计算采用案件所列的供养亲属，未审查其资格",
        "the range of dependants is set by the ministry (art. "
            + regime.death
            + " ¶1 (2)); the dependants listed in the case are taken as eligible");
  }

  // ---- deductions ----------------------------------------------------------------------

  private void alreadyPaid() {
    List<Payment> payments = new ArrayList<>(c.alreadyPaid());
    payments.sort(
        Comparator.comparing((Payment p) -> p.date() == null ? LocalDate.MIN : p.date())
            .thenComparing(Payment::amount)
            .thenComparing(p -> p.description() == null ? "" : p.description()));
    for (Payment p : payments) {
      Money negative = p.amount().negated();
      lines.add(
          oneTimeLine(
              BenefitItem.ALREADY_PAID,
              negative,
              Payer.EMPLOYER,
              "−" + g(p.amount()),
              "用人单位已支付"
                  + (p.description() == null ? "" : "（" + p.description() + "）")
                  + (p.date() == null ? "" : "，" + p.date())
                  + "，予以扣减",
              List.of(),
              List.of(
                  injuryRegime.cite(
                      injuryRegime.uninsured, injuryRegime == Regime.REGULATION_2010 ? 2 : 0)),
              p.description()));
    }
  }

  // ---- liability: art. 62 ¶¶2–3 (2003 art. 60); 人社部发〔2016〕29号 item 3 -------------------

  private Payer payer(Payer whenInsured, BenefitItem item, LocalDate arises) {
    InsuranceStatus status = c.insurance().status();
    if (whenInsured == Payer.EMPLOYER) {
      return Payer.EMPLOYER;
    }
    if (status == InsuranceStatus.UNINSURED) {
      return Payer.EMPLOYER;
    }
    if (status == InsuranceStatus.ENROLLED_AFTER_INJURY) {
      LocalDate enrolment = c.insurance().enrolmentDate();
      return !arises.isBefore(enrolment) && fundPaysNewCosts(item) ? Payer.FUND : Payer.EMPLOYER;
    }
    return inLateFilingGap(arises) ? Payer.EMPLOYER : Payer.FUND;
  }

  /**
   * Art. 17 ¶4: costs arising after the 30 days the employer had to apply for 工伤认定 and before it
   * applied are the employer's.
   */
  private boolean inLateFilingGap(LocalDate arises) {
    LocalDate filed = c.insurance().recognitionFiledOn();
    LocalDate deadline = c.injury().date().plusDays(30);
    return filed != null && arises.isAfter(deadline) && !arises.isAfter(filed);
  }

  /** 人社部发〔2016〕29号 item 三: the fund's share of costs arising after a late enrolment. */
  private boolean fundPaysNewCosts(BenefitItem item) {
    return switch (item) {
      case MEDICAL_EXPENSES,
          FOLLOW_UP_TREATMENT,
          REHABILITATION,
          HOSPITAL_FOOD_SUBSIDY,
          TRAVEL_AND_LODGING,
          ASSISTIVE_DEVICES,
          LIVING_CARE_ALLOWANCE,
          ONE_TIME_MEDICAL_SUBSIDY,
          DEPENDANT_PENSION ->
          true;
      case DISABILITY_ALLOWANCE -> grade != null && grade.finalGrade().number() <= 4;
      default -> false;
    };
  }

  /**
   * The line's citations plus the liability rule: art. 62 ¶2 on every line of an uninsured
   * employer; art. 62 ¶3 and 人社部发〔2016〕29号 item 3 on the fund's items after a late enrolment.
   */
  private List<Citation> withLiability(List<Citation> base, BenefitItem item) {
    return withLiability(base, item, null);
  }

  private List<Citation> withLiability(List<Citation> base, BenefitItem item, LocalDate arises) {
    InsuranceStatus status = c.insurance().status();
    List<Citation> out = new ArrayList<>(base);
    Regime regime = injuryRegime;
    boolean v2010 = regime == Regime.REGULATION_2010;
    if (status == InsuranceStatus.UNINSURED) {
      out.add(regime.cite(regime.uninsured, v2010 ? 2 : 0));
    } else if (status == InsuranceStatus.ENROLLED_AFTER_INJURY
        && payerIfInsured(item) == Payer.FUND) {
      out.add(regime.cite(regime.uninsured, v2010 ? 3 : 0));
      out.add(Citation.of(Instruments.get("rsbf-2016-29"), 3));
    } else if (arises != null && payerIfInsured(item) == Payer.FUND && inLateFilingGap(arises)) {
      // Art. 17 ¶4 of the 2010 text; the 2003 text's art. 17 is not in the legal folder.
      out.add(v2010 ? regime.cite(17, 4) : Citation.of(regime.instrument()));
    }
    return out;
  }

  private Payer payerIfInsured(BenefitItem item) {
    return switch (item) {
      case SUSPENSION_PERIOD_WAGES,
          SUSPENSION_PERIOD_CARE,
          ONE_TIME_EMPLOYMENT_SUBSIDY,
          ALREADY_PAID ->
          Payer.EMPLOYER;
      case DISABILITY_ALLOWANCE ->
          grade != null && grade.finalGrade().number() >= 5 ? Payer.EMPLOYER : Payer.FUND;
      default -> Payer.FUND;
    };
  }

  // ---- retirement ------------------------------------------------------------------------

  private Optional<LocalDate> retirementDateIfKnown() {
    WorkInjuryCase.Worker w = c.worker();
    if (w.retirementDate() != null) {
      return Optional.of(w.retirementDate());
    }
    if (w.birthDate() != null && w.retirementCategory() != null) {
      return Optional.of(StatutoryRetirement.retirementDate(w.birthDate(), w.retirementCategory()));
    }
    return Optional.empty();
  }

  private LocalDate requireRetirementDate(String whyEn, String whyZh) {
    return retirementDateIfKnown()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "worker.retirementDate",
                    "REQUIRED",
                    "须提供退休日期，或出生日期及退休年龄类别：" + whyZh,
                    "a retirement date, or a birth date and retirement category, is required: "
                        + whyEn));
  }

  private LocalDate requireBirthDate() {
    LocalDate birth = c.worker().birthDate();
    if (birth == null) {
      throw InvalidInputException.of(
          "worker.birthDate",
          "REQUIRED",
          "须提供出生日期：省级规定按周岁计算临近退休的减发",
          "a birth date is required: the provincial rule counts years of age near retirement");
    }
    return birth;
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static BenefitLine oneTimeLine(
      BenefitItem item,
      Money amount,
      Payer payer,
      String formula,
      String explanation,
      List<ParameterUse> used,
      List<Citation> cites,
      String label) {
    return new BenefitLine(
        item, amount, null, null, null, payer, formula, explanation, used, cites, label);
  }

  private BenefitLine monthlyLine(
      BenefitItem item,
      Money monthly,
      LocalDate start,
      LocalDate stop,
      Payer payer,
      String formula,
      String explanation,
      List<ParameterUse> used,
      List<Citation> cites,
      String label) {
    Money accrued = null;
    LocalDate asOf = options.asOf();
    if (asOf != null) {
      LocalDate end = stop != null && stop.isBefore(asOf) ? stop : asOf;
      if (end.isAfter(start)) {
        MonthsAndDays md = MonthsAndDays.between(start, end, MonthEndPolicy.CLAMP_TO_MONTH_END);
        LocalDate partStart = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(start, md.months());
        int monthDays = YearMonth.from(partStart).lengthOfMonth();
        accrued =
            monthly
                .toExact()
                .times(BigDecimal.valueOf(md.months()))
                .plus(
                    monthly
                        .toExact()
                        .times(BigDecimal.valueOf(md.days()))
                        .dividedBy(BigDecimal.valueOf(monthDays), 10, FEN))
                .roundToFen();
        formula +=
            "；"
                + start
                + " 至 "
                + end
                + "（不含）共"
                + md.toChinese()
                + "，累计 "
                + g(monthly)
                + " × "
                + md.months()
                + (md.days() > 0 ? " + " + g(monthly) + " × " + md.days() + " ÷ " + monthDays : "")
                + " = "
                + g(accrued);
      } else {
        accrued = Money.ZERO;
      }
    }
    return new BenefitLine(
        item, null, monthly, start, accrued, payer, formula, explanation, used, cites, label);
  }

  private LocalDate regimeDate(LocalDate benefitDate) {
    return options.regimeRule() == RegimeRule.INJURY_DATE ? c.injury().date() : benefitDate;
  }

  private Regime regime(LocalDate benefitDate) {
    return Regime.on(regimeDate(benefitDate));
  }

  private <T> ResolvedParameter<T> use(ParameterKey<T> key, Region where, LocalDate date) {
    ResolvedParameter<T> p =
        options.knownAsOf() == null
            ? parameters.get(key, where, date)
            : parameters.get(key, where, date, options.knownAsOf());
    noteSource(p);
    return p;
  }

  /** A yearly figure (an average wage, the disposable income) for calendar year {@code year}. */
  private <T> ResolvedParameter<T> yearFigure(ParameterKey<T> key, Region where, int year) {
    return use(key, where, LocalDate.of(year, 7, 1));
  }

  private void noteSource(ResolvedParameter<?> p) {
    if (p.verification() == Verification.SECONDARY) {
      warn(
          "SECONDARY_SOURCE:" + p.key().name() + "@" + p.entry().region().code(),
          "“"
              + p.key().descriptionZh()
              + "”（"
              + p.packId()
              + "，"
              + p.entry().region().fullName()
              + "）的数值来自二手资料，未经原文核实",
          "\""
              + p.key().descriptionEn()
              + "\" ("
              + p.packId()
              + ", "
              + p.entry().region().fullName()
              + ") comes from secondary sources, not checked against the primary text");
    }
    if (p.entry().warningEn() != null) {
      warn(
          "PARAMETER_WARNING:" + p.key().name() + "@" + p.entry().region().code(),
          p.entry().warningZh(),
          p.entry().warningEn());
    }
  }

  private void warn(String code, String zh, String en) {
    String stable = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
    warnings.putIfAbsent(code + zh, new Notice(stable, zh, en));
  }

  private Totals totals() {
    Money employer = Money.ZERO;
    Money fund = Money.ZERO;
    Money monthlyEmployer = Money.ZERO;
    Money monthlyFund = Money.ZERO;
    for (BenefitLine l : lines) {
      if (l.isMonthly()) {
        if (l.payer() == Payer.EMPLOYER) {
          monthlyEmployer = monthlyEmployer.plus(l.monthlyAmount());
        } else {
          monthlyFund = monthlyFund.plus(l.monthlyAmount());
        }
      } else if (l.payer() == Payer.EMPLOYER) {
        employer = employer.plus(l.amount());
      } else {
        fund = fund.plus(l.amount());
      }
    }
    return new Totals(employer, fund, employer.plus(fund), monthlyEmployer, monthlyFund);
  }

  private static String regionName(ResolvedParameter<?> p) {
    return p.entry().region().fullName();
  }

  private static String relationZh(Relation r) {
    return switch (r) {
      case SPOUSE -> "配偶";
      case CHILD -> "子女";
      case PARENT -> "父母";
      case GRANDPARENT -> "祖父母或外祖父母";
      case GRANDCHILD -> "孙子女或外孙子女";
      case SIBLING -> "兄弟姐妹";
    };
  }

  private static BigDecimal percent(BigDecimal p) {
    return p.movePointLeft(2);
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  /** Money grouped for readers: 58,500.00. */
  private static String g(Money m) {
    return m.toGroupedString();
  }
}
