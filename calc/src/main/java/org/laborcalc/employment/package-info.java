/**
 * The facts of a labour relation that every calculation on it shares: the worker, the employment
 * period and how it ended. Work injury reads them now; severance, double wages and the other claims
 * of an arbitration case read the same values. Immutable value types.
 */
package org.laborcalc.employment;
