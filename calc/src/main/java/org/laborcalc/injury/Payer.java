package org.laborcalc.injury;

/** Who pays a benefit item. */
public enum Payer {
  /** The employer (用人单位). */
  EMPLOYER("用人单位", "Employer"),
  /** The work-injury insurance fund (工伤保险基金). */
  FUND("工伤保险基金", "Work-injury insurance fund");

  private final String nameZh;
  private final String nameEn;

  Payer(String nameZh, String nameEn) {
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
