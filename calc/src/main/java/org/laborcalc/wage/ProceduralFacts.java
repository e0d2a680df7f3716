package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

/**
 * What happened in the proceedings that bears on the burden of proof. Immutable and thread-safe.
 *
 * @param payrollOrder whether the tribunal ordered the employer to produce its wage records
 *     (payroll, attendance, pay records) and whether it complied (劳动争议调解仲裁法第三十九条第二款)
 * @param orderReference how the order is identified in the file (date, document), or empty
 */
public record ProceduralFacts(ProductionOrder payrollOrder, String orderReference) {

  /** The tribunal's order to the employer to produce the wage records it holds. */
  public enum ProductionOrder {
    /** No order was made. */
    NONE,
    /** The employer was ordered to produce the records and did so. */
    COMPLIED,
    /**
     * The employer was ordered to produce records it holds and did not, within the time limit: it
     * bears the adverse consequence (劳动争议调解仲裁法第六条、第三十九条第二款), and the worker's account of their
     * content may be accepted (证据规定第九十五条).
     */
    NOT_COMPLIED
  }

  public ProceduralFacts {
    requireNonNull(payrollOrder, "payrollOrder");
    orderReference = orderReference == null ? "" : orderReference.strip();
  }

  /** No procedural fact of note. */
  public static ProceduralFacts none() {
    return new ProceduralFacts(ProductionOrder.NONE, "");
  }

  /** The employer was ordered to produce its wage records and did not. */
  public static ProceduralFacts employerWithheldRecords(String orderReference) {
    return new ProceduralFacts(ProductionOrder.NOT_COMPLIED, orderReference);
  }

  /** True when the adverse inference of 证据规定第九十五条 is open to the worker. */
  public boolean employerWithheldRecords() {
    return payrollOrder == ProductionOrder.NOT_COMPLIED;
  }
}
