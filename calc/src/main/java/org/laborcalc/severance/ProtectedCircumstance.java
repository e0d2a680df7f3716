package org.laborcalc.severance;

/**
 * The circumstances in which "用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同" (劳动合同法第四十二条), and in which a
 * fixed-term contract that expires "应当续延至相应的情形消失时终止" (第四十五条). A fact of the case; whether a
 * dismissal was therefore unlawful is the tribunal's finding, never inferred here.
 */
public enum ProtectedCircumstance {
  /** (一) 从事接触职业病危害作业的劳动者未进行离岗前职业健康检查，或者疑似职业病病人在诊断或者医学观察期间. */
  OCCUPATIONAL_HEALTH_CHECK_PENDING(
      1, "未进行离岗前职业健康检查或者疑似职业病在诊断、医学观察期间", "occupational-disease check pending"),
  /** (二) 在本单位患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力. */
  WORK_INJURY_CAPACITY_LOST(
      2,
      "在本单位患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力",
      "capacity lost to a work injury or occupational disease"),
  /** (三) 患病或者非因工负伤，在规定的医疗期内. */
  MEDICAL_PERIOD(3, "患病或者非因工负伤，在规定的医疗期内", "within the medical period"),
  /** (四) 女职工在孕期、产期、哺乳期. */
  PREGNANCY_MATERNITY_NURSING(4, "女职工在孕期、产期、哺乳期", "pregnancy, maternity or nursing"),
  /** (五) 在本单位连续工作满十五年，且距法定退休年龄不足五年. */
  FIFTEEN_YEARS_NEAR_RETIREMENT(
      5, "在本单位连续工作满十五年，且距法定退休年龄不足五年", "15 years' service and under 5 years to retirement"),
  /** (六) 法律、行政法规规定的其他情形. */
  OTHER_BY_LAW(6, "法律、行政法规规定的其他情形", "another case laws or administrative regulations provide");

  private final int item;
  private final String labelZh;
  private final String labelEn;

  ProtectedCircumstance(int item, String labelZh, String labelEn) {
    this.item = item;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** The item of art. 42. */
  public int item() {
    return item;
  }

  /** The item in Chinese numerals, as the article numbers it: "三". */
  public String itemZh() {
    return "一二三四五六".substring(item - 1, item);
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }
}
