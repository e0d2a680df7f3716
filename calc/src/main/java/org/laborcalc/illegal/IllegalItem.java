package org.laborcalc.illegal;

/** The items of 人社部令第9号, with the codes used in the API and in JSON. */
public enum IllegalItem {
  /** Art. 4: 治疗期间的生活费, before the appraisal. */
  LIVING_ALLOWANCE("治疗期间的生活费", "living allowance during treatment"),
  /** Art. 4: 医疗费、护理费、住院伙食补助费、交通费 etc., at cost. */
  TREATMENT_COSTS("治疗期间的医疗费、护理费、伙食补助费、交通费等费用", "treatment costs"),
  /** Art. 3 ¶2: 劳动能力鉴定费用. */
  APPRAISAL_FEE("劳动能力鉴定费用", "appraisal fee"),
  /** Art. 5: 一次性赔偿金 by grade. */
  DISABILITY_COMPENSATION("一次性赔偿金（伤残）", "one-time compensation for disability"),
  /** Art. 6: 一次性赔偿金 on death. */
  DEATH_COMPENSATION("一次性赔偿金（死亡）", "one-time compensation on death"),
  /** Art. 6: 丧葬补助等其他赔偿金. */
  FUNERAL_AND_OTHER_COMPENSATION("丧葬补助等其他赔偿金", "funeral grant and other compensation");

  private final String nameZh;
  private final String nameEn;

  IllegalItem(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }
}
