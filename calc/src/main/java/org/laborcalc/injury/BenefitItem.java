package org.laborcalc.injury;

/**
 * The benefit items of 《工伤保险条例》 chapter 5, with the codes used in the API and in JSON. Monthly
 * items are reported as a monthly amount with a start date.
 */
public enum BenefitItem {
  ONE_TIME_DISABILITY_SUBSIDY("一次性伤残补助金", "One-time disability subsidy", false),
  DISABILITY_ALLOWANCE("伤残津贴", "Disability allowance", true),
  /**
   * The one-time payment of an uninsured employer in place of a grade 1–4 worker's benefits, where
   * the province offers one (Zhejiang art. 34; Sichuan art. 33 ¶2).
   */
  UNINSURED_DISABILITY_LUMP_SUM(
      "一次性支付的工伤保险待遇（一级至四级）", "Lump sum in place of the grade 1–4 benefits", false),
  ONE_TIME_MEDICAL_SUBSIDY("一次性工伤医疗补助金", "One-time work-injury medical subsidy", false),
  ONE_TIME_EMPLOYMENT_SUBSIDY("一次性伤残就业补助金", "One-time disability employment subsidy", false),
  SUSPENSION_PERIOD_WAGES("停工留薪期工资", "Wages during the paid suspension period", false),
  SUSPENSION_PERIOD_CARE("停工留薪期护理费", "Care during the paid suspension period", false),
  LIVING_CARE_ALLOWANCE("生活护理费", "Living-care allowance", true),
  MEDICAL_EXPENSES("医疗费", "Medical expenses", false),
  HOSPITAL_FOOD_SUBSIDY("住院伙食补助费", "Hospital food subsidy", false),
  TRAVEL_AND_LODGING("交通食宿费", "Travel and lodging for treatment elsewhere", false),
  ASSISTIVE_DEVICES("辅助器具费", "Assistive devices", false),
  REHABILITATION("康复费", "Rehabilitation", false),
  FOLLOW_UP_TREATMENT("后续治疗费", "Follow-up treatment", false),
  APPRAISAL_FEE("劳动能力鉴定费/司法鉴定费", "Work-capacity or forensic appraisal fee", false),
  RE_EXAMINATION_FEE("复查费", "Re-examination fee", false),
  FUNERAL_SUBSIDY("丧葬补助金", "Funeral grant", false),
  DEPENDANT_PENSION("供养亲属抚恤金", "Dependants' pension", true),
  /**
   * The one-time payment of an uninsured employer in place of a dependant's monthly pension, where
   * the province offers one (Zhejiang art. 35; Sichuan art. 36 ¶2).
   */
  DEPENDANT_PENSION_LUMP_SUM("一次性支付的供养亲属抚恤金", "Dependants' pension as a lump sum", false),
  ONE_TIME_DEATH_SUBSIDY("一次性工亡补助金", "One-time death subsidy", false),
  /** The wages of a worker missing after an accident, for three months (art. 41). */
  MISSING_WORKER_WAGES("下落不明职工照发的工资", "Wages of a worker missing after an accident", false),
  /**
   * The advance of part of the one-time death subsidy to a missing worker's dependants (art. 41).
   */
  DEATH_SUBSIDY_ADVANCE("预支的一次性工亡补助金", "Advance on the one-time death subsidy", false),
  /**
   * The 安家补助费 of a grade 1–4 worker whose household registration moves back to the place of origin,
   * where a province grants one (广东省工伤保险条例 (2019) art. 29).
   */
  RESETTLEMENT_GRANT("安家补助费", "Resettlement grant", false),
  ALREADY_PAID("已支付款项（扣减）", "Already paid (deduction)", false);

  private final String nameZh;
  private final String nameEn;
  private final boolean monthly;

  BenefitItem(String nameZh, String nameEn, boolean monthly) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.monthly = monthly;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  /** True for items paid every month (reported as a monthly amount with a start date). */
  public boolean isMonthly() {
    return monthly;
  }

  /** True for items the caller documents as actual costs (receipts, invoices) rather than rules. */
  public boolean isActualCost() {
    return switch (this) {
      case SUSPENSION_PERIOD_CARE,
          MEDICAL_EXPENSES,
          TRAVEL_AND_LODGING,
          ASSISTIVE_DEVICES,
          REHABILITATION,
          FOLLOW_UP_TREATMENT,
          APPRAISAL_FEE,
          RE_EXAMINATION_FEE ->
          true;
      default -> false;
    };
  }
}
