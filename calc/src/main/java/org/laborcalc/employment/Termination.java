package org.laborcalc.employment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The end of the labour relation. Immutable.
 *
 * @param date the last day of the relation
 * @param initiatedBy who ended it
 * @param labourContractLawArticle38 true when the worker terminated under 劳动合同法 art. 38 (the
 *     employer's fault), which some provinces exempt from the near-retirement reduction
 */
public record Termination(
    @NotNull LocalDate date,
    @NotNull InitiatedBy initiatedBy,
    boolean labourContractLawArticle38) {}
