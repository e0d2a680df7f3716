/**
 * The rules of the wage-arrears calculation (not exported): the articles cited ({@link
 * org.laborcalc.arrears.internal.ArrearsLaw}), the checks ({@link
 * org.laborcalc.arrears.internal.CaseChecks}), one class a provision ({@link
 * org.laborcalc.arrears.internal.UnpaidWage}, {@link
 * org.laborcalc.arrears.internal.MinimumWageShortfall}, {@link
 * org.laborcalc.arrears.internal.AdditionalCompensation}), the engine, the case file, the result's
 * JSON and the sheet.
 */
package org.laborcalc.arrears.internal;
