/**
 * The rules of the double-wage calculation (not exported): the articles cited ({@link
 * org.laborcalc.doublewage.internal.DoubleWageLaw}), the cross-field checks ({@link
 * org.laborcalc.doublewage.internal.CaseChecks}), the period ({@link
 * org.laborcalc.doublewage.internal.Period}), one month's second wage ({@link
 * org.laborcalc.doublewage.internal.MonthlySecondWage}), the engine, and the case file's JSON, the
 * result's JSON and the sheet.
 */
package org.laborcalc.doublewage.internal;
