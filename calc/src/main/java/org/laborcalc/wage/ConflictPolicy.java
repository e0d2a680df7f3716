package org.laborcalc.wage;

/**
 * What to do when equally credible evidence for one month disagrees (two strong records: a bank
 * deposit of 6,500 and a tax record of 7,200). The tribunal chooses; the default is {@link
 * #HIGHER_AMOUNT}, and the result always says which policy settled which months.
 */
public enum ConflictPolicy {
  /**
   * The higher amount (default). Why: a bank deposit is net of the worker's contributions and tax
   * while tax records and a signed payroll are gross, and the wage is the gross 劳动报酬
   * (关于工资总额组成的规定第三条); and the employer, who holds the wage records, bears the consequence of not
   * clearing up the conflict (劳动争议调解仲裁法第六条).
   */
  HIGHER_AMOUNT("就高认定", "the higher amount"),
  /** The lower amount: the worker bears the burden of the wage claimed (劳动争议调解仲裁法第六条). */
  LOWER_AMOUNT("就低认定", "the lower amount"),
  /**
   * A fixed order of kinds: tax record, payroll, bank statement, pay slip, employer admission,
   * worker's statement, contract, witness; within one kind, the higher amount.
   */
  PREFERENCE_ORDER("按证据种类的固定顺序认定", "a fixed order of kinds");

  private final String labelZh;
  private final String labelEn;

  ConflictPolicy(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }
}
