package org.laborcalc.injury.rules;

import java.math.BigDecimal;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Table;
import org.laborcalc.wage.EvidenceItem;

/**
 * The statutory parameters of work-injury benefits (docs/PARAMETERS.md). Every figure the
 * calculators use is looked up through one of these keys; none is a constant in code.
 */
public final class WorkInjuryKeys {
  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The largest money figure a pack may give (ten million yuan): no average or minimum wage, income
   * or daily standard comes near it, whether monthly or annual. It is the bound of the evidence of
   * pay ({@link EvidenceItem#MAX_PLAUSIBLE_MONTHLY_AMOUNT}), and it keeps every product the engine
   * makes from these figures far below {@link Money#MAX_ABS}: an average wage of 10^12 in a case
   * file used to escape the engine as an IllegalArgumentException.
   */
  private static final Money MAX_FIGURE = EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT;

  private static final List<String> GRADES_1_TO_10 =
      List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

  /** 一次性伤残补助金: months of 本人工资 per grade (2010 arts. 35–37; 2003 arts. 33–35). */
  public static final ParameterKey<Table> DISABILITY_SUBSIDY_MONTHS =
      ParameterKey.table(
          "injury.disabilitySubsidy.months",
          "一次性伤残补助金月数",
          "months of own wage of the one-time disability subsidy",
          GRADES_1_TO_10,
          ZERO,
          BigDecimal.valueOf(60));

  /** 伤残津贴: percent of 本人工资 per grade 1–6 (2010 arts. 35–36). */
  public static final ParameterKey<Table> DISABILITY_ALLOWANCE_PERCENT =
      ParameterKey.table(
          "injury.disabilityAllowance.percent",
          "伤残津贴比例",
          "disability allowance percent of own wage",
          List.of("1", "2", "3", "4", "5", "6"),
          ZERO,
          HUNDRED);

  /** 生活护理费: percent of the 统筹地区 average monthly wage per self-care level (art. 34). */
  public static final ParameterKey<Table> LIVING_CARE_PERCENT =
      ParameterKey.table(
          "injury.livingCare.percent",
          "生活护理费比例",
          "living-care allowance percent of the regional average monthly wage",
          List.of("FULL", "MAJOR", "PARTIAL"),
          ZERO,
          HUNDRED);

  /** 停工留薪期 normal maximum in months (art. 33 ¶2). */
  public static final ParameterKey<BigDecimal> SUSPENSION_NORMAL_MAX_MONTHS =
      ParameterKey.number(
          "injury.suspension.normalMaxMonths",
          "停工留薪期一般上限（月）",
          "normal maximum of the paid suspension period (months)",
          BigDecimal.ONE,
          BigDecimal.valueOf(60));

  /**
   * The days an employer has to apply for 工伤认定 (art. 17 ¶1: “自事故伤害发生之日……起30日内”); costs arising
   * after them and before its late application are its own (art. 17 ¶4).
   */
  public static final ParameterKey<BigDecimal> RECOGNITION_APPLICATION_DAYS =
      ParameterKey.number(
          "injury.recognition.employerApplicationDays",
          "用人单位提出工伤认定申请的时限（日）",
          "days the employer has to apply for work-injury recognition",
          BigDecimal.ONE,
          BigDecimal.valueOf(365));

  /** 停工留薪期 extension at most, in months (art. 33 ¶2). */
  public static final ParameterKey<BigDecimal> SUSPENSION_EXTENSION_MAX_MONTHS =
      ParameterKey.number(
          "injury.suspension.extensionMaxMonths",
          "停工留薪期延长上限（月）",
          "maximum extension of the paid suspension period (months)",
          ZERO,
          BigDecimal.valueOf(60));

  /** 本人工资 floor, percent of the 统筹地区 average monthly wage (art. 64 ¶2). */
  public static final ParameterKey<BigDecimal> OWN_WAGE_FLOOR_PERCENT =
      ParameterKey.number(
          "wage.ownWage.floorPercent",
          "本人工资下限比例",
          "own-wage floor percent of the regional average",
          ZERO,
          HUNDRED);

  /** 本人工资 cap, percent of the 统筹地区 average monthly wage (art. 64 ¶2). */
  public static final ParameterKey<BigDecimal> OWN_WAGE_CAP_PERCENT =
      ParameterKey.number(
          "wage.ownWage.capPercent",
          "本人工资上限比例",
          "own-wage cap percent of the regional average",
          HUNDRED,
          BigDecimal.valueOf(1000));

  /** Pay days per month for daily wages: 21.75 from 2008 (劳社部发〔2008〕3号). */
  public static final ParameterKey<BigDecimal> PAY_DAYS_PER_MONTH =
      ParameterKey.number(
          "wage.payDaysPerMonth",
          "月计薪天数",
          "pay days per month",
          BigDecimal.valueOf(15),
          BigDecimal.valueOf(31));

  /** 丧葬补助金: months of the 统筹地区 average monthly wage (art. 39 ¶1 (1)). */
  public static final ParameterKey<BigDecimal> FUNERAL_MONTHS =
      ParameterKey.number(
          "death.funeral.months",
          "丧葬补助金月数",
          "months of regional average wage of the funeral grant",
          BigDecimal.ONE,
          BigDecimal.valueOf(60));

  /** 一次性工亡补助金: multiple of the national urban disposable income (art. 39 ¶1 (3)). */
  public static final ParameterKey<BigDecimal> DEATH_SUBSIDY_INCOME_MULTIPLIER =
      ParameterKey.number(
          "death.oneTimeSubsidy.incomeMultiplier",
          "一次性工亡补助金倍数",
          "multiple of national urban per-capita disposable income of the one-time death subsidy",
          BigDecimal.ONE,
          BigDecimal.valueOf(100));

  /** 2004 regime: the range of months the 统筹地区 may set for the death subsidy (2003 art. 37). */
  public static final ParameterKey<Table> DEATH_SUBSIDY_REGIONAL_MONTHS_RANGE =
      ParameterKey.table(
          "death.oneTimeSubsidy.regionalWageMonthsRange",
          "一次性工亡补助金月数范围（2004年条例）",
          "range of months of the one-time death subsidy (2004 regulation)",
          List.of("min", "max"),
          BigDecimal.ONE,
          BigDecimal.valueOf(120));

  /** 2004 regime: months of the 统筹地区 average wage set locally (2003 art. 37). */
  public static final ParameterKey<BigDecimal> DEATH_SUBSIDY_REGIONAL_MONTHS =
      ParameterKey.number(
          "death.oneTimeSubsidy.regionalWageMonths",
          "一次性工亡补助金月数（2004年条例，统筹地区规定）",
          "months of regional average wage of the one-time death subsidy (2004 regulation, set"
              + " locally)",
          BigDecimal.ONE,
          BigDecimal.valueOf(120));

  /**
   * 2004 regime: months of the 统筹地区 average wage for a death in rescue and disaster relief or an
   * act of bravery, where the region sets them apart (河南省工伤保险条例 (2007) art. 29 ¶1: 60); absent =
   * {@link #DEATH_SUBSIDY_REGIONAL_MONTHS} for every death.
   */
  public static final ParameterKey<BigDecimal> DEATH_SUBSIDY_REGIONAL_MONTHS_RESCUE =
      ParameterKey.number(
          "death.oneTimeSubsidy.regionalWageMonthsRescueOrRighteousAct",
          "一次性工亡补助金月数（2004年条例，抢险救灾、见义勇为工亡者，统筹地区规定）",
          "months of regional average wage of the one-time death subsidy for a death in rescue and"
              + " disaster relief or an act of bravery (2004 regulation, set locally)",
          BigDecimal.ONE,
          BigDecimal.valueOf(120));

  /** Art. 41: months of wages paid to a worker missing after an accident (3). */
  public static final ParameterKey<BigDecimal> MISSING_WAGE_MONTHS =
      ParameterKey.number(
          "death.missing.wageMonths",
          "下落不明职工照发工资月数",
          "months of wages paid to a worker missing after an accident",
          BigDecimal.ONE,
          BigDecimal.valueOf(12));

  /** Art. 41: percent of the one-time death subsidy a missing worker's dependants may draw (50). */
  public static final ParameterKey<BigDecimal> MISSING_ADVANCE_PERCENT =
      ParameterKey.number(
          "death.missing.deathSubsidyAdvancePercent",
          "下落不明职工供养亲属可预支的一次性工亡补助金比例",
          "percent of the one-time death subsidy a missing worker's dependants may draw in advance",
          BigDecimal.ONE,
          BigDecimal.valueOf(100));

  /** 供养亲属抚恤金 percents (art. 39 ¶1 (2)). */
  public static final ParameterKey<Table> DEPENDANT_PENSION_PERCENT =
      ParameterKey.table(
          "death.dependantPension.percent",
          "供养亲属抚恤金比例",
          "dependants' pension percent of the deceased's own wage",
          List.of("SPOUSE", "OTHER", "LONELY_OR_ORPHAN_SUPPLEMENT"),
          ZERO,
          HUNDRED);

  /** National 城镇居民人均可支配收入 for calendar year Y (entry range = year Y). */
  public static final ParameterKey<Money> NATIONAL_URBAN_DISPOSABLE_INCOME =
      ParameterKey.yearlyMoney(
          "income.nationalUrbanDisposablePerCapita",
          "全国城镇居民人均可支配收入",
          "national urban per-capita disposable income",
          MAX_FIGURE);

  /** Provincial rule for the two termination subsidies. */
  public static final ParameterKey<TerminationSubsidyRule> TERMINATION_SUBSIDIES =
      ParameterKey.structured(
          "injury.terminationSubsidies",
          "一次性工伤医疗补助金和一次性伤残就业补助金标准",
          "standards of the one-time medical and employment subsidies",
          TerminationSubsidyRule.class);

  /** Provincial lump sum an uninsured employer may pay grades 1–4. */
  public static final ParameterKey<UninsuredLumpSumRule> UNINSURED_LUMP_SUM =
      ParameterKey.structured(
          "injury.uninsuredLumpSum",
          "未参保单位一至四级伤残一次性支付标准",
          "lump sum an uninsured employer may pay grades 1 to 4",
          UninsuredLumpSumRule.class);

  /** Provincial lump sum an uninsured employer may pay for the dependants' pensions. */
  public static final ParameterKey<UninsuredLumpSumRule.DependantPensions>
      UNINSURED_DEPENDANT_LUMP_SUM =
          ParameterKey.structured(
              "injury.uninsuredLumpSum.dependantPensions",
              "未参保单位供养亲属抚恤金一次性支付标准",
              "lump sum an uninsured employer may pay for the dependants' pensions",
              UninsuredLumpSumRule.DependantPensions.class);

  /** Provincial rule on benefits lowered by an under-declared contribution base. */
  public static final ParameterKey<UnderDeclaredBaseRule> UNDER_DECLARED_BASE =
      ParameterKey.structured(
          "injury.underDeclaredBase",
          "少报缴费工资致待遇降低的差额规则",
          "rule on benefits lowered by an under-declared contribution base",
          UnderDeclaredBaseRule.class);

  /** 住院伙食补助费 as percent of the local minimum wage (Zhejiang art. 24). */
  public static final ParameterKey<BigDecimal> HOSPITAL_FOOD_MINIMUM_WAGE_PERCENT =
      ParameterKey.number(
          "injury.hospitalFood.minimumWagePercent",
          "住院伙食补助费占最低工资比例",
          "hospital food subsidy percent of the minimum wage",
          ZERO,
          HUNDRED);

  /**
   * The least monthly 护理费 during the 停工留薪期 for near relatives who, with their consent, nurse a
   * worker unable to take care of themself, as a percent of the 上年度全省职工月平均工资 (浙江省工伤保险条例 (2020) art.
   * 25: “月护理费由用人单位按照不低于上年度全省职工月平均工资的标准支付”: 100); absent = no such standard (the national art. 33 ¶3
   * leaves the care to the employer with no figure).
   */
  public static final ParameterKey<BigDecimal> SUSPENSION_RELATIVES_CARE_MINIMUM_PERCENT =
      ParameterKey.number(
          "injury.suspensionCare.relativesMinimumPercent",
          "停工留薪期近亲属护理的月护理费下限（占上年度全省职工月平均工资的百分比）",
          "least monthly fee for care by near relatives during the paid suspension period, percent"
              + " of the province-wide average monthly wage of the year before",
          ZERO,
          HUNDRED);

  /**
   * The months of the 上年度全省职工月平均工资 an employer pays as 安家补助费 to a grade 1–4 worker whose household
   * registration moves back to the place of origin (广东省工伤保险条例 (2019) art. 29: 6); absent = no such
   * grant (the national text has none).
   */
  public static final ParameterKey<BigDecimal> RESETTLEMENT_GRANT_MONTHS =
      ParameterKey.number(
          "injury.resettlementGrant.provincialWageMonths",
          "安家补助费月数（全省上年度职工月平均工资）",
          "months of the province-wide average monthly wage of the year before paid as the"
              + " resettlement grant",
          ZERO,
          HUNDRED);

  /**
   * The days a month's minimum wage is divided by where 住院伙食补助费 is a percentage of it (Zhejiang
   * art. 24 says only “按照当地最低工资百分之三十五的标准，根据住院期间的实际天数计算确定”): not in the text, so no pack ships it
   * and the caller states the divisor the tribunal uses.
   */
  public static final ParameterKey<BigDecimal> HOSPITAL_FOOD_MINIMUM_WAGE_DAY_DIVISOR =
      ParameterKey.number(
          "injury.hospitalFood.minimumWageDayDivisor",
          "住院伙食补助费按最低工资折算日标准的天数",
          "days a month's minimum wage is divided by for the daily hospital food subsidy",
          BigDecimal.ONE,
          BigDecimal.valueOf(31));

  /** 住院伙食补助费 per day in yuan. */
  public static final ParameterKey<Money> HOSPITAL_FOOD_DAILY =
      ParameterKey.money(
          "injury.hospitalFood.dailyStandard",
          "住院伙食补助费日标准",
          "hospital food subsidy per day",
          MAX_FIGURE);

  /** 统筹地区职工月平均工资 for calendar year Y. */
  public static final ParameterKey<Money> REGIONAL_AVERAGE_MONTHLY_WAGE =
      ParameterKey.yearlyMoney(
          "wage.regionalAverageMonthly",
          "统筹地区职工月平均工资",
          "regional (pooling-area) average monthly wage",
          MAX_FIGURE);

  /** 全省职工月平均工资 for calendar year Y. */
  public static final ParameterKey<Money> PROVINCIAL_AVERAGE_MONTHLY_WAGE =
      ParameterKey.yearlyMoney(
          "wage.provincialAverageMonthly",
          "全省职工月平均工资",
          "province-wide average monthly wage",
          MAX_FIGURE);

  /** 全省职工年平均工资 for calendar year Y. */
  public static final ParameterKey<Money> PROVINCIAL_AVERAGE_ANNUAL_WAGE =
      ParameterKey.yearlyMoney(
          "wage.provincialAverageAnnual",
          "全省职工年平均工资",
          "province-wide average annual wage",
          MAX_FIGURE);

  /** 全省城镇全部单位就业人员年平均工资 for calendar year Y (Sichuan art. 33 ¶2). */
  public static final ParameterKey<Money> PROVINCIAL_URBAN_ALL_UNITS_AVERAGE_ANNUAL_WAGE =
      ParameterKey.yearlyMoney(
          "wage.provincialUrbanAllUnitsAverageAnnual",
          "全省城镇全部单位就业人员年平均工资",
          "province-wide average annual wage of all urban employed persons",
          MAX_FIGURE);

  /** Monthly minimum wage in force. */
  public static final ParameterKey<Money> MINIMUM_MONTHLY_WAGE =
      ParameterKey.money("wage.minimumMonthly", "月最低工资标准", "monthly minimum wage", MAX_FIGURE);

  /**
   * Which average 本人工资 is clamped on where a province replaces the 统筹地区 average of art. 64 ¶2
   * (Guangdong art. 64 ¶1 (一), ¶2: the 全省 average, or the city's where higher); absent = the
   * national rule.
   */
  public static final ParameterKey<ReferenceAverage> OWN_WAGE_REFERENCE_AVERAGE =
      ParameterKey.structured(
          "wage.ownWage.referenceAverage",
          "本人工资上下限所依据的平均工资",
          "the average wage the own-wage floor and cap are percentages of",
          ReferenceAverage.class);

  /**
   * A province's own 生活护理费 scale in place of art. 34 ¶2 (Guangdong arts. 17 ¶3, 26); absent = the
   * national table {@link #LIVING_CARE_PERCENT}.
   */
  public static final ParameterKey<LivingCareScale> LIVING_CARE_SCALE =
      ParameterKey.structured(
          "injury.livingCare.scale",
          "生活护理费等级与标准（省级规定）",
          "provincial living-care levels and percentages",
          LivingCareScale.class);

  /**
   * Which average the 丧葬补助金 is months of where a province replaces the 统筹地区 average of art. 39 ¶1
   * (一) (Guangdong art. 35 ¶1 (一), art. 64 ¶2); absent = the national rule.
   */
  public static final ParameterKey<ReferenceAverage> FUNERAL_REFERENCE_AVERAGE =
      ParameterKey.structured(
          "death.funeral.referenceAverage",
          "丧葬补助金所依据的平均工资",
          "the average wage the funeral grant is months of",
          ReferenceAverage.class);

  /**
   * When the monthly benefits begin, where a province says (Henan art. 30 ¶1: from the month after
   * the appraisal conclusion, the dependants' pensions from the month after the death); absent =
   * from the day they arise.
   */
  public static final ParameterKey<MonthlyStartRule> MONTHLY_BENEFITS_START =
      ParameterKey.structured(
          "injury.monthlyBenefits.start",
          "长期待遇的起付月份",
          "the month the monthly benefits are first paid for",
          MonthlyStartRule.class);

  /**
   * The costs an employer that applied for 工伤认定 late bears, where a province replaces art. 17 ¶4
   * (Guangdong art. 12 ¶3, Zhejiang art. 13 ¶2, Sichuan art. 15 ¶3: from the injury); absent = the
   * national rule.
   */
  public static final ParameterKey<LateFilingRule> LATE_FILING_COSTS =
      ParameterKey.structured(
          "injury.recognition.lateFilingCosts",
          "用人单位逾期申请工伤认定期间费用的承担（省级规定）",
          "provincial rule on the costs an employer that applied late for recognition bears",
          LateFilingRule.class);

  /**
   * A grade 1–4 worker who ends the relation at his own request (伤残退休): the allowance until death
   * where a province says so (Guangdong art. 28 ¶1 (二)); absent = the national rule.
   */
  public static final ParameterKey<DisabilityRetirementRule> DISABILITY_RETIREMENT =
      ParameterKey.structured(
          "injury.disabilityAllowance.disabilityRetirement",
          "一至四级伤残职工本人要求终止劳动关系（伤残退休）的伤残津贴规则",
          "provincial rule on the allowance of a grade 1-4 worker who ends the relation (disability"
              + " retirement)",
          DisabilityRetirementRule.class);

  /**
   * A grade 1–4 worker who reaches the retirement age without a monthly basic pension: the
   * allowance goes on from the fund, the personal pension account set against it (Zhejiang art. 26
   * ¶2); absent = the national rule (the allowance stops at retirement).
   */
  public static final ParameterKey<AllowanceWithoutPensionRule> ALLOWANCE_WITHOUT_PENSION =
      ParameterKey.structured(
          "injury.disabilityAllowance.withoutPensionAfterRetirement",
          "一至四级伤残职工达到退休年龄不符合按月领取基本养老金条件的伤残津贴规则",
          "provincial rule on the allowance of a grade 1-4 worker who reaches the retirement age"
              + " without a monthly basic pension",
          AllowanceWithoutPensionRule.class);

  /** Every key, for pack readers. */
  public static final KeyRegistry REGISTRY =
      KeyRegistry.of(
          List.of(
              DISABILITY_SUBSIDY_MONTHS,
              DISABILITY_ALLOWANCE_PERCENT,
              LIVING_CARE_PERCENT,
              SUSPENSION_NORMAL_MAX_MONTHS,
              SUSPENSION_EXTENSION_MAX_MONTHS,
              RECOGNITION_APPLICATION_DAYS,
              OWN_WAGE_FLOOR_PERCENT,
              OWN_WAGE_CAP_PERCENT,
              PAY_DAYS_PER_MONTH,
              FUNERAL_MONTHS,
              DEATH_SUBSIDY_INCOME_MULTIPLIER,
              DEATH_SUBSIDY_REGIONAL_MONTHS_RANGE,
              DEATH_SUBSIDY_REGIONAL_MONTHS,
              DEATH_SUBSIDY_REGIONAL_MONTHS_RESCUE,
              MISSING_WAGE_MONTHS,
              MONTHLY_BENEFITS_START,
              MISSING_ADVANCE_PERCENT,
              DEPENDANT_PENSION_PERCENT,
              NATIONAL_URBAN_DISPOSABLE_INCOME,
              TERMINATION_SUBSIDIES,
              UNINSURED_LUMP_SUM,
              UNINSURED_DEPENDANT_LUMP_SUM,
              UNDER_DECLARED_BASE,
              HOSPITAL_FOOD_MINIMUM_WAGE_PERCENT,
              SUSPENSION_RELATIVES_CARE_MINIMUM_PERCENT,
              RESETTLEMENT_GRANT_MONTHS,
              HOSPITAL_FOOD_MINIMUM_WAGE_DAY_DIVISOR,
              HOSPITAL_FOOD_DAILY,
              REGIONAL_AVERAGE_MONTHLY_WAGE,
              PROVINCIAL_AVERAGE_MONTHLY_WAGE,
              PROVINCIAL_AVERAGE_ANNUAL_WAGE,
              MINIMUM_MONTHLY_WAGE,
              OWN_WAGE_REFERENCE_AVERAGE,
              LIVING_CARE_SCALE,
              FUNERAL_REFERENCE_AVERAGE,
              LATE_FILING_COSTS,
              PROVINCIAL_URBAN_ALL_UNITS_AVERAGE_ANNUAL_WAGE,
              DISABILITY_RETIREMENT,
              ALLOWANCE_WITHOUT_PENSION));

  private WorkInjuryKeys() {}
}
