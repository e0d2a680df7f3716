package org.laborcalc.employment;

import java.time.LocalDate;
import org.laborcalc.retirement.RetirementCategory;

/**
 * The worker: facts every calculation on a labour relation shares. Immutable.
 *
 * @param birthDate date of birth; needed where a near-retirement rule applies
 * @param retirementCategory category for the statutory retirement age (2024 NPC decision)
 * @param retirementDate the actual or agreed retirement date (e.g. flexible retirement under the
 *     decision's 办法 art. 3); when given it is used instead of a computed one
 */
public record Worker(
    LocalDate birthDate, RetirementCategory retirementCategory, LocalDate retirementDate) {}
