/**
 * The wage base of the work-injury benefits: the window of 《工伤保险条例》第六十四条第二款 (the twelve months
 * before the injury) over the evidence weighed by {@link org.laborcalc.wage.EvidenceWeighing}, and
 * the 60 %–300 % clamp of 本人工资 on top of it.
 *
 * <p>Entry point: {@link org.laborcalc.injury.wagebase.OwnWageBase#determine}. Every exported type
 * is immutable and thread-safe.
 */
package org.laborcalc.injury.wagebase;
