/**
 * The facts of a labour relation that every calculation on it shares: the worker, the employment
 * period, how it ended and on what ground ({@link org.laborcalc.employment.TerminationGround}), and
 * the service length from dates ({@link org.laborcalc.employment.ServiceLength}). Work injury and
 * severance read them; double wages and the other claims of an arbitration case read the same
 * values. Immutable value types.
 */
package org.laborcalc.employment;
