/**
 * The calculation registry: the {@link org.laborcalc.calculation.Calculation} contract each
 * arbitration calculation fulfils (its kind, parameter keys, case reader, validation, computation,
 * result JSON and sheet), the {@link org.laborcalc.calculation.Calculations} a case file may name,
 * and the {@link org.laborcalc.calculation.Outcome} of a case file of any kind.
 */
package org.laborcalc.calculation;
