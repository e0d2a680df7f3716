/**
 * The SDK surface of laborcalc: {@link org.laborcalc.LaborCalc}, built once and shared, and {@link
 * org.laborcalc.CalcOutcome}, a result or the located reasons there is none.
 */
package org.laborcalc;
