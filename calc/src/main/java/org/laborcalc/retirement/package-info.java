/**
 * The statutory retirement age and date (法定退休年龄) under the NPCSC decision of 2024-09-13 on
 * gradually raising it, in force 2025-01-01, and the time remaining until that date — the "years to
 * retirement" on which provincial rules reduce the 一次性伤残就业补助金.
 *
 * <p>Entry points: {@link org.laborcalc.retirement.StatutoryRetirement#retirementAge} and {@link
 * org.laborcalc.retirement.RemainingTime#until}. Every type is immutable and thread-safe.
 */
package org.laborcalc.retirement;
