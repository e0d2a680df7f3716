package org.laborcalc.wage;

/**
 * How much weight a piece of evidence carries for the amount of one month's wage, lowest first: a
 * month's wage comes from the most credible evidence for it; evidence of equal credibility that
 * disagrees is settled by the {@link ConflictPolicy}.
 *
 * <p>The ranking (each rung cited in the result, see {@link MonthResolution}):
 *
 * <ul>
 *   <li>{@link #STRONG}: a bank wage-card deposit from the employer and a tax record (records kept
 *       by a neutral third party, 证据规定第九十四条第一款第（二）项); a payroll signed by the worker
 *       (工资支付暂行规定第六条第三款, 证据规定第九十二条第二款); the employer's admission (证据规定第三条); the worker's statement
 *       when the employer was ordered to produce its records and did not (劳动争议调解仲裁法第六条、第三十九条第二款,
 *       证据规定第九十五条).
 *   <li>{@link #DOCUMENTARY}: a pay slip (工资支付暂行规定第六条第三款); a deposit from a payer other than the
 *       employer (wages are paid by the employer or a bank it entrusts, 第六条第一款、第二款).
 *   <li>{@link #AGREED}: the labour contract's agreed wage (劳动合同法第十七条第一款第（六）项) — what was promised,
 *       not proof of what was paid.
 *   <li>{@link #TESTIMONY}: a witness (证据规定第九十六条).
 *   <li>{@link #WEAK}: a payroll without the worker's signature (工资支付暂行规定第六条第三款).
 *   <li>{@link #INSUFFICIENT_ALONE}: the worker's own statement without the adverse inference: a
 *       party's statement cannot alone establish a fact (证据规定第九十条第（一）项); never chosen.
 * </ul>
 */
public enum Credibility {
  /** Never chosen for a month; it can only corroborate. */
  INSUFFICIENT_ALONE("不能单独作为认定依据", "cannot stand alone"),
  WEAK("证明力弱", "weak"),
  TESTIMONY("证人证言", "testimony"),
  AGREED("约定", "agreed, not proof of payment"),
  DOCUMENTARY("书证", "documentary"),
  STRONG("证明力强", "strong");

  private final String labelZh;
  private final String labelEn;

  Credibility(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }

  /** False only for {@link #INSUFFICIENT_ALONE}. */
  public boolean canStandAlone() {
    return this != INSUFFICIENT_ALONE;
  }
}
