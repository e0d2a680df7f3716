package org.laborcalc.probation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The facts of a claim for 违法约定试用期的赔偿金 (劳动合同法 art. 83). Immutable; the calculation's checks compare
 * the fields with each other and report every problem at its path in the case file.
 *
 * @param region where the contract is performed
 * @param contract what kind of contract the probation was agreed in
 * @param contractStart the first day of the contract's term
 * @param contractEnd the last day of a fixed term, else null
 * @param onlyProbation whether the contract agreed a probation only (art. 19 ¶4: the probation then
 *     does not stand and its period is the contract's term)
 * @param earlierProbation whether the same employer already agreed a probation with the worker
 *     (art. 19 ¶2 "只能约定一次试用期")
 * @param probationFrom the first day of the probation agreed
 * @param probationTo the last day of the probation agreed
 * @param performedThrough the last day of the probation actually performed (the employment may have
 *     ended in it): "违法约定的试用期已经履行的"
 * @param monthlyWage the monthly wage once the probation is over (art. 83 "试用期满月工资")
 */
public record ProbationCase(
    Region region,
    ContractKind contract,
    LocalDate contractStart,
    LocalDate contractEnd,
    boolean onlyProbation,
    boolean earlierProbation,
    LocalDate probationFrom,
    LocalDate probationTo,
    LocalDate performedThrough,
    Money monthlyWage) {
  public ProbationCase {
    requireNonNull(region, "region");
    requireNonNull(contract, "contract");
    requireNonNull(contractStart, "contractStart");
    requireNonNull(probationFrom, "probationFrom");
    requireNonNull(probationTo, "probationTo");
    requireNonNull(performedThrough, "performedThrough");
    requireNonNull(monthlyWage, "monthlyWage");
  }

  /** The contract the probation was agreed in. */
  public enum ContractKind {
    /** A fixed term (固定期限): art. 19 ¶1 by its length; under three months none (¶3). */
    FIXED_TERM,
    /** Open-ended (无固定期限): at most six months (art. 19 ¶1). */
    OPEN_ENDED,
    /** For a task (以完成一定工作任务为期限): none (art. 19 ¶3). */
    TASK,
    /** Part-time work (非全日制用工): none (art. 70). */
    PART_TIME
  }
}
